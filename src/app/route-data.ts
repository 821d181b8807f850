// Route loaders that start a page's first request with the navigation, in parallel with the page's code,
// through the same query options the page's hooks use (so the page finds the request in flight, not a
// second one), with the session's own client (photos-clients.ts, the one the shell hands to the pages).
import { redirect, type LoaderFunctionArgs } from 'react-router'
import { libraryInfiniteOptions } from '../queries/media-items'
import { session } from '../auth/session'
import { authStore } from '../auth/store'
import { pathAfterWelcome } from '../config/paths'
import { skipsWelcome } from '../auth/welcome'
import { photosClientFor } from './photos-clients'
import { queryClientFor } from './query-client'
import { whenServiceWorkerControls } from './service-worker'
import { prepareDateLabels } from '../components/media-grid'
import { i18n } from '../i18n'

/** The session's client once it can answer; none before a mode is chosen, or while Google's session is paused. */
function clientWhenReady() {
  const mode = session.getMode()
  if (mode === 'google') {
    // A paused or expired session asks the user before it requests anything: the page does that, not a loader.
    const { signedIn, paused, expiresAt } = authStore.getSnapshot()
    return signedIn && !paused && (expiresAt ?? 0) > Date.now() ? Promise.resolve(photosClientFor(mode)) : undefined
  }
  if (mode !== 'demo') return undefined
  const client = photosClientFor(mode)
  // Outside `npm run dev` the demo's API lives in the service worker, which must control the page first.
  return import.meta.env.DEV ? Promise.resolve(client) : whenServiceWorkerControls().then(() => client)
}

/** "/" once welcomed, with a mode chosen, goes straight on (to the library), before the start page's code loads. */
export function startLoader({ request }: LoaderFunctionArgs) {
  return skipsWelcome(session.getMode()) ? redirect(pathAfterWelcome(new URL(request.url).search)) : null
}

export function libraryLoader() {
  void clientWhenReady()
    ?.then((client) => queryClientFor().prefetchInfiniteQuery(libraryInfiniteOptions(client)))
    .catch(() => undefined) // the page shows the error when its own query runs
  // While the first page is on its way, in a task of its own: the grid's date formatters.
  setTimeout(() => prepareDateLabels(i18n.language))
  return null
}
