import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Languages, MoonStar } from 'lucide-react'
import { changeLanguage, isLanguage, supportedLanguages, type Language } from '../i18n'
import { setTheme, storedTheme, type ThemePreference } from '../utils/theme'
import type { Mode } from '../auth/session'
import { ModeMenu } from './ModeMenu'

/** Language and theme pickers, plus the demo's own actions; visible on every page of the shell. */
export function AppSettings({ mode }: { mode: Mode }) {
  const { t, i18n } = useTranslation()
  const [theme, setThemeState] = useState<ThemePreference>(storedTheme)
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en'

  return (
    <div className="flex items-center gap-1.5 sm:gap-2">
      <ModeMenu mode={mode} />
      <div className="flex items-center gap-1 rounded-full border border-slate-300 px-2 dark:border-slate-700">
        <Languages className="hidden size-4 shrink-0 text-slate-500 sm:block" aria-hidden />
        <select
          aria-label={t('settings.language')}
          className="h-9 max-w-24 bg-transparent text-sm outline-none sm:max-w-28"
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
      </div>
      <div className="flex items-center gap-1 rounded-full border border-slate-300 px-2 dark:border-slate-700">
        <MoonStar className="hidden size-4 shrink-0 text-slate-500 sm:block" aria-hidden />
        <select
          aria-label={t('settings.theme')}
          className="h-9 bg-transparent text-sm outline-none"
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
      </div>
    </div>
  )
}
