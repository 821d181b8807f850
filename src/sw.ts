/// <reference lib="webworker" />
// The app's one service worker: precaches the shell (so the app opens offline), and in demo mode hosts
// the Photos Library API emulator under <scope>__emulator/ (API, uploads and media bytes).
import { clientsClaim } from 'workbox-core'
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { createBrowserEmulator } from '@shoebox/photos-emulator/browser'
import { DEMO_THUMBNAIL_SIZES, demoThumbnailPath } from './config/demo-thumbnails'
import { receiveShare, SHARE_TARGET_PATH } from './utils/share-target'

declare const self: ServiceWorkerGlobalScope

const scopePath = new URL(self.registration.scope).pathname // e.g. "/" or "/shoebox/"
const emulatorPath = `${scopePath}__emulator`
const DEMO_MEDIA_CACHE = 'shoebox-demo-library-v1'

let demoMediaCache: Promise<Cache> | undefined
const openDemoMediaCache = () => (demoMediaCache ??= caches.open(DEMO_MEDIA_CACHE))
/** The URLs in that cache, listed once per worker: a file not in it goes to the network without a lookup. */
let demoMediaKept: Promise<Set<string>> | undefined
const keptDemoMedia = () => (demoMediaKept ??= openDemoMediaCache().then(async (cache) => new Set((await cache.keys()).map((r) => r.url))))

// Seed photographs and their thumbnails are large, so they are not precached: each is fetched once and kept for
// offline use. The copy is written while the answer goes out: waiting for the write doubled a first thumbnail's
// time, and so did looking up files that could not be there yet.
async function fetchSeed(url: string): Promise<Response> {
  const [cache, kept] = await Promise.all([openDemoMediaCache(), keptDemoMedia()])
  const cached = kept.has(url) ? await cache.match(url) : undefined
  if (cached) return cached
  const response = await fetch(url)
  if (response.ok) {
    cache.put(url, response.clone()).then(
      () => kept.add(url),
      () => {
        // Storage full or unavailable: the file is fetched again next time.
      },
    )
  }
  return response
}

const emulator = createBrowserEmulator({
  basePath: emulatorPath,
  seedUrl: new URL('demo-library/', self.registration.scope).href,
  thumbnails: { sizes: DEMO_THUMBNAIL_SIZES, path: demoThumbnailPath },
  fetchSeed,
})

// Registered before Workbox's routes so the emulator answers first under its prefix.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url)
  // Photos shared to the installed app from the system share sheet (the manifest's share_target).
  if (event.request.method === 'POST' && url.origin === self.location.origin && url.pathname === `${scopePath}${SHARE_TARGET_PATH}`) {
    event.respondWith(receiveShare(event.request, { scope: self.registration.scope, uploadPath: 'upload', caches: self.caches, newId: () => crypto.randomUUID() }))
    return
  }
  if (url.origin === self.location.origin && (url.pathname === emulatorPath || url.pathname.startsWith(`${emulatorPath}/`))) {
    event.respondWith(emulator.fetch(event.request))
  }
})

// Installing must be quick: until it finishes the demo's API has no worker to answer it. So the install
// precaches only the small unhashed files (index.html, icons, the web manifest); the hashed build files are
// cached as the page loads them, and the rest when the page asks, once its first screen is shown (WARM_CACHE).
const ASSET_CACHE = 'shoebox-assets'
const manifest = self.__WB_MANIFEST.map((entry) => (typeof entry === 'string' ? { url: entry, revision: null } : entry))
const hashedAssets = manifest.filter((entry) => !entry.revision).map((entry) => new URL(entry.url, self.registration.scope).href)
precacheAndRoute(manifest.filter((entry) => entry.revision))
cleanupOutdatedCaches()
clientsClaim()

const hashed = new Set(hashedAssets)

async function cachedAsset(request: Request): Promise<Response> {
  const cache = await caches.open(ASSET_CACHE)
  // By URL, ignoring Vary: a module script's request carries an Origin header the background caching did not send.
  const hit = await cache.match(request.url, { ignoreVary: true })
  if (hit) return hit
  const response = await fetch(request)
  if (response.ok) await cache.put(request, response.clone())
  return response
}

/** Caches every build file not cached yet and drops those of older builds, two at a time. */
async function warmAssetCache() {
  const cache = await caches.open(ASSET_CACHE)
  for (const request of await cache.keys()) if (!hashed.has(request.url)) await cache.delete(request)
  const missing: string[] = []
  for (const url of hashedAssets) if (!(await cache.match(url))) missing.push(url)
  const next = async (): Promise<void> => {
    const url = missing.shift()
    if (!url) return
    const response = await fetch(url)
    if (response.ok) await cache.put(url, response)
    return next()
  }
  await Promise.all([next(), next()])
}

registerRoute(({ url }) => hashed.has(url.href), ({ request }) => cachedAsset(request))


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
  if (data.type === 'WARM_CACHE') {
    event.waitUntil(
      warmAssetCache().then(
        () => (event.source as Client | null)?.postMessage({ type: 'OFFLINE_READY' }),
        (error: unknown) => console.warn('Caching the app for offline use failed; it is tried again on the next visit', error),
      ),
    )
  }
})
