// Registers the one service worker (offline shell + demo emulator) and tells when it controls the page.
import { registerSW } from 'virtual:pwa-register'
import { toast } from '../components/ui/toast'
import { i18n } from '../i18n'

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

export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return
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
