// Messages to the demo emulator inside the service worker (not part of the Photos API, so not HTTP).
import { whenServiceWorkerControls } from './service-worker'

export async function resetDemoLibrary(): Promise<void> {
  await whenServiceWorkerControls()
  const worker = navigator.serviceWorker.controller
  if (!worker) throw new Error('No service worker controls this page')
  await new Promise<void>((resolve, reject) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = (event: MessageEvent<{ ok: boolean; error?: string }>) =>
      event.data.ok ? resolve() : reject(new Error(event.data.error ?? 'Reset failed'))
    worker.postMessage({ type: 'RESET_DEMO' }, [channel.port2])
  })
}
