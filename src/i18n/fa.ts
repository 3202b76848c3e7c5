import type { Translation } from './en.js';

/**
 * Persian, with the zero-width non-joiner where Persian spelling writes one.
 * @internal
 */
export default {
  photo: 'عکس:',
  enlarge: 'نمایش تصویر بزرگ‌تر',
  close: 'بستن',

  partner: 'با همکاری',
  sponsoredBy: 'با حمایت',
  paidBy: 'محتوای تبلیغاتی از',
  about: 'دربارهٔ این محتوا',

  loading: 'در حال بارگذاری خبرها…',
  loadFailed: 'بارگذاری خبرها ممکن نشد.',
  retry: 'تلاش دوباره',
  empty: 'خبری برای نمایش نیست.',

  updated: 'به‌روز شده',

  sponsored: 'محتوای حمایت‌شده',

  byline: 'نوشتهٔ {names}',
  additionalReporting: 'با همکاری {names}',
} satisfies Translation;
