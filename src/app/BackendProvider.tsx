// Hands the current session's Photos API client (photos-clients.ts) to everything below, once it can answer: in
// demo mode that waits for the service worker that hosts the emulator. Below this provider nothing knows the mode.
import { useEffect, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { PhotosClientProvider } from '../queries'
import { useSessionKey, type Mode } from '../auth/session'
import { photosClientFor } from './photos-clients'
import { whenServiceWorkerControls } from './service-worker'

type Readiness = 'waiting' | 'ready' | 'unavailable'

export function BackendProvider({
  mode,
  pending,
  children,
}: {
  mode: Mode
  /** What shows while the demo's service worker gets ready: the app's frame with the page's skeleton. */
  pending: ReactNode
  children: ReactNode
}) {
  const { t } = useTranslation()
  // In `npm run dev` the dev server hosts the emulator, so no service worker is needed.
  const needsWorker = mode === 'demo' && !import.meta.env.DEV
  const [readiness, setReadiness] = useState<Readiness>(needsWorker ? 'waiting' : 'ready')
  const sessionKey = useSessionKey()
  const client = useMemo(() => photosClientFor(mode, sessionKey), [mode, sessionKey])

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
  if (readiness === 'waiting') return pending
  return <PhotosClientProvider client={client}>{children}</PhotosClientProvider>
}
