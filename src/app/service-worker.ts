// Registers the one service worker (offline shell + demo emulator) and tells when it controls the page.
import { registerSW } from 'virtual:pwa-register'
import { toast } from '../components/ui/toast'
import { i18n } from '../i18n'
import { whenIdleAfterLoad } from '../utils/idle'
import { afterImagesSettle } from '../utils/image-traffic'

let controlled: Promise<void> | undefined

/** Resolves once a service worker controls this page, which demo mode needs for its API and images. */
export function whenServiceWorkerControls(): Promise<void> {
  controlled ??= new Promise<void>((resolve, reject) => {
    if (!('serviceWorker' in navigator)) {
      reject(new Error('service-worker-unavailable'))
      return
    }
    if (navigator.serviceWorker.controller) {
      resolve()
      return
    }
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true })
    // The worker claims open pages on activation; `ready` alone is not control, so wait for the change.
    void navigator.serviceWorker.ready.then(() => {
      if (navigator.serviceWorker.controller) resolve()
    })
  })
  return controlled
}

/**
 * The worker installs with only the small unhashed files, so the demo's API is ready at once; the rest of the
 * app is cached for offline use once this page is idle and its first images have arrived (the worker also makes
 * the demo's thumbnails: caching the app first would slow the first screen). `data-offline-ready` on <html> marks
 * when it is done.
 */
function cacheAppForOfflineUse() {
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data
    if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'OFFLINE_READY') {
      document.documentElement.dataset.offlineReady = 'true'
    }
  })
  whenIdleAfterLoad(() =>
    afterImagesSettle(() => {
      void whenServiceWorkerControls().then(() => navigator.serviceWorker.controller?.postMessage({ type: 'WARM_CACHE' }))
    }),
  )
}

export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return
  cacheAppForOfflineUse()
  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh() {
      toast(i18n.t('update.available'), {
        duration: Number.POSITIVE_INFINITY,
        action: { label: i18n.t('update.reload'), onClick: () => void updateServiceWorker(true) },
      })
    },
    onRegisterError(error: unknown) {
      console.error('Service worker registration failed', error)
    },
  })
}
