// The app's frame (skip link, sidebar or bottom bar, header) without any data: the signed-in shell fills it,
// and the first load's skeleton (RouteLoading) shows it before the shell's code has arrived.
import { NavLink } from 'react-router'
import { useTranslation } from 'react-i18next'
import { Images, Library, Search, Upload, Users } from 'lucide-react'
import type { ComponentType, ReactNode } from 'react'
import { paths } from '../config/paths'

interface NavItem {
  to: string
  labelKey: 'nav.library' | 'nav.albums' | 'nav.sharing' | 'nav.search' | 'nav.upload'
  Icon: ComponentType<{ className?: string; 'aria-hidden'?: boolean }>
}

const navItems: NavItem[] = [
  { to: paths.library(), labelKey: 'nav.library', Icon: Library },
  { to: paths.albums(), labelKey: 'nav.albums', Icon: Images },
  { to: paths.sharing(), labelKey: 'nav.sharing', Icon: Users },
  { to: paths.search(), labelKey: 'nav.search', Icon: Search },
  { to: paths.upload(), labelKey: 'nav.upload', Icon: Upload },
]

function Logo({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation()
  return (
    <NavLink to={paths.library()} aria-label={compact ? t('appName') : undefined} className="flex min-h-11 min-w-11 items-center gap-2 rounded-md font-semibold">
      <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={28} height={28} />
      <span className={compact ? 'sr-only min-[420px]:not-sr-only min-[420px]:text-lg' : 'text-lg'}>{t('appName')}</span>
    </NavLink>
  )
}

/** The sections as a list of links; the sidebar and the phone's bottom bar differ only in their look. */
function NavItems({ listClassName, linkClassName }: { listClassName: string; linkClassName: (isActive: boolean) => string }) {
  const { t } = useTranslation()
  return (
    <ul className={listClassName}>
      {navItems.map(({ to, labelKey, Icon }) => (
        <li key={to}>
          <NavLink to={to} className={({ isActive }) => linkClassName(isActive)}>
            <Icon className="size-5" aria-hidden />
            {t(labelKey)}
          </NavLink>
        </li>
      ))}
    </ul>
  )
}

/** The app's frame: skip link, navigation, header (with `settings`) and the page in `main`. */
export function ShellFrame({ settings, children }: { settings: ReactNode; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <div className="flex min-h-dvh">
      <a
        href="#main"
        className="sr-only z-50 rounded bg-white px-3 py-2 text-slate-900 focus:not-sr-only focus:fixed focus:start-2 focus:top-2"
      >
        {t('skipToContent')}
      </a>
      <aside className="sticky top-0 hidden h-dvh w-60 shrink-0 flex-col gap-6 border-e border-slate-200 px-3 py-4 md:flex dark:border-slate-800">
        <div className="px-3">
          <Logo />
        </div>
        <nav aria-label={t('nav.label')}>
          <NavItems
            listClassName="flex flex-col gap-1"
            linkClassName={(isActive) =>
              `flex items-center gap-3 rounded-full px-4 py-2.5 text-sm font-medium ${
                isActive
                  ? 'bg-brand-100 text-brand-700 dark:bg-brand-700/30 dark:text-brand-100'
                  : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
              }`
            }
          />
        </nav>
      </aside>

      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b border-slate-200 bg-white/90 px-3 backdrop-blur sm:px-4 dark:border-slate-800 dark:bg-slate-950/90">
          <div className="md:hidden">
            <Logo compact />
          </div>
          <div className="flex-1" />
          {settings}
        </header>
        {children}
      </div>

      <nav
        aria-label={t('nav.label')}
        className="fixed inset-x-0 bottom-0 z-30 border-t border-slate-200 bg-white/95 pb-[env(safe-area-inset-bottom)] backdrop-blur md:hidden dark:border-slate-800 dark:bg-slate-950/95"
      >
        <NavItems
          listClassName="grid grid-cols-5"
          linkClassName={(isActive) =>
            `flex min-h-14 flex-col items-center justify-center gap-0.5 text-xs font-medium ${
              isActive ? 'text-brand-600 dark:text-brand-100' : 'text-slate-600 dark:text-slate-400'
            }`
          }
        />
      </nav>
    </div>
  )
}
