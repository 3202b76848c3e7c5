import type { Translation } from './en.js';

/**
 * Urdu: the labels are nouns, since Urdu would put "with" after the partner's name.
 * @internal
 */
export default {
  photo: 'تصویر:',
  creditVideo: 'ویڈیو:',
  creditAudio: 'آڈیو:',
  enlarge: 'بڑی تصویر دیکھیں',
  close: 'بند کریں',

  partner: 'شراکت دار',
  sponsoredBy: 'اسپانسر',
  paidBy: 'اشتہاری مواد',
  about: 'اس مواد کے بارے میں',

  loading: 'خبریں لوڈ ہو رہی ہیں…',
  loadFailed: 'خبریں لوڈ نہیں ہو سکیں۔',
  retry: 'دوبارہ کوشش کریں',
  moreStories: 'مزید خبریں',
  moreFailed: 'مزید خبریں لوڈ نہیں ہو سکیں۔',
  empty: 'دکھانے کے لیے کوئی خبر نہیں۔',

  updated: 'اپ ڈیٹ',
  corrected: 'تصحیح شدہ',
  noticeCorrection: 'تصحیح',
  noticeClarification: 'وضاحت',
  noticeUpdate: 'اپ ڈیٹ',
  noticeEditorsNote: 'مدیر کا نوٹ',
  noticeAge: 'یہ مضمون {age} سے زیادہ پرانا ہے',

  sponsored: 'اسپانسرڈ',
  labelOpinion: 'رائے',
  labelAnalysis: 'تجزیہ',
  labelBreaking: 'تازہ ترین',
  labelPaid: 'ادا شدہ مواد',
  mediaVideo: 'ویڈیو',
  mediaAudio: 'آڈیو',
  mediaGallery: 'گیلری',
  mediaPhoto: '{count} تصویر',
  mediaPhotos: '{count} تصاویر',
  mediaSpoken: '{kind}، {detail}',
  relatedStories: 'متعلقہ خبریں',

  byline: 'تحریر: {names}',
  additionalReporting: 'اضافی رپورٹنگ: {names}',
  contents: 'فہرست',
  jumpTo: 'براہِ راست جائیں',

  share: 'شیئر کریں',
  copyLink: 'لنک کاپی کریں',
  linkCopied: 'لنک کاپی ہو گیا',
  liveNow: 'لائیو',
  liveEnded: 'ختم',
  livePinned: 'پن کیا گیا',
  liveKeyEvent: 'اہم واقعہ',
  liveKeyEvents: 'اہم واقعات',
  liveOlderPosts: 'پرانی پوسٹس',
  liveNewerPosts: 'نئی پوسٹس',
  liveNewUpdate: '{count} نئی اپ ڈیٹ',
  liveNewUpdates: '{count} نئی اپ ڈیٹس',
  listNewStory: '{count} نئی خبر',
  listNewStories: '{count} نئی خبریں',
  liveCopyLink: 'اس پوسٹ کا لنک کاپی کریں',
  shareEmail: 'ای میل',
  shareByEmail: 'ای میل سے شیئر کریں',
  shareOn: '{network} پر شیئر کریں',

  readingTime: 'پڑھنے کا وقت: {minutes}',

  embedContent: '{provider} کا مواد',
  embedShares: 'اسے لوڈ کرنے سے آپ کا ڈیٹا {provider} کے ساتھ شیئر ہوتا ہے۔',
  embedPrivacy: '{provider} کی رازداری کی پالیسی',
  embedLoad: 'لوڈ کریں',
  embedAlways: '{provider} کا مواد ہمیشہ لوڈ کریں',
  embedSkip: '{provider} کا مواد چھوڑیں',
  embedView: '{provider} پر دیکھیں',
  galleryPrevious: 'پچھلی تصویر',
  galleryNext: 'اگلی تصویر',
  galleryPosition: '{total} میں سے {index}',
} satisfies Translation;
