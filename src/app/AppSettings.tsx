import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Languages, MoonStar } from 'lucide-react'
import { changeLanguage, isLanguage, supportedLanguages, type Language } from '../i18n'
import { setTheme, storedTheme, type ThemePreference } from '../utils/theme'
import type { Mode } from '../auth/session'
import { ModeMenu } from './ModeMenu'
import { PhoneSettings } from './PhoneSettings'

/** The language and theme pickers; `large` for the phone's settings panel (44 px targets, a label each). */
export function Pickers({ large = false }: { large?: boolean }) {
  const { t, i18n } = useTranslation()
  const [theme, setThemeState] = useState<ThemePreference>(storedTheme)
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en'
  const box = large
    ? 'flex min-h-11 items-center gap-2 rounded-xl border border-slate-300 px-3 dark:border-slate-700'
    : 'flex items-center gap-1 rounded-full border border-slate-300 px-2 dark:border-slate-700'
  // min-w-0: a select never grows past its box (a long option, such as Hebrew's "by the system", used to overflow it).
  const select = large ? 'min-h-11 min-w-0 flex-1 bg-transparent text-base outline-none' : 'h-9 min-w-0 bg-transparent text-sm outline-none'
  return (
    <>
      <label className={box}>
        <Languages className="size-4 shrink-0 text-slate-500" aria-hidden />
        {large ? <span className="shrink-0 text-sm">{t('settings.language')}</span> : null}
        <select
          aria-label={t('settings.language')}
          className={large ? select : `${select} max-w-28`}
          value={language}
          onChange={(event) => {
            if (isLanguage(event.target.value)) void changeLanguage(event.target.value)
          }}
        >
          {supportedLanguages.map((lng) => (
            <option key={lng} value={lng} lang={lng}>
              {t(`languages.${lng}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={box}>
        <MoonStar className="size-4 shrink-0 text-slate-500" aria-hidden />
        {large ? <span className="shrink-0 text-sm">{t('settings.theme')}</span> : null}
        <select
          aria-label={t('settings.theme')}
          className={select}
          value={theme}
          onChange={(event) => {
            const next = event.target.value as ThemePreference
            setThemeState(next)
            setTheme(next)
          }}
        >
          <option value="system">{t('settings.themeSystem')}</option>
          <option value="light">{t('settings.themeLight')}</option>
          <option value="dark">{t('settings.themeDark')}</option>
        </select>
      </label>
    </>
  )
}

/**
 * Language, theme and the demo's (or the account's) actions. Wide screens show them in the header; on phones the
 * demo's and the pickers go behind one Settings button, so the header keeps to large, labelled targets.
 */
export function AppSettings({ mode }: { mode: Mode }) {
    return (
    <>
      <div className="hidden items-center gap-2 sm:flex">
        <ModeMenu mode={mode} />
        <Pickers />
      </div>
      <div className="flex items-center gap-1 sm:hidden">
        {mode === 'google' ? <ModeMenu mode="google" /> : null}
        <PhoneSettings mode={mode} pickers={<Pickers large />} />
      </div>
    </>
  )
}
