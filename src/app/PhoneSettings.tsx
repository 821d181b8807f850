// The phone header's Settings button. Its popover is built on react-aria, which the first screen does not need:
// a stand-in button shows until it is pressed (see open-on-press).
import { lazy, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Settings2 } from 'lucide-react'
import type { Mode } from '../auth/session'
import { OpenOnPress } from '../components/ui/open-on-press'

const loadSettingsPopover = () => import('./SettingsPopover')
const SettingsPopover = lazy(() => loadSettingsPopover().then((m) => ({ default: m.SettingsPopover })))

export const SETTINGS_BUTTON_CLASS =
  'btn-ghost size-11 px-0 outline-none data-[focus-visible]:outline-2 data-[focus-visible]:outline-brand-500'

export function PhoneSettings({ mode, pickers }: { mode: Mode; pickers: ReactNode }) {
  const { t } = useTranslation()
  return (
    <OpenOnPress load={loadSettingsPopover} popup="dialog" label={t('settings.label')} className={SETTINGS_BUTTON_CLASS} face={<Settings2 className="size-5" aria-hidden />}>
      <SettingsPopover mode={mode} pickers={pickers} defaultOpen />
    </OpenOnPress>
  )
}
