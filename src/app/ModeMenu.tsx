// The header's demo badge or Google account button. Their menus are built on react-aria, which the first
// screen does not need: each is a plain stand-in until it is used. Pointing at it or focusing it fetches the
// menu's code, pressing it renders the menu already open.
import { lazy } from 'react'
import { useTranslation } from 'react-i18next'
import { CircleUserRound, FlaskConical } from 'lucide-react'
import type { Mode } from '../auth/session'
import { loadNamespaces } from '../i18n'
import { ACCOUNT_BUTTON_CLASS, DEMO_BADGE_CLASS } from '../components/ui/header-buttons'
import { OpenOnPress } from '../components/ui/open-on-press'

const loadDemoMenu = () => import('./DemoMenu')
const DemoMenu = lazy(() => loadDemoMenu().then((m) => ({ default: m.DemoMenu })))
// The menu's texts are in the `auth` catalogue, not on the first screen: they come with its code.
const loadAccountMenu = () => Promise.all([import('../features/account'), loadNamespaces(['auth'])]).then(([menu]) => menu)
const AccountMenu = lazy(() => loadAccountMenu().then((m) => ({ default: m.AccountMenu })))

function DemoBadge() {
  const { t } = useTranslation()
  const face = (
    <>
      <FlaskConical className="size-4" aria-hidden />
      {t('mode.demo')}
    </>
  )
  return (
    <OpenOnPress load={loadDemoMenu} popup="menu" className={DEMO_BADGE_CLASS} face={face}>
      <DemoMenu defaultOpen />
    </OpenOnPress>
  )
}

function AccountButton() {
  const { t } = useTranslation()
  return (
    <OpenOnPress load={loadAccountMenu} popup="dialog" label={t('mode.account')} className={ACCOUNT_BUTTON_CLASS} face={<CircleUserRound className="size-5" aria-hidden />}>
      <AccountMenu defaultOpen />
    </OpenOnPress>
  )
}

export function ModeMenu({ mode }: { mode: Mode }) {
  return mode === 'demo' ? <DemoBadge /> : <AccountButton />
}
