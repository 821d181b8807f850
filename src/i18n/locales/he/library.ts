import type { Catalog } from '../../types'
import type en from '../en/library'

export default {
  gridLabel: 'תמונות וסרטונים, החדשים ביותר קודם',
  upload: 'העלאה',
  loadError: 'לא ניתן היה לטעון את הספרייה שלך',
  empty: {
    title: 'הספרייה שלך ריקה',
    body: 'תמונות וסרטונים שמעלים עם Shoebox יופיעו כאן, החדשים ביותר קודם. אפשר לגרור קבצים לכל מקום בדף, או לבחור אותם.',
    action: 'העלאת תמונות',
  },
  download: 'הורדה',
  addToAlbum: {
    title: 'הוספה לאלבום',
    intro_one: 'בחירת אלבום לפריט שנבחר.',
    intro_two: 'בחירת אלבום לשני הפריטים שנבחרו.',
    intro_other: 'בחירת אלבום ל-{{count}} הפריטים שנבחרו.',
    albums: 'אלבומים',
    loading: 'טוען אלבומים…',
    none: 'עדיין אין לך אלבומים. אפשר ליצור אחד למטה.',
    loadMore: 'הצגת אלבומים נוספים',
    readOnly: 'לקריאה בלבד',
    newAlbum: 'אלבום חדש',
    newAlbumTitle: 'שם האלבום החדש',
    create: 'יצירה והוספה',
    adding: 'מוסיף…',
    added_one: 'פריט אחד נוסף לאלבום „\u2068{{album}}\u2069”.',
    added_two: 'שני פריטים נוספו לאלבום „\u2068{{album}}\u2069”.',
    added_other: '{{count}} פריטים נוספו לאלבום „\u2068{{album}}\u2069”.',
    failed: '„\u2068{{album}}\u2069”: {{reason}}',
    open: 'פתיחת האלבום',
    titleEmpty: 'יש לתת לאלבום שם.',
    titleTooLong_one: 'שם אלבום יכול להכיל עד 500 תווים. יש למחוק תו אחד.',
    titleTooLong_two: 'שם אלבום יכול להכיל עד 500 תווים. יש למחוק שני תווים.',
    titleTooLong_other: 'שם אלבום יכול להכיל עד 500 תווים. יש למחוק {{count}} תווים.',
    untitled: 'אלבום ללא שם',
  },
} satisfies Catalog<typeof en>
