// The header's demo badge or Google account button. Their menus are built on react-aria, which the first
// screen does not need: the code loads once the page has loaded and the browser is idle, or at once when the
// stand-in badge is used (the menu then opens as it arrives).
import { lazy, Suspense, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FlaskConical } from 'lucide-react'
import type { Mode } from '../auth/session'
import { DEMO_BADGE_CLASS } from './mode-badge'
import { whenIdleAfterLoad } from '../utils/idle'

const DemoMenu = lazy(() => import('./DemoMenu').then((m) => ({ default: m.DemoMenu })))
const AccountMenu = lazy(() => import('../features/account').then((m) => ({ default: m.AccountMenu })))

export function ModeMenu({ mode }: { mode: Mode }) {
  const { t } = useTranslation()
  const [wanted, setWanted] = useState<'idle' | 'load' | 'open'>('idle')
  useEffect(() => whenIdleAfterLoad(() => setWanted((w) => (w === 'idle' ? 'load' : w))), [])

  const standIn =
    mode === 'demo' ? (
      <button type="button" aria-haspopup="menu" aria-expanded={false} className={DEMO_BADGE_CLASS} onClick={() => setWanted('open')}>
        <FlaskConical className="size-4" aria-hidden />
        {t('mode.demo')}
      </button>
    ) : (
      <span className="inline-block size-9" aria-hidden />
    )
  if (wanted === 'idle') return standIn
  return (
    <Suspense fallback={standIn}>{mode === 'demo' ? <DemoMenu defaultOpen={wanted === 'open'} /> : <AccountMenu />}</Suspense>
  )
}
