// Shown above every page while the Google session is paused ("Not now" when it ended): what is on screen may be
// out of date, and one click continues the session.
import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { LogIn } from 'lucide-react'
import { authStore } from './store'

export function PausedSessionBanner() {
  const { t } = useTranslation()
  const { paused, signedIn } = useSyncExternalStore(authStore.subscribe, authStore.getSnapshot)
  if (!paused || !signedIn) return null
  return (
    <div role="status" className="flex flex-wrap items-center gap-3 border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100">
      <p className="min-w-0 flex-1">
        <strong className="font-semibold">{t('failure.pausedTitle')}.</strong> {t('failure.pausedBanner')}
      </p>
      <button type="button" className="btn-secondary min-h-11" onClick={() => authStore.resume()}>
        <LogIn className="size-4 rtl:-scale-x-100" aria-hidden />
        {t('failure.continueSession')}
      </button>
    </div>
  )
}
