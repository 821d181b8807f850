// The picking page's words in the app's three languages. The language comes from the `hl` query parameter
// (Google's web pages take their UI language from it; Shoebox adds it to the emulator's pickerUri), else from
// the browser's Accept-Language, else English.
export type PickerLanguage = 'en' | 'zh-CN' | 'he'

export interface PickerStrings {
  dir: 'ltr' | 'rtl'
  title: string
  heading: (max: number) => string
  who: (name: string) => string
  cancel: string
  done: string
  none: string
  /** The script's live count; `{n}` and `{max}` are filled in by the page's script. */
  countTemplate: string
  photo: string
  video: string
  empty: string
  doneTitle: string
  doneBody: (count: number) => string
  ended: Record<'finished' | 'expired' | 'unknown', [string, string]>
  pickOne: string
  tooMany: (max: number) => string
  failed: string
}

const en: PickerStrings = {
  dir: 'ltr',
  title: 'Select photos · Google Photos',
  heading: (max) => `Select up to ${max} item${max === 1 ? '' : 's'}`,
  who: (name) => `Google Photos · ${name} (Shoebox emulator)`,
  cancel: 'Cancel',
  done: 'Done',
  none: 'No items selected',
  countTemplate: '{n} of {max} selected',
  photo: 'Photo',
  video: 'Video',
  empty: 'Your library is empty.',
  doneTitle: 'Done',
  doneBody: (count) => `${count} item${count === 1 ? '' : 's'} selected. You can return to the app.`,
  ended: {
    finished: ['This link has already been used', 'Picking in this session is finished. Start again from the app to pick more.'],
    expired: ['This link has expired', 'Start again from the app to pick photos.'],
    unknown: ['This link is not valid', 'The picking session does not exist or was deleted by the app.'],
  },
  pickOne: 'Select at least one item, or press Cancel.',
  tooMany: (max) => `You can select up to ${max} items.`,
  failed: 'Something went wrong.',
}

const zh: PickerStrings = {
  dir: 'ltr',
  title: '选择照片 · Google 相册',
  heading: (max) => `最多选择 ${max} 项`,
  who: (name) => `Google 相册 · ${name}（Shoebox 模拟器）`,
  cancel: '取消',
  done: '完成',
  none: '未选择任何项目',
  countTemplate: '已选择 {n} 项，最多 {max} 项',
  photo: '照片',
  video: '视频',
  empty: '您的照片库是空的。',
  doneTitle: '完成',
  doneBody: (count) => `已选择 ${count} 项。您可以返回应用了。`,
  ended: {
    finished: ['此链接已被使用', '此会话的选择已经结束。请从应用中重新开始以选择更多照片。'],
    expired: ['此链接已过期', '请从应用中重新开始选择照片。'],
    unknown: ['此链接无效', '该选择会话不存在，或已被应用删除。'],
  },
  pickOne: '请至少选择一项，或点按“取消”。',
  tooMany: (max) => `最多只能选择 ${max} 项。`,
  failed: '出了点问题。',
}

const he: PickerStrings = {
  dir: 'rtl',
  title: 'בחירת תמונות · Google Photos',
  heading: (max) => (max === 1 ? 'אפשר לבחור פריט אחד' : `אפשר לבחור עד ${max} פריטים`),
  who: (name) => `Google Photos · ${name} (האמולטור של Shoebox)`,
  cancel: 'ביטול',
  done: 'סיום',
  none: 'לא נבחרו פריטים',
  countTemplate: 'נבחרו {n} מתוך {max}',
  photo: 'תמונה',
  video: 'סרטון',
  empty: 'הספרייה שלך ריקה.',
  doneTitle: 'סיום',
  doneBody: (count) => (count === 1 ? 'נבחר פריט אחד. אפשר לחזור לאפליקציה.' : `נבחרו ${count} פריטים. אפשר לחזור לאפליקציה.`),
  ended: {
    finished: ['כבר נעשה שימוש בקישור הזה', 'הבחירה בסשן הזה הסתיימה. כדי לבחור עוד, צריך להתחיל מחדש מהאפליקציה.'],
    expired: ['תוקף הקישור הזה פג', 'כדי לבחור תמונות, צריך להתחיל מחדש מהאפליקציה.'],
    unknown: ['הקישור הזה לא תקין', 'סשן הבחירה לא קיים, או שהאפליקציה מחקה אותו.'],
  },
  pickOne: 'צריך לבחור פריט אחד לפחות, או ללחוץ על "ביטול".',
  tooMany: (max) => `אפשר לבחור עד ${max} פריטים.`,
  failed: 'משהו השתבש.',
}

export const pickerStrings: Record<PickerLanguage, PickerStrings> = { en, 'zh-CN': zh, he }

function match(tag: string): PickerLanguage | undefined {
  const t = tag.trim().toLowerCase()
  if (t === 'he' || t.startsWith('he-') || t === 'iw' || t.startsWith('iw-')) return 'he'
  if (t === 'zh' || t.startsWith('zh-')) return 'zh-CN'
  if (t === 'en' || t.startsWith('en-')) return 'en'
  return undefined
}

/** `hl` first, then Accept-Language in order of preference (q values), else English. */
export function pickerLanguage(request: Request): PickerLanguage {
  const hl = new URL(request.url).searchParams.get('hl')
  const fromHl = hl ? match(hl) : undefined
  if (fromHl) return fromHl
  const ranked = (request.headers.get('Accept-Language') ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.split(';')
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? '1')
      return { tag, q: Number.isNaN(q) ? 0 : q, i }
    })
    .filter((x) => x.tag.trim() && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
  for (const { tag } of ranked) {
    const lang = match(tag)
    if (lang) return lang
  }
  return 'en'
}
