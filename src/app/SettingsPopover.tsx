// The phone's settings panel: language, theme and the demo's menu behind one button (44 px targets).
import { useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, Dialog, DialogTrigger, Popover } from 'react-aria-components'
import { Keyboard, Settings2 } from 'lucide-react'
import type { Mode } from '../auth/session'
import { ModeMenu } from './ModeMenu'
import { openShortcutSheet } from '../utils/shortcut-sheet'
import { SETTINGS_BUTTON_CLASS } from './PhoneSettings'
import { refocusTriggerIfLost } from '../components/ui/refocus-trigger'

export function SettingsPopover({ mode, pickers, defaultOpen }: { mode: Mode; pickers: ReactNode; defaultOpen: boolean }) {
  const { t } = useTranslation()
  const trigger = useRef<HTMLButtonElement>(null)
  return (
    <DialogTrigger defaultOpen={defaultOpen} onOpenChange={(open) => open || refocusTriggerIfLost(trigger)}>
      <Button ref={trigger} aria-label={t('settings.label')} className={SETTINGS_BUTTON_CLASS}>
        <Settings2 className="size-5" aria-hidden />
      </Button>
      <Popover placement="bottom end" className="w-72 max-w-[calc(100vw-1rem)] rounded-2xl border border-slate-200 bg-white p-3 shadow-xl dark:border-slate-700 dark:bg-slate-900">
        <Dialog aria-label={t('settings.label')} className="flex flex-col gap-2 outline-none">
          {pickers}
          {mode === 'demo' ? <ModeMenu mode="demo" /> : null}
          <Button slot={null} className="btn-ghost min-h-11 justify-start gap-2" onPress={openShortcutSheet}>
            <Keyboard className="size-4" aria-hidden />
            {t('shortcuts.menuItem')}
          </Button>
        </Dialog>
      </Popover>
    </DialogTrigger>
  )
}
