import type { Translation } from './en.js';

/**
 * Arabic.
 * @internal
 */
export const ar = {
  photoCredit: 'تصوير:',
  viewLarger: 'عرض الصورة بحجم أكبر',
  close: 'إغلاق',

  inPartnershipWith: 'بالشراكة مع',
  sponsoredBy: 'برعاية',
  paidContentBy: 'محتوى مدفوع من',
  aboutThisContent: 'عن هذا المحتوى',

  loadingStories: 'جارٍ تحميل الأخبار…',
  couldNotLoadStories: 'تعذّر تحميل الأخبار.',
  tryAgain: 'إعادة المحاولة',
  noStories: 'لا توجد أخبار لعرضها.',

  updated: 'آخر تحديث',

  sponsored: 'محتوى مموّل',

  byline: 'بقلم {names}',
} satisfies Translation;
