import type { Translation } from './en.js';

/**
 * Arabic.
 * @internal
 */
export default {
  photo: 'تصوير:',
  enlarge: 'عرض الصورة بحجم أكبر',
  close: 'إغلاق',

  partner: 'بالشراكة مع',
  sponsoredBy: 'برعاية',
  paidBy: 'محتوى مدفوع من',
  about: 'عن هذا المحتوى',

  loading: 'جارٍ تحميل الأخبار…',
  loadFailed: 'تعذّر تحميل الأخبار.',
  retry: 'إعادة المحاولة',
  empty: 'لا توجد أخبار لعرضها.',

  updated: 'آخر تحديث',

  sponsored: 'محتوى مموّل',

  byline: 'بقلم {names}',
  additionalReporting: 'شارك في إعداد التقرير {names}',
} satisfies Translation;
