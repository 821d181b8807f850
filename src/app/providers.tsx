import type { ReactNode } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { useSessionKey } from '../auth/session'
import { authStore } from '../auth/store'
import { SessionRecoveryContext } from '../components/ui/session-recovery'
import { queryClientFor } from './query-client'

/** The session's query cache (see query-client.ts) and, in Google mode, the way to continue a paused session. */
export function AppProviders({ children }: { children: ReactNode }) {
  const sessionKey = useSessionKey()
  const queryClient = queryClientFor(sessionKey)
  const resumeSession = sessionKey.startsWith('google:') ? authStore.resume : null
  return (
    <QueryClientProvider client={queryClient}>
      <SessionRecoveryContext.Provider value={resumeSession}>{children}</SessionRecoveryContext.Provider>
    </QueryClientProvider>
  )
}
