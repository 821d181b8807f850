// Google mode's hooks for views and the shell.
import { useMemo, useSyncExternalStore } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { fetchGoogleAccount } from '../api/account'
import { config } from '../config/env'
import { CAPABILITY_SCOPES, isGooglePhotosApi, type Capability } from './scopes'
import { session, useMode } from './session'
import { signOutOfGoogle } from './sign-out'
import { authStore, scriptState, type ScriptStatus } from './store'
import type { AuthSnapshot } from './token-store'

function useAuthSnapshot(): AuthSnapshot {
  return useSyncExternalStore(authStore.subscribe, authStore.getSnapshot)
}

function useScriptStatus(): ScriptStatus {
  return useSyncExternalStore(scriptState.subscribe, scriptState.get)
}

type GoogleAuthStatus = 'unconfigured' | 'signed-out' | 'signed-in' | 'needs-user'

export function useGoogleAuth() {
  const snapshot = useAuthSnapshot()
  const script = useScriptStatus()
  const queryClient = useQueryClient()
  const status: GoogleAuthStatus = !config.googleClientId
    ? 'unconfigured'
    : !snapshot.signedIn
      ? 'signed-out'
      : snapshot.interaction?.reason === 'expired'
        ? 'needs-user'
        : 'signed-in'
  return useMemo(
    () => ({
      status,
      script,
      retryScript: scriptState.retry,
      grantedScopes: snapshot.granted,
      declinedScopes: snapshot.declined,
      expiresAt: snapshot.expiresAt,
      /** Opens Google's window (call from a click); on success the app is in Google mode. Throws AuthError. */
      signIn: async () => {
        await authStore.signIn()
        // Name the session before entering it, so its cache and records are the account's from the start.
        const account = await fetchGoogleAccount(await authStore.getAccessToken())
        authStore.setAccount(account?.email ?? account?.sub ?? null)
        session.enterGoogle()
      },
      /** With `forgetRecords`, this account's album stories and picked photos are deleted from the device. */
      signOut: (options?: { forgetRecords?: boolean }) => signOutOfGoogle(queryClient, options),
      account: snapshot.account,
      paused: snapshot.paused,
      /** False against Google's own API, which retired the sharing scope: it is never asked for there. */
      sharingScopeOnDemand: !isGooglePhotosApi(config.photosApiUrl),
      /** "Continue session" after "Not now" (call from a click). */
      resume: authStore.resume,
      /** Incremental consent; resolves false if the user declines. Call from a click. */
      requestScopes: (scopes: readonly string[]) => authStore.ensureScopes(scopes),
      getAccessToken: authStore.getAccessToken,
    }),
    [status, script, snapshot, queryClient],
  )
}

/** What a feature needs to say "this needs a permission you declined" and offer to ask again. */
export function useCapability(capability: Capability) {
  const snapshot = useAuthSnapshot()
  const mode = useMode()
  const needed = CAPABILITY_SCOPES[capability]
  const google = mode === 'google'
  return {
    /** Demo mode has every capability. */
    granted: !google || needed.every((scope) => snapshot.granted.includes(scope)),
    declined: google && needed.some((scope) => snapshot.declined.includes(scope)),
    request: () => (google ? authStore.ensureScopes(needed) : Promise.resolve(true)),
  }
}
