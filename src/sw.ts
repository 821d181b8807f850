/// <reference lib="webworker" />
// The app's one service worker: precaches the shell (so the app opens offline), and in demo mode hosts
// the Photos Library API emulator under <scope>__emulator/ (API, uploads and media bytes).
import { clientsClaim } from 'workbox-core'
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { createBrowserEmulator } from './emulator/browser/host'

declare const self: ServiceWorkerGlobalScope

const scopePath = new URL(self.registration.scope).pathname // e.g. "/" or "/shoebox/"
const emulatorPath = `${scopePath}__emulator`
const DEMO_MEDIA_CACHE = 'shoebox-demo-library-v1'

// Seed photographs are large, so they are not precached: each is fetched once and kept for offline use.
async function fetchSeed(url: string): Promise<Response> {
  const cache = await caches.open(DEMO_MEDIA_CACHE)
  const cached = await cache.match(url)
  if (cached) return cached
  const response = await fetch(url)
  if (response.ok) await cache.put(url, response.clone())
  return response
}

const emulator = createBrowserEmulator({
  basePath: emulatorPath,
  seedUrl: new URL('demo-library/', self.registration.scope).href,
  fetchSeed,
})

// Registered before Workbox's routes so the emulator answers first under its prefix.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url)
  if (url.origin === self.location.origin && (url.pathname === emulatorPath || url.pathname.startsWith(`${emulatorPath}/`))) {
    event.respondWith(emulator.fetch(event.request))
  }
})

precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()
clientsClaim()


// Every other navigation gets the app shell, so deep links and offline reloads work.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL(`${scopePath}index.html`), {
    denylist: [new RegExp(`^${scopePath}__emulator/`), new RegExp(`^${scopePath}demo-library/`)],
  }),
)

self.addEventListener('message', (event) => {
  const data: unknown = event.data
  if (typeof data !== 'object' || data === null || !('type' in data)) return
  if (data.type === 'SKIP_WAITING') void self.skipWaiting()
})
