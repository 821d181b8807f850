// i18n: English, Simplified Chinese and Hebrew; <html lang dir> follows the language.
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from './locales/en'

export const supportedLanguages = ['en', 'zh-CN', 'he'] as const
export type Language = (typeof supportedLanguages)[number]

const rtlLanguages: ReadonlySet<Language> = new Set(['he'])
const STORAGE_KEY = 'shoebox.language'

// English ships with the first route; the others load on demand as their own chunks.
const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ default: typeof en }>> = {
  'zh-CN': () => import('./locales/zh-CN') as Promise<{ default: typeof en }>,
  he: () => import('./locales/he') as Promise<{ default: typeof en }>,
}

export function isLanguage(value: string): value is Language {
  return (supportedLanguages as readonly string[]).includes(value)
}

/** Picks the best supported language from a list of BCP 47 tags (such as navigator.languages). */
export function matchLanguage(tags: readonly string[]): Language {
  for (const tag of tags) {
    const lower = tag.toLowerCase()
    if (lower === 'iw' || lower.startsWith('he')) return 'he'
    if (lower.startsWith('zh')) return 'zh-CN'
    if (lower.startsWith('en')) return 'en'
  }
  return 'en'
}

function storedLanguage(): Language | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return value && isLanguage(value) ? value : undefined
  } catch {
    return undefined
  }
}

export function initialLanguage(): Language {
  return storedLanguage() ?? matchLanguage(typeof navigator === 'undefined' ? [] : navigator.languages)
}

export function directionOf(language: Language): 'rtl' | 'ltr' {
  return rtlLanguages.has(language) ? 'rtl' : 'ltr'
}

function applyToDocument(language: Language) {
  document.documentElement.lang = language
  document.documentElement.dir = directionOf(language)
}

async function ensureLoaded(language: Language) {
  if (language === 'en' || i18n.hasResourceBundle(language, 'common')) return
  const { default: catalogue } = await loaders[language]()
  for (const [namespace, resources] of Object.entries(catalogue)) {
    i18n.addResourceBundle(language, namespace, resources, true, true)
  }
}

/** Switches the language, remembering an explicit choice; `null` goes back to following the browser. */
export async function changeLanguage(language: Language | null) {
  try {
    if (language) localStorage.setItem(STORAGE_KEY, language)
    else localStorage.removeItem(STORAGE_KEY)
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
  const next = language ?? initialLanguage()
  await ensureLoaded(next)
  await i18n.changeLanguage(next)
}

export async function initI18n(language: Language = initialLanguage()) {
  await i18n.use(initReactI18next).init({
    resources: { en },
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...supportedLanguages],
    ns: Object.keys(en),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  i18n.on('languageChanged', (lng) => applyToDocument(isLanguage(lng) ? lng : 'en'))
  await ensureLoaded(language)
  await i18n.changeLanguage(language)
  applyToDocument(language)
  if (typeof window !== 'undefined') {
    // Follow the browser's language when the user has not chosen one.
    window.addEventListener('languagechange', () => {
      if (!storedLanguage()) void changeLanguage(null)
    })
  }
  return i18n
}

export { i18n }
