// The start page for "/", whose code (and the `auth` namespace) loads only when it renders: a returning visitor
// is sent on to the library by the route's loader and never downloads it (see router.tsx).
import { lazy, Suspense } from 'react'
import { loadNamespaces } from '../i18n'
import { RouteLoading } from './RouteLoading'

const StartRoute = lazy(() => Promise.all([import('./pages/StartRoute'), loadNamespaces(['auth'])]).then(([page]) => page))

export function StartPageWhenShown() {
  return (
    <Suspense fallback={<RouteLoading />}>
      <StartRoute />
    </Suspense>
  )
}
