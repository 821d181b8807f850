// Sign-out, shared by the account panel and the session dialog.
import { googleLogout } from '@react-oauth/google'
import type { QueryClient } from '@tanstack/react-query'
import { forgetLocalRecords } from './local-records'
import { currentSessionKey, session } from './session'
import { authStore } from './store'

const signOutListeners = new Set<() => void>()

/**
 * Runs `listener` on every sign-out, before the start page shows: for state that lives outside the query cache
 * and must not outlive the session (the upload queue, with its upload tokens and resumable session URLs).
 */
export function onSignOut(listener: () => void): () => void {
  signOutListeners.add(listener)
  return () => {
    signOutListeners.delete(listener)
  }
}

/**
 * Forgets and revokes the token, cancels and drops every cached query and mutation (an upload waiting for a
 * token fails with "signed out" instead of running later), then returns to the start page. With
 * `forgetRecords`, this account's local records (album stories, picked photos) are deleted from the device too.
 */
export async function signOutOfGoogle(queryClient: QueryClient, { forgetRecords = false }: { forgetRecords?: boolean } = {}): Promise<void> {
  const sessionKey = currentSessionKey()
  const revoked = authStore.signOut()
  try {
    googleLogout()
  } catch {
    // Google's script is not there: nothing to tell it.
  }
  signOutListeners.forEach((listener) => {
    try {
      listener()
    } catch {
      // One listener's failure must not keep the session alive.
    }
  })
  await queryClient.cancelQueries()
  queryClient.getMutationCache().clear()
  queryClient.clear()
  session.leave()
  if (forgetRecords) await forgetLocalRecords(sessionKey)
  await revoked
}
