// The first load, while the target route's code arrives: the app's frame at once with grey shapes of the
// page it leads to (or of the welcome), so nothing is blank and nothing looks broken.
import { useLocation } from 'react-router'
import { routePatterns } from '../config/paths'
import { session } from '../auth/session'
import { skipsWelcome } from '../auth/welcome'
import { PageSkeleton } from './PageSkeleton'
import { mainClassName, skeletonKindFor } from './shell-layout'
import { ShellFrame } from './ShellFrame'

function WelcomeSkeleton() {
  const bar = 'animate-pulse rounded bg-slate-200 dark:bg-slate-800'
  return (
    <div role="status" aria-busy="true" className="flex min-h-dvh items-center justify-center p-4">
      <div className="flex w-full max-w-xl flex-col gap-4 rounded-2xl border border-slate-200 p-6 dark:border-slate-800">
        <div className={`size-12 ${bar} rounded-xl`} />
        <div className={`h-8 w-2/3 ${bar}`} />
        <div className={`h-4 w-full ${bar}`} />
        <div className={`h-4 w-5/6 ${bar}`} />
        <div className={`mt-2 h-11 w-48 ${bar}`} />
      </div>
    </div>
  )
}

export function RouteLoading() {
  const { pathname } = useLocation()
  const atStart = pathname === routePatterns.start || pathname === routePatterns.welcome
  // "/" goes on to the library once the welcome was seen (the start loader redirects there).
  if ((atStart && !skipsWelcome(session.getMode())) || pathname === routePatterns.welcome) return <WelcomeSkeleton />
  return (
    <ShellFrame settings={null}>
      <main id="main" tabIndex={-1} aria-busy="true" className={mainClassName}>
        <PageSkeleton kind={atStart ? 'grid' : skeletonKindFor(pathname)} />
      </main>
    </ShellFrame>
  )
}
