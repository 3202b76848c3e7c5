import type { Translation } from './en.js';

/**
 * Hebrew: "תוכן שיווקי" is how Israeli news sites mark paid content.
 * @internal
 */
export default {
  photo: 'צילום:',
  enlarge: 'הגדלת התמונה',
  close: 'סגירה',

  partner: 'בשיתוף',
  sponsoredBy: 'בחסות',
  paidBy: 'תוכן שיווקי מטעם',
  about: 'על תוכן זה',

  loading: 'הכתבות נטענות…',
  loadFailed: 'לא ניתן היה לטעון את הכתבות.',
  retry: 'ניסיון נוסף',
  empty: 'אין כתבות להצגה.',

  updated: 'עודכן',

  sponsored: 'תוכן שיווקי',

  byline: 'מאת {names}',
  additionalReporting: 'סייעו בהכנת הכתבה: {names}',
} satisfies Translation;
