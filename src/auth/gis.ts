// Google Identity Services' token client (loaded by @react-oauth/google's provider) as promises for the store.
import type { NonOAuthError, OverridableTokenClientConfig, TokenClientConfig, TokenResponse } from '@react-oauth/google'
import { isRetiredScope } from './scopes'
import { AuthError, type GoogleTokenApi, type TokenPrompt } from './token-store'

interface TokenClient {
  requestAccessToken(overrideConfig?: OverridableTokenClientConfig): void
}

/** The part of `window.google.accounts.oauth2` Shoebox uses. */
export interface GoogleOAuth2 {
  initTokenClient(config: TokenClientConfig): TokenClient
  revoke(accessToken: string, done?: () => void): void
}

export function readGoogleOAuth2(): GoogleOAuth2 | null {
  const google = (window as unknown as { google?: { accounts?: { oauth2?: Partial<GoogleOAuth2> } } }).google
  const oauth2 = google?.accounts?.oauth2
  return oauth2 && typeof oauth2.initTokenClient === 'function' && typeof oauth2.revoke === 'function'
    ? (oauth2 as GoogleOAuth2)
    : null
}

/**
 * One token client per request, so each asks for exactly its scopes. include_granted_scopes makes every
 * token carry all scopes granted so far (incremental authorization). With `allowRetiredScopes` false (the API
 * is Google's own), a scope Google retired in 2025 is never sent, whichever code path asks for it.
 */
export function createGisTokenApi(clientId: string, oauth2: GoogleOAuth2, { allowRetiredScopes }: { allowRetiredScopes: boolean }): GoogleTokenApi {
  return {
    request({ scopes, prompt, hint }: { scopes: readonly string[]; prompt: TokenPrompt; hint?: string }) {
      return new Promise((resolve, reject) => {
        const asked = allowRetiredScopes ? scopes : scopes.filter((scope) => !isRetiredScope(scope))
        const client = oauth2.initTokenClient({
          client_id: clientId,
          scope: asked.join(' '),
          include_granted_scopes: true,
          prompt,
          ...(hint ? { hint } : {}),
          callback: (response: TokenResponse) => {
            if (response.error || !response.access_token) {
              reject(new AuthError(response.error ?? 'unknown', response.error_description ?? 'Google refused the token request'))
            } else {
              resolve(response)
            }
          },
          error_callback: (error: NonOAuthError) => reject(new AuthError(error.type)),
        })
        try {
          client.requestAccessToken()
        } catch (e) {
          reject(new AuthError('unknown', e instanceof Error ? e.message : 'requestAccessToken failed'))
        }
      })
    },
    revoke(accessToken: string) {
      return new Promise<void>((resolve) => {
        // Offline, Google never calls back: sign-out must not wait for it.
        const timer = setTimeout(resolve, 5_000)
        try {
          oauth2.revoke(accessToken, () => {
            clearTimeout(timer)
            resolve()
          })
        } catch {
          resolve()
        }
      })
    },
  }
}
