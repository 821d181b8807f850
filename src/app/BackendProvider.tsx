// Builds the Photos API client for the current mode. Demo mode: the emulator inside this app's service
// worker answers under /__emulator/. Google mode: Google's API (or VITE_PHOTOS_API_URL).
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Mode } from '../auth/session'
import { whenServiceWorkerControls } from './service-worker'

type Readiness = 'waiting' | 'ready' | 'unavailable'

export function BackendProvider({ mode, children }: { mode: Mode; children: ReactNode }) {
  const { t } = useTranslation()
  const [readiness, setReadiness] = useState<Readiness>(mode === 'demo' ? 'waiting' : 'ready')

  useEffect(() => {
    if (mode !== 'demo') return
    let cancelled = false
    whenServiceWorkerControls().then(
      () => !cancelled && setReadiness('ready'),
      () => !cancelled && setReadiness('unavailable'),
    )
    return () => {
      cancelled = true
    }
  }, [mode])

  if (readiness === 'unavailable') {
    return (
      <div role="alert" className="mx-auto max-w-lg p-8 text-center">
        {t('mode.needsServiceWorker')}
      </div>
    )
  }
  if (readiness === 'waiting') {
    return (
      <div role="status" className="flex min-h-dvh items-center justify-center text-slate-600 dark:text-slate-300">
        {t('mode.preparing')}
      </div>
    )
  }
  return <>{children}</>
}
