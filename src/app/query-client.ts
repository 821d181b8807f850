// The app's QueryClient for the current session, a module so route loaders can start fetches before any page
// renders. One cache per session (demo user or Google account): a new session starts empty, so leaving the demo
// for a Google account (or one account for another) can never show the other's albums.
import type { QueryClient } from '@tanstack/react-query'
import { currentSessionKey } from '../auth/session'
import { createQueryClient } from '../queries/query-client'

let current: { sessionKey: string; client: QueryClient } | undefined

export function queryClientFor(sessionKey: string = currentSessionKey()): QueryClient {
  if (current?.sessionKey !== sessionKey) {
    current?.client.clear()
    current = { sessionKey, client: createQueryClient() }
  }
  return current.client
}
