// The phone header's Settings button. Its popover is built on react-aria, which the first screen does not need:
// the code loads once the page is idle, or at once when the stand-in button is pressed (it then opens as it arrives).
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Settings2 } from 'lucide-react'
import type { Mode } from '../auth/session'
import { whenIdleAfterLoad } from '../utils/idle'

const SettingsPopover = lazy(() => import('./SettingsPopover').then((m) => ({ default: m.SettingsPopover })))

export const SETTINGS_BUTTON_CLASS =
  'btn-ghost size-11 px-0 outline-none data-[focus-visible]:outline-2 data-[focus-visible]:outline-brand-500'

export function PhoneSettings({ mode, pickers }: { mode: Mode; pickers: ReactNode }) {
  const { t } = useTranslation()
  const [wanted, setWanted] = useState<'idle' | 'load' | 'open'>('idle')
  useEffect(() => whenIdleAfterLoad(() => setWanted((w) => (w === 'idle' ? 'load' : w))), [])
  const standIn = (
    <button type="button" aria-label={t('settings.label')} aria-haspopup="dialog" aria-expanded={false} className={SETTINGS_BUTTON_CLASS} onClick={() => setWanted('open')}>
      <Settings2 className="size-5" aria-hidden />
    </button>
  )
  if (wanted === 'idle') return standIn
  return (
    <Suspense fallback={standIn}>
      <SettingsPopover mode={mode} pickers={pickers} defaultOpen={wanted === 'open'} />
    </Suspense>
  )
}
