import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useSessionKey } from '../auth/session'
import { authStore } from '../auth/store'
import { SessionRecoveryContext } from '../components/ui/session-recovery'
import { connectOtherTabs } from '../queries/other-tabs'
import { GridMediaProvider } from '../queries/grid-media'
import { queryClientFor } from './query-client'

const AriaLocaleSync = lazy(() => import('./AriaLocaleSync'))

/**
 * The session's query cache (see query-client.ts), in Google mode the way to continue a paused session, what
 * the media grid needs from the data layers, and, once the language has changed, what keeps react-aria's menus,
 * dialogs and fields in it (they start in it: see tellReactAria in i18n/index.ts).
 */
export function AppProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation()
  const [languageChanged, setLanguageChanged] = useState(false)
  useEffect(() => {
    const changed = () => setLanguageChanged(true)
    i18n.on('languageChanged', changed)
    return () => i18n.off('languageChanged', changed)
  }, [i18n])
  const sessionKey = useSessionKey()
  const queryClient = queryClientFor(sessionKey)
  // Writes in this session's other tabs refresh what this tab shows.
  useEffect(() => connectOtherTabs(queryClient, sessionKey), [queryClient, sessionKey])
  const resumeSession = sessionKey.startsWith('google:') ? authStore.resume : null
  return (
    <QueryClientProvider client={queryClient}>
      <SessionRecoveryContext.Provider value={resumeSession}>
        <GridMediaProvider>{children}</GridMediaProvider>
      </SessionRecoveryContext.Provider>
      {languageChanged ? (
        <Suspense fallback={null}>
          <AriaLocaleSync />
        </Suspense>
      ) : null}
    </QueryClientProvider>
  )
}
