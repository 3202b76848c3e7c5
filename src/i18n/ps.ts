import type { Translation } from './en.js';

/**
 * Pashto, for the BBC Pashto kind of page. The least reviewed table: a native editor should check it first.
 * @internal
 */
export default {
  photo: 'انځور:',
  creditVideo: 'ویډیو:',
  creditAudio: 'غږ:',
  enlarge: 'لوی انځور وګورئ',
  close: 'بندول',

  partner: 'همکار',
  sponsoredBy: 'تمویلوونکی',
  paidBy: 'اعلان ورکوونکی',
  about: 'د دې منځپانګې په اړه',

  loading: 'خبرونه راوړل کېږي…',
  loadFailed: 'خبرونه رانه وړل شول.',
  retry: 'بیا هڅه وکړئ',
  moreStories: 'نور خبرونه',
  moreFailed: 'نور خبرونه رانه وړل شول.',
  empty: 'د ښودلو لپاره خبر نشته.',

  updated: 'تازه شوی',
  corrected: 'سم شوی',
  noticeCorrection: 'سمون',
  noticeClarification: 'روښانتیا',
  noticeUpdate: 'تازه معلومات',
  noticeEditorsNote: 'د مدیر یادښت',
  noticeAge: 'دا لیکنه له {age} ډېره زړه ده',

  sponsored: 'تمویل شوې منځپانګه',
  labelOpinion: 'نظر',
  labelAnalysis: 'شننه',
  labelBreaking: 'بېړنی',
  labelPaid: 'پېسې ورکړل شوې منځپانګه',
  mediaVideo: 'ویډیو',
  mediaAudio: 'غږ',
  mediaGallery: 'انځورونه',
  mediaPhoto: '{count} انځور',
  mediaPhotos: '{count} انځورونه',
  mediaSpoken: '{kind}، {detail}',
  relatedStories: 'اړوند خبرونه',

  byline: 'لیکوال: {names}',
  additionalReporting: 'اضافي راپور: {names}',
  contents: 'منځپانګه',
  jumpTo: 'مستقیم ورتګ',

  share: 'شریکول',
  copyLink: 'لینک کاپي کړئ',
  linkCopied: 'لینک کاپي شو',
  liveNow: 'ژوندی',
  liveEnded: 'پای ته ورسید',
  livePinned: 'پن شوی',
  liveKeyEvent: 'مهمه پېښه',
  liveKeyEvents: 'مهمې پېښې',
  liveOlderPosts: 'زاړه پوسټونه',
  liveNewerPosts: 'نوي پوسټونه',
  liveNewUpdate: '{count} نوی تازه معلومات',
  liveNewUpdates: '{count} نوي تازه معلومات',
  listNewStory: '{count} نوې کیسه',
  listNewStories: '{count} نوې کیسې',
  liveCopyLink: 'د دې پوسټ لینک کاپي کړئ',
  shareEmail: 'برېښنالیک',
  shareByEmail: 'د برېښنالیک له لارې شریکول',
  shareOn: 'په {network} کې شریکول',

  readingTime: 'د لوستلو وخت: {minutes}',

  embedContent: 'د {provider} منځپانګه',
  embedShares: 'د دې پورته کول ستاسو معلومات له {provider} سره شریکوي.',
  embedPrivacy: 'د {provider} د محرمیت تګلاره',
  embedLoad: 'پورته کول',
  embedAlways: 'د {provider} منځپانګه تل پورته کړئ',
  embedSkip: 'د {provider} منځپانګه پرېږدئ',
  embedView: 'په {provider} کې یې وګورئ',
  galleryPrevious: 'مخکینی انځور',
  galleryNext: 'بل انځور',
  galleryPosition: 'له {total} څخه {index}',
} satisfies Translation;
