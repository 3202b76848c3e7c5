import type { Translation } from './en.js';

/**
 * Hindi: the labels are nouns, since Hindi would put "with" after the partner's name.
 * @internal
 */
export default {
  photo: 'फ़ोटो:',
  creditVideo: 'वीडियो:',
  creditAudio: 'ऑडियो:',
  enlarge: 'बड़ी तस्वीर देखें',
  close: 'बंद करें',

  partner: 'साझेदार',
  sponsoredBy: 'प्रायोजक',
  paidBy: 'विज्ञापनदाता',
  about: 'इस सामग्री के बारे में',

  loading: 'ख़बरें लोड हो रही हैं…',
  loadFailed: 'ख़बरें लोड नहीं हो सकीं।',
  retry: 'फिर से कोशिश करें',
  moreStories: 'और ख़बरें',
  moreFailed: 'और ख़बरें लोड नहीं हो सकीं।',
  empty: 'दिखाने के लिए कोई ख़बर नहीं है।',

  updated: 'अपडेट',
  corrected: 'सुधारा गया',
  noticeCorrection: 'सुधार',
  noticeClarification: 'स्पष्टीकरण',
  noticeUpdate: 'अपडेट',
  noticeEditorsNote: 'संपादक की टिप्पणी',
  noticeAge: 'यह लेख {age} से अधिक पुराना है',

  sponsored: 'प्रायोजित',
  labelOpinion: 'राय',
  labelAnalysis: 'विश्लेषण',
  labelBreaking: 'ब्रेकिंग',
  labelPaid: 'विज्ञापन',
  mediaVideo: 'वीडियो',
  mediaAudio: 'ऑडियो',
  mediaGallery: 'गैलरी',
  mediaPhoto: '{count} फ़ोटो',
  mediaPhotos: '{count} फ़ोटो',
  mediaSpoken: '{kind}, {detail}',
  relatedStories: 'संबंधित ख़बरें',

  byline: 'लेखक: {names}',
  additionalReporting: 'अतिरिक्त रिपोर्टिंग: {names}',
  contents: 'विषय-सूची',
  jumpTo: 'सीधे जाएँ',

  share: 'साझा करें',
  copyLink: 'लिंक कॉपी करें',
  linkCopied: 'लिंक कॉपी हो गया',
  liveNow: 'लाइव',
  liveEnded: 'समाप्त',
  livePinned: 'पिन किया गया',
  liveKeyEvent: 'मुख्य घटना',
  liveKeyEvents: 'मुख्य घटनाएँ',
  liveOlderPosts: 'पुरानी पोस्ट',
  liveNewerPosts: 'नई पोस्ट',
  liveNewUpdate: '{count} नया अपडेट',
  liveNewUpdates: '{count} नए अपडेट',
  listNewStory: '{count} नई ख़बर',
  listNewStories: '{count} नई ख़बरें',
  liveCopyLink: 'इस पोस्ट का लिंक कॉपी करें',
  shareEmail: 'ईमेल',
  shareByEmail: 'ईमेल से साझा करें',
  shareOn: '{network} पर साझा करें',

  readingTime: 'पढ़ने का समय: {minutes}',

  embedContent: '{provider} सामग्री',
  embedShares: 'इसे लोड करने से आपका डेटा {provider} के साथ साझा होता है।',
  embedPrivacy: '{provider} की गोपनीयता नीति',
  embedLoad: 'लोड करें',
  embedAlways: '{provider} सामग्री हमेशा लोड करें',
  embedSkip: '{provider} सामग्री छोड़ें',
  embedView: '{provider} पर देखें',
  galleryPrevious: 'पिछली तस्वीर',
  galleryNext: 'अगली तस्वीर',
  galleryPosition: '{total} में से {index}',
} satisfies Translation;
