import type { Translation } from './en.js';

/**
 * Persian, with the zero-width non-joiner where Persian spelling writes one.
 * @internal
 */
export default {
  photo: 'عکس:',
  creditVideo: 'ویدیو:',
  creditAudio: 'صدا:',
  enlarge: 'نمایش تصویر بزرگ‌تر',
  close: 'بستن',

  partner: 'با همکاری',
  sponsoredBy: 'با حمایت',
  paidBy: 'محتوای تبلیغاتی از',
  about: 'دربارهٔ این محتوا',

  loading: 'در حال بارگذاری خبرها…',
  loadFailed: 'بارگذاری خبرها ممکن نشد.',
  retry: 'تلاش دوباره',
  moreStories: 'خبرهای بیشتر',
  moreFailed: 'بارگذاری خبرهای بیشتر ممکن نشد.',
  empty: 'خبری برای نمایش نیست.',

  updated: 'به‌روز شده',
  corrected: 'اصلاح‌شده',
  noticeCorrection: 'اصلاحیه',
  noticeClarification: 'توضیح',
  noticeUpdate: 'به‌روزرسانی',
  noticeEditorsNote: 'یادداشت سردبیر',
  noticeAge: 'این مطلب بیش از {age} پیش منتشر شده است',

  sponsored: 'محتوای حمایت‌شده',
  labelOpinion: 'دیدگاه',
  labelAnalysis: 'تحلیل',
  labelBreaking: 'فوری',
  labelPaid: 'محتوای تبلیغاتی',
  mediaVideo: 'ویدیو',
  mediaAudio: 'صوت',
  mediaGallery: 'گالری تصاویر',
  mediaPhoto: '{count} عکس',
  mediaPhotos: '{count} عکس',
  mediaSpoken: '{kind}، {detail}',
  relatedStories: 'مطالب مرتبط',

  byline: 'نوشتهٔ {names}',
  additionalReporting: 'با همکاری {names}',
  contents: 'فهرست مطالب',
  jumpTo: 'رفتن به',

  share: 'هم‌رسانی',
  copyLink: 'کپی پیوند',
  linkCopied: 'پیوند کپی شد',
  liveNow: 'زنده',
  liveEnded: 'پایان‌یافته',
  livePinned: 'سنجاق‌شده',
  liveKeyEvent: 'رویداد مهم',
  liveKeyEvents: 'رویدادهای مهم',
  liveOlderPosts: 'پست‌های قدیمی‌تر',
  liveNewerPosts: 'پست‌های جدیدتر',
  liveNewUpdate: '{count} به‌روزرسانی جدید',
  liveNewUpdates: '{count} به‌روزرسانی جدید',
  listNewStory: '{count} خبر جدید',
  listNewStories: '{count} خبر جدید',
  liveCopyLink: 'کپی پیوند این پست',
  shareEmail: 'ایمیل',
  shareByEmail: 'هم‌رسانی با ایمیل',
  shareOn: 'هم‌رسانی در {network}',

  readingTime: 'زمان مطالعه: {minutes}',

  embedContent: 'محتوای {provider}',
  embedShares: 'با بارگیری آن، داده‌های شما با {provider} هم‌رسانی می‌شود.',
  embedPrivacy: 'سیاست حریم خصوصی {provider}',
  embedLoad: 'بارگیری',
  embedAlways: 'همیشه محتوای {provider} بارگیری شود',
  embedSkip: 'رد شدن از محتوای {provider}',
  embedView: 'مشاهده در {provider}',
  galleryPrevious: 'تصویر قبلی',
  galleryNext: 'تصویر بعدی',
  galleryPosition: '{index} از {total}',
} satisfies Translation;
