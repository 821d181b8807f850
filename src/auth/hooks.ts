// Google mode's hooks for views and the shell, and the Google-mode Photos client.
import { useMemo, useSyncExternalStore } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { createPhotosClient, type PhotosClient } from '../api'
import { config } from '../config/env'
import { createScopeGatedFetch } from './scope-gate'
import { CAPABILITY_SCOPES, type Capability } from './scopes'
import { session, useMode, type Mode } from './session'
import { signOutOfGoogle } from './sign-out'
import { authStore, scriptState, type ScriptStatus } from './store'
import type { AuthSnapshot } from './token-store'

export function useAuthSnapshot(): AuthSnapshot {
  return useSyncExternalStore(authStore.subscribe, authStore.getSnapshot)
}

export function useScriptStatus(): ScriptStatus {
  return useSyncExternalStore(scriptState.subscribe, scriptState.get)
}

export type GoogleAuthStatus = 'unconfigured' | 'signed-out' | 'signed-in' | 'needs-user'

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
        session.enterGoogle()
      },
      signOut: () => signOutOfGoogle(queryClient),
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

/** The Photos client for Google mode: VITE_PHOTOS_API_URL, the signed-in token, sharing scope on demand. */
export function createGoogleClient(): PhotosClient {
  const base: typeof fetch = (input, init) => globalThis.fetch(input, init)
  return createPhotosClient({
    baseUrl: config.photosApiUrl,
    uploadUrl: config.photosUploadUrl,
    pickerUrl: config.photosPickerUrl,
    // Google's token does not name the account; what is kept per account is checked against the API before use.
    account: 'google',
    getAccessToken: authStore.getAccessToken,
    fetch: createScopeGatedFetch(base, authStore),
  })
}

/** For the shell: the Google-mode client, or undefined in demo mode. */
export function useGooglePhotosClient(mode: Mode | null): PhotosClient | undefined {
  return useMemo(() => (mode === 'google' ? createGoogleClient() : undefined), [mode])
}
