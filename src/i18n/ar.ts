import type { Translation } from './en.js';

/**
 * Arabic.
 * @internal
 */
export default {
  photo: 'تصوير:',
  creditVideo: 'فيديو:',
  creditAudio: 'صوت:',
  enlarge: 'عرض الصورة بحجم أكبر',
  close: 'إغلاق',

  partner: 'بالشراكة مع',
  sponsoredBy: 'برعاية',
  paidBy: 'محتوى مدفوع من',
  about: 'عن هذا المحتوى',

  loading: 'جارٍ تحميل الأخبار…',
  loadFailed: 'تعذّر تحميل الأخبار.',
  retry: 'إعادة المحاولة',
  moreStories: 'مزيد من الأخبار',
  moreFailed: 'تعذّر تحميل مزيد من الأخبار.',
  empty: 'لا توجد أخبار لعرضها.',

  updated: 'آخر تحديث',
  corrected: 'تم التصحيح',
  noticeCorrection: 'تصحيح',
  noticeClarification: 'توضيح',
  noticeUpdate: 'تحديث',
  noticeEditorsNote: 'ملاحظة المحرر',
  noticeAge: 'نُشر هذا المقال قبل أكثر من {age}',

  sponsored: 'محتوى مموّل',
  labelOpinion: 'رأي',
  labelAnalysis: 'تحليل',
  labelBreaking: 'عاجل',
  labelPaid: 'محتوى مدفوع',
  mediaVideo: 'فيديو',
  mediaAudio: 'صوت',
  mediaGallery: 'معرض صور',
  mediaPhoto: '{count} صورة',
  mediaPhotos: 'الصور: {count}',
  mediaSpoken: '{kind}، {detail}',
  relatedStories: 'أخبار ذات صلة',

  byline: 'بقلم {names}',
  additionalReporting: 'شارك في إعداد التقرير {names}',
  contents: 'المحتويات',
  jumpTo: 'انتقل إلى',

  share: 'مشاركة',
  copyLink: 'نسخ الرابط',
  linkCopied: 'تم نسخ الرابط',
  liveNow: 'مباشر',
  liveEnded: 'انتهى',
  livePinned: 'مثبّت',
  liveKeyEvent: 'حدث رئيسي',
  liveKeyEvents: 'أبرز الأحداث',
  liveOlderPosts: 'منشورات أقدم',
  liveNewerPosts: 'منشورات أحدث',
  liveNewUpdate: '{count} تحديث جديد',
  liveNewUpdates: 'تحديثات جديدة: {count}',
  listNewStory: 'خبر جديد: {count}',
  listNewStories: 'أخبار جديدة: {count}',
  liveCopyLink: 'نسخ الرابط إلى هذا المنشور',
  shareEmail: 'البريد الإلكتروني',
  shareByEmail: 'المشاركة عبر البريد الإلكتروني',
  shareOn: 'المشاركة على {network}',

  readingTime: 'مدة القراءة: {minutes}',

  embedContent: 'محتوى {provider}',
  embedShares: 'تحميله يشارك بياناتك مع {provider}.',
  embedPrivacy: 'سياسة الخصوصية لدى {provider}',
  embedLoad: 'تحميل',
  embedAlways: 'تحميل محتوى {provider} دائمًا',
  embedSkip: 'تخطي محتوى {provider}',
  embedView: 'عرض على {provider}',
  galleryPrevious: 'الصورة السابقة',
  galleryNext: 'الصورة التالية',
  galleryPosition: '{index} من {total}',
} satisfies Translation;
