import { useEffect, type ReactNode } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { I18nProvider } from 'react-aria-components'
import { useSessionKey } from '../auth/session'
import { authStore } from '../auth/store'
import { SessionRecoveryContext } from '../components/ui/session-recovery'
import { connectOtherTabs } from '../queries/other-tabs'
import { GridMediaProvider } from '../queries/grid-media'
import { queryClientFor } from './query-client'

/**
 * The session's query cache (see query-client.ts), in Google mode the way to continue a paused session, what
 * the media grid needs from the data layers, and the app's language for react-aria's menus, dialogs and fields
 * (their reading direction and built-in strings; without it they follow the browser's language, not the app's).
 */
export function AppProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation()
  const sessionKey = useSessionKey()
  const queryClient = queryClientFor(sessionKey)
  // Writes in this session's other tabs refresh what this tab shows.
  useEffect(() => connectOtherTabs(queryClient, sessionKey), [queryClient, sessionKey])
  const resumeSession = sessionKey.startsWith('google:') ? authStore.resume : null
  return (
    <I18nProvider locale={i18n.language}>
      <QueryClientProvider client={queryClient}>
        <SessionRecoveryContext.Provider value={resumeSession}>
          <GridMediaProvider>{children}</GridMediaProvider>
        </SessionRecoveryContext.Provider>
      </QueryClientProvider>
    </I18nProvider>
  )
}
