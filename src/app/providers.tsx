import { useEffect, useMemo, type ReactNode } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { useSessionKey } from '../auth/session'
import { authStore } from '../auth/store'
import { SessionRecoveryContext } from '../components/ui/session-recovery'
import { connectOtherTabs, createQueryClient } from '../queries'

/**
 * One query cache per session (demo user or Google account): a new session starts with an empty cache, so
 * leaving the demo for a Google account (or one account for another) can never show the other's albums.
 */
export function AppProviders({ children }: { children: ReactNode }) {
  const sessionKey = useSessionKey()
  const queryClient = useMemo(() => {
    void sessionKey // the dependency that makes a new cache
    return createQueryClient()
  }, [sessionKey])
  useEffect(() => () => queryClient.clear(), [queryClient])
  // Writes in this session's other tabs refresh what this tab shows.
  useEffect(() => connectOtherTabs(queryClient, sessionKey), [queryClient, sessionKey])
  const resumeSession = sessionKey.startsWith('google:') ? authStore.resume : null
  return (
    <QueryClientProvider client={queryClient}>
      <SessionRecoveryContext.Provider value={resumeSession}>{children}</SessionRecoveryContext.Provider>
    </QueryClientProvider>
  )
}
