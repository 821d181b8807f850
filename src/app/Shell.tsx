// The frame around every signed-in page: navigation (a sidebar on wide screens, a bottom bar on phones),
// the header with language, theme and mode controls, and the outlet for the page.
import { useState } from 'react'
import { Navigate, Outlet, useLocation } from 'react-router'
import { useTranslation } from 'react-i18next'
import { paths } from '../config/paths'
import { useMode } from '../auth/session'
import { PausedSessionBanner } from '../auth/PausedSessionBanner'
import { AppSettings } from './AppSettings'
import { BackendProvider } from './BackendProvider'
import { PageSkeleton } from './PageSkeleton'
import { mainClassName, skeletonKindFor } from './shell-layout'
import { ShellFrame } from './ShellFrame'
import { AnywhereDropTarget } from '../features/upload'
import { KeyboardShortcuts } from './KeyboardShortcuts'

/**
 * While the demo's service worker gets ready: the frame at once, and in place of the page a skeleton of the
 * page the path leads to (no header settings yet: the Demo menu needs the emulator).
 */
function PendingShell() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <ShellFrame settings={null}>
      <main id="main" tabIndex={-1} aria-busy="true" className={mainClassName}>
        <PageSkeleton kind={skeletonKindFor(pathname)} label={t('mode.preparing')} />
      </main>
    </ShellFrame>
  )
}

export default function Shell() {
  const mode = useMode()
  const { pathname, search } = useLocation()
  // Before a mode is chosen every page starts at the welcome, which then opens the page that was asked for
  // (a link, or photos shared to the app that wait on the upload page).
  const asked = pathname + search
  // Leaving a mode (the demo's "Leave the demo") starts over at the welcome; it is not a link to come back to.
  const [modeChosenHere, setModeChosenHere] = useState(false)
  if (mode && !modeChosenHere) setModeChosenHere(true)
  if (!mode) return <Navigate to={paths.start(modeChosenHere || asked === paths.library() ? undefined : asked)} replace />

  return (
    <BackendProvider mode={mode} pending={<PendingShell />}>
      <ShellFrame settings={<AppSettings mode={mode} />}>
        {mode === 'google' ? <PausedSessionBanner /> : null}
        <main id="main" tabIndex={-1} className={mainClassName}>
          <Outlet />
        </main>
      </ShellFrame>
      <AnywhereDropTarget />
      <KeyboardShortcuts />
    </BackendProvider>
  )
}
