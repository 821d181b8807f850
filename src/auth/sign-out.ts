// Sign-out, shared by the account panel and the session dialog.
import { googleLogout } from '@react-oauth/google'
import type { QueryClient } from '@tanstack/react-query'
import { session } from './session'
import { authStore } from './store'

/**
 * Forgets and revokes the token, cancels and drops every cached query and mutation (an upload waiting for a
 * token fails with "signed out" instead of running later), then returns to the start page.
 */
export async function signOutOfGoogle(queryClient: QueryClient): Promise<void> {
  const revoked = authStore.signOut()
  try {
    googleLogout()
  } catch {
    // Google's script is not there: nothing to tell it.
  }
  await queryClient.cancelQueries()
  queryClient.clear()
  session.leave()
  await revoked
}
