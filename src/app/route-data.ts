// Route loaders that start a page's first request with the navigation, in parallel with the page's code,
// through the same query options the page's hooks use (so the page finds the request in flight, not a
// second one). Only the demo's client exists outside React; in Google mode the page fetches as it renders.
import { redirect } from 'react-router'
import { libraryInfiniteOptions } from '../queries/media-items'
import { session } from '../auth/session'
import { paths } from '../config/paths'
import { skipsWelcome } from '../features/start/welcome'
import { getDemoClient } from './demo-client'
import { queryClientFor } from './query-client'
import { whenServiceWorkerControls } from './service-worker'

function demoClientWhenReady() {
  if (session.getMode() !== 'demo') return undefined
  const client = getDemoClient()
  // Outside `npm run dev` the demo's API lives in the service worker, which must control the page first.
  return import.meta.env.DEV ? Promise.resolve(client) : whenServiceWorkerControls().then(() => client)
}

/** "/" once welcomed, with a mode chosen, goes straight to the library, before the start page's code loads. */
export function startLoader() {
  return skipsWelcome(session.getMode()) ? redirect(paths.library()) : null
}

export function libraryLoader() {
  void demoClientWhenReady()
    ?.then((client) => queryClientFor().prefetchInfiniteQuery(libraryInfiniteOptions(client)))
    .catch(() => undefined) // the page shows the error when its own query runs
  return null
}
