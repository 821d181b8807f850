import type { Catalog } from '../../types'
import type en from '../en/auth'

export default {
  start: {
    sharedWaiting: 'תמונות ששותפו ל-Shoebox ממתינות. בחרו למטה איך להתחיל, והן ייפתחו בדף ההעלאה, מוכנות להעלאה.',
    signIn: 'כניסה עם Google',
    signingIn: 'ממתינים ל-Google…',
    scriptLoading: 'טוענים את הכניסה של Google…',
    scriptFailedTitle: 'לא ניתן היה לטעון את הכניסה של Google',
    scriptFailed:
      'ייתכן שאין חיבור לאינטרנט, או שתוסף דפדפן או מסנן רשת חוסמים את accounts.google.com. ההדגמה עובדת גם בלעדיה.',
    retryScript: 'לנסות שוב',
    permissionsNote:
      'Shoebox מבקש מ-Google רק להוסיף תמונות ואלבומים ולראות ולערוך את מה שהוא הוסיף. הוא גם שואל מי את/ה, כדי שהנתונים של כל חשבון יישארו נפרדים. הכניסה נשמרת בכרטיסייה הזו בלבד ולעולם לא בדיסק.',
    partialGrant:
      'נכנסתם בלי לאשר את כל מה ש-Shoebox מבקש; תכונות מסוימות יסבירו מה הן צריכות. אפשר לאשר אותן תחת „חשבון Google”.',
  },
  errors: {
    popup_closed: 'החלון של Google נסגר לפני שהכניסה הסתיימה.',
    access_denied: 'לא אישרתם ל-Shoebox להשתמש בספריית Google Photos שלכם.',
    popup_failed_to_open: 'הדפדפן חסם את חלון הכניסה של Google. אפשרו חלונות קופצים לאתר הזה ונסו שוב.',
    unavailable: 'הכניסה של Google אינה זמינה כרגע. בדקו את החיבור ונסו שוב.',
    invalid_scope: 'Google כבר לא מעניקה הרשאה זו לאפליקציות.',
    generic: 'הכניסה עם Google לא הצליחה ({{code}}). נסו שוב.',
  },
  dialog: {
    expiredTitle: 'המשך החיבור ל-Google',
    expiredBody:
      'צריך לחדש את הכניסה שלכם עם Google. המשיכו כדי לחזור למקום שבו הייתם: הדף הזה, מה שהקלדתם וההעלאות שלכם נשמרים.',
    scopesTitle: 'עוד הרשאה אחת',
    scopesBody: 'לשם כך Shoebox צריך הרשאה נוספת מ-Google:',
    declinedTitle: 'ההרשאה לא ניתנה',
    declinedBody: 'Google לא העניקה ל-Shoebox את ההרשאה הזו:',
    declinedSharing:
      'בלעדיה Shoebox לא יכול לשתף אלבומים, להפסיק שיתוף, או להצטרף לאלבומים משותפים ולעזוב אותם. מאז 31 במרץ 2025 Google כבר לא מעניקה הרשאה זו לרוב האפליקציות, כך שייתכן שלא תוצע לכם בכלל. אפשר לשתף מ-Google Photos במקום.',
    declinedOther: 'התכונות שזקוקות לה יישארו לא זמינות עד שתאשרו אותה.',
    openGooglePhotos: 'פתיחת Google Photos',
    continue: 'המשך עם Google',
    askAgain: 'לבקש שוב',
    waiting: 'ממתינים ל-Google…',
    notNow: 'לא עכשיו',
    signOut: 'יציאה',
  },
  scopes: {
    appendOnly: 'הוספת תמונות ואלבומים לספרייה שלכם',
    readAppCreated: 'צפייה בתמונות ובאלבומים ש-Shoebox הוסיף',
    editAppCreated: 'עריכת כותרות, תיאורים ותמונות שער של מה ש-Shoebox הוסיף',
    sharing: 'ניהול אלבומים משותפים והוספה אליהם',
    picker: 'צפייה בתמונות שבחרתם ב-Google Photos',
    other: 'אחר: {{scope}}',
  },
  account: {
    signedInAs: 'מחובר בתור {{account}}',
    sharingRetired:
      'שיתוף לא מופיע ברשימה: Google ביטלה את ההרשאה הזו לאפליקציות ב-31 במרץ 2025. אפשר לשתף מ-Google Photos.',
    quotaTitle: 'המכסה היומית ב-Google Photos',
    quotaApi: 'בקשות',
    quotaMedia: 'טעינות של תמונות וסרטונים',
    quotaUsed: '{{used}} מתוך {{limit}}',
    quotaNote:
      'הספירה היא של הדפדפן הזה. Google קובעת את המכסות היומיות לכל לקוח OAuth, משותפות לכל מי שמשתמש בהתקנה הזו; הן מתחדשות בחצות לפי שעון האוקיינוס השקט.',
    forgetRecords: 'לשכוח גם את הרשומות של החשבון הזה במכשיר',
    forgetRecordsNote:
      'סיפורי האלבומים ורשימת התמונות שכבר נוספו מ-Google Photos. התמונות והאלבומים שלך ב-Google Photos לא ישתנו. השפה וערכת הנושא נשמרות.',
    title: 'חשבון Google',
    permissions: 'הרשאות',
    granted: 'מאושרת',
    declined: 'לא מאושרת',
    notAsked: 'תתבקש כשתידרש',
    ask: 'לאשר',
    askAgain: 'לבקש שוב',
    sessionUntil: 'מחוברים ל-Google. הכניסה הנוכחית בתוקף עד {{time}}; הלחיצה הבאה שלך לקראת המועד מחדשת אותה (ייתכן שחלון של Google יופיע לרגע).',
    tokenNote: 'Shoebox שומר את הכניסה שלכם בכרטיסייה הזו בלבד ומבטל אותה כשאתם יוצאים.',
    signOut: 'יציאה',
    signingOut: 'יוצאים…',
  },
} satisfies Catalog<typeof en>
