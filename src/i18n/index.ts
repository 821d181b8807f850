// i18n: English, Simplified Chinese and Hebrew; <html lang dir> follows the language.
import i18n, { type BackendModule, type ResourceKey } from 'i18next'
import { initReactI18next } from 'react-i18next'
import common from './locales/en/common'
import type en from './locales/en'

export const supportedLanguages = ['en', 'zh-CN', 'he'] as const
export type Language = (typeof supportedLanguages)[number]

const rtlLanguages: ReadonlySet<Language> = new Set(['he'])
const STORAGE_KEY = 'shoebox.language'

export type Namespace = keyof typeof en

// English `common` ships with the first route; every other namespace of every language is its own chunk,
// loaded by the route that needs it (see app/router) or, as a safety net, when a component asks for it.
const catalogues = import.meta.glob<{ default: ResourceKey }>(['./locales/*/*.ts', '!./locales/*/index.ts', '!./locales/en/common.ts'])

async function loadCatalogue(language: string, namespace: string): Promise<ResourceKey> {
  if (language === 'en' && namespace === 'common') return common
  const load = catalogues[`./locales/${language}/${namespace}.ts`]
  if (!load) throw new Error(`no ${language} catalogue for ${namespace}`)
  return (await load()).default
}

const catalogueBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    loadCatalogue(language, namespace).then(
      (resources) => callback(null, resources),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    )
  },
}

/** Loads namespaces for the current language (and English, the fallback) before a page that uses them renders. */
export function loadNamespaces(namespaces: readonly Namespace[]): Promise<void> {
  return i18n.loadNamespaces([...namespaces])
}

export function isLanguage(value: string): value is Language {
  return (supportedLanguages as readonly string[]).includes(value)
}

/** Picks the best supported language from a list of BCP 47 tags (such as navigator.languages). */
function matchLanguage(tags: readonly string[]): Language {
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

function initialLanguage(): Language {
  return storedLanguage() ?? matchLanguage(typeof navigator === 'undefined' ? [] : navigator.languages)
}

function directionOf(language: Language): 'rtl' | 'ltr' {
  return rtlLanguages.has(language) ? 'rtl' : 'ltr'
}

// react-aria (menus, dialogs, date fields) takes its language, reading direction and built-in strings from this
// key when no I18nProvider is rendered, and reads it again on `languagechange`. Telling it here, rather than with
// an I18nProvider at the app root, keeps react-aria's locale code off the first screen: importing it probes the
// browser's Intl data, a single ~150 ms task on a phone before anything shows. react-aria loads with the first
// dialog or menu, after this has run. app/AriaLocaleSync.tsx covers a change while no react-aria widget is open.
const REACT_ARIA_LOCALE = Symbol.for('react-aria.i18n.locale')

function tellReactAria(language: Language) {
  const slot = window as unknown as Record<symbol, string | undefined>
  if (slot[REACT_ARIA_LOCALE] === language) return
  const first = slot[REACT_ARIA_LOCALE] === undefined
  slot[REACT_ARIA_LOCALE] = language
  // react-aria's open widgets listen for this; the listener below ignores it (it is not the browser's).
  if (!first) window.dispatchEvent(new Event('languagechange'))
}

function applyToDocument(language: Language) {
  document.documentElement.lang = language
  document.documentElement.dir = directionOf(language)
  tellReactAria(language)
}

/** Switches the language, remembering an explicit choice; `null` goes back to following the browser. */
export async function changeLanguage(language: Language | null) {
  try {
    if (language) localStorage.setItem(STORAGE_KEY, language)
    else localStorage.removeItem(STORAGE_KEY)
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
  // i18next loads every namespace in use for the new language before it switches.
  await i18n.changeLanguage(language ?? initialLanguage())
}

export async function initI18n(language: Language = initialLanguage()) {
  i18n.on('languageChanged', (lng) => applyToDocument(isLanguage(lng) ? lng : 'en'))
  await i18n
    .use(catalogueBackend)
    .use(initReactI18next)
    .init({
      resources: { en: { common } },
      partialBundledLanguages: true,
      lng: language,
      fallbackLng: 'en',
      supportedLngs: [...supportedLanguages],
      load: 'currentOnly',
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      // A namespace a page did not preload renders once it arrives instead of suspending the whole tree.
      react: { useSuspense: false },
    })
  applyToDocument(language)
  if (typeof window !== 'undefined') {
    // Follow the browser's language when the user has not chosen one.
    window.addEventListener('languagechange', (event) => {
      if (event.isTrusted && !storedLanguage()) void changeLanguage(null)
    })
  }
  return i18n
}

export { i18n }
