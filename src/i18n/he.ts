import type { Translation } from './en.js';

/**
 * Hebrew: "תוכן שיווקי" is how Israeli news sites mark paid content.
 * @internal
 */
export default {
  photo: 'צילום:',
  creditVideo: 'וידאו:',
  creditAudio: 'אודיו:',
  enlarge: 'הגדלת התמונה',
  close: 'סגירה',

  partner: 'בשיתוף',
  sponsoredBy: 'בחסות',
  paidBy: 'תוכן שיווקי מטעם',
  about: 'על תוכן זה',

  loading: 'הכתבות נטענות…',
  loadFailed: 'לא ניתן היה לטעון את הכתבות.',
  retry: 'ניסיון נוסף',
  moreStories: 'כתבות נוספות',
  moreFailed: 'לא ניתן היה לטעון כתבות נוספות.',
  empty: 'אין כתבות להצגה.',

  updated: 'עודכן',
  corrected: 'תוקן',
  noticeCorrection: 'תיקון',
  noticeClarification: 'הבהרה',
  noticeUpdate: 'עדכון',
  noticeEditorsNote: 'הערת העורך',
  noticeAge: 'כתבה זו פורסמה לפני יותר מ־{age}',

  sponsored: 'תוכן שיווקי',
  labelOpinion: 'דעה',
  labelAnalysis: 'ניתוח',
  labelBreaking: 'מבזק',
  labelPaid: 'תוכן בתשלום',
  mediaVideo: 'וידאו',
  mediaAudio: 'אודיו',
  mediaGallery: 'גלריה',
  mediaPhoto: '{count} תמונה',
  mediaPhotos: '{count} תמונות',
  mediaSpoken: '{kind}, {detail}',
  relatedStories: 'כתבות קשורות',

  byline: 'מאת {names}',
  additionalReporting: 'סייעו בהכנת הכתבה: {names}',
  contents: 'תוכן העניינים',
  jumpTo: 'מעבר אל',

  share: 'שיתוף',
  copyLink: 'העתקת קישור',
  linkCopied: 'הקישור הועתק',
  liveNow: 'בשידור חי',
  liveEnded: 'הסתיים',
  livePinned: 'נעוץ',
  liveKeyEvent: 'אירוע מרכזי',
  liveKeyEvents: 'אירועים מרכזיים',
  liveOlderPosts: 'פוסטים קודמים',
  liveNewerPosts: 'פוסטים חדשים יותר',
  liveNewUpdate: '{count} עדכון חדש',
  liveNewUpdates: '{count} עדכונים חדשים',
  listNewStory: '{count} כתבה חדשה',
  listNewStories: '{count} כתבות חדשות',
  liveCopyLink: 'העתקת קישור לפוסט הזה',
  shareEmail: 'דוא״ל',
  shareByEmail: 'שיתוף בדוא״ל',
  shareOn: 'שיתוף ב־{network}',

  readingTime: 'זמן קריאה: {minutes}',

  embedContent: 'תוכן מ־{provider}',
  embedShares: 'טעינתו משתפת את הנתונים שלך עם {provider}.',
  embedPrivacy: 'מדיניות הפרטיות של {provider}',
  embedLoad: 'טעינה',
  embedAlways: 'לטעון תמיד תוכן מ־{provider}',
  embedSkip: 'דילוג על התוכן מ־{provider}',
  embedView: 'צפייה ב־{provider}',
  galleryPrevious: 'התמונה הקודמת',
  galleryNext: 'התמונה הבאה',
  galleryPosition: '{index} מתוך {total}',
} satisfies Translation;
