// Builds the Photos API client for the current mode. Demo mode: the emulator inside this app's service
// worker answers under <base>__emulator/, as the user chosen for this tab. Google mode: Google's API (or
// VITE_PHOTOS_API_URL) with the signed-in user's token. Below this provider nothing knows the difference.
import { useEffect, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { PhotosClient } from '../api'
import { PhotosClientProvider } from '../queries'
import type { Mode } from '../auth/session'
import { whenServiceWorkerControls } from './service-worker'
import { getDemoClient } from './demo-client'

type Readiness = 'waiting' | 'ready' | 'unavailable'

export function BackendProvider({
  mode,
  googleClient,
  pending,
  children,
}: {
  mode: Mode
  /** The client for Google mode, built by the auth layer around the signed-in user's token. */
  googleClient?: PhotosClient
  /** What shows while the demo's service worker gets ready: the app's frame with the page's skeleton. */
  pending: ReactNode
  children: ReactNode
}) {
  const { t } = useTranslation()
  // In `npm run dev` the dev server hosts the emulator, so no service worker is needed.
  const needsWorker = mode === 'demo' && !import.meta.env.DEV
  const [readiness, setReadiness] = useState<Readiness>(needsWorker ? 'waiting' : 'ready')
  const demoClient = useMemo(() => (mode === 'demo' ? getDemoClient() : undefined), [mode])

  useEffect(() => {
    if (!needsWorker) return
    let cancelled = false
    whenServiceWorkerControls().then(
      () => !cancelled && setReadiness('ready'),
      () => !cancelled && setReadiness('unavailable'),
    )
    return () => {
      cancelled = true
    }
  }, [needsWorker])

  if (readiness === 'unavailable') {
    return (
      <div role="alert" className="mx-auto max-w-lg p-8 text-center">
        {t('mode.needsServiceWorker')}
      </div>
    )
  }
  const client = mode === 'demo' ? demoClient : googleClient
  if (readiness === 'waiting' || !client) return pending
  return <PhotosClientProvider client={client}>{children}</PhotosClientProvider>
}
