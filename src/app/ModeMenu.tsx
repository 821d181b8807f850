// The header's demo badge or Google account button. Their menus are built on react-aria, which the first
// screen does not need. The demo's badge is a plain stand-in until it is used: pointing at it or focusing it
// fetches the menu's code, pressing it renders the menu already open. The account button (Google mode) has no
// stand-in to press, so its code loads once the page has loaded and the browser is idle.
import { lazy, Suspense, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FlaskConical } from 'lucide-react'
import type { Mode } from '../auth/session'
import { DEMO_BADGE_CLASS } from './mode-badge'
import { whenIdleAfterLoad } from '../utils/idle'
import { useOpenOnPress } from './open-on-press'

const loadDemoMenu = () => import('./DemoMenu')
const DemoMenu = lazy(() => loadDemoMenu().then((m) => ({ default: m.DemoMenu })))
const AccountMenu = lazy(() => import('../features/account').then((m) => ({ default: m.AccountMenu })))

function DemoBadge() {
  const { t } = useTranslation()
  const { pressed, standInProps } = useOpenOnPress(loadDemoMenu)
  const standIn = (
    <button type="button" aria-haspopup="menu" aria-expanded={false} className={DEMO_BADGE_CLASS} {...standInProps}>
      <FlaskConical className="size-4" aria-hidden />
      {t('mode.demo')}
    </button>
  )
  if (!pressed) return standIn
  return (
    <Suspense fallback={standIn}>
      <DemoMenu defaultOpen />
    </Suspense>
  )
}

function AccountButton() {
  const [idle, setIdle] = useState(false)
  useEffect(() => whenIdleAfterLoad(() => setIdle(true)), [])
  const standIn = <span className="inline-block size-9" aria-hidden />
  if (!idle) return standIn
  return (
    <Suspense fallback={standIn}>
      <AccountMenu />
    </Suspense>
  )
}

export function ModeMenu({ mode }: { mode: Mode }) {
  return mode === 'demo' ? <DemoBadge /> : <AccountButton />
}
