// What the Google-mode Photos client takes from the auth layer. Kept apart from the hooks so the route loaders'
// client module (app/photos-clients.ts, in the first chunk) pulls in no more of auth than this.
import type { PhotosClientOptions } from '../api'
import { config } from '../config/env'
import { createScopeGatedFetch } from './scope-gate'
import { isGooglePhotosApi } from './scopes'
import { authStore } from './store'

/**
 * What the Google-mode Photos client needs from the auth layer (the client itself is built with the demo's in
 * app/photos-clients.ts): the account, the signed-in token and, against another server than Google's (the
 * emulator's legacy profile), the sharing scope asked for when a sharing call needs it. Google's own API no longer
 * has that scope, so there sharing calls go straight out and its 403 is explained by the feature.
 */
export function googleClientAuth(): Pick<PhotosClientOptions, 'account' | 'getAccessToken' | 'wrapFetch'> {
  return {
    // Named before Google mode is entered; what is kept per account is also checked against the API before use.
    account: `google:${authStore.getSnapshot().account ?? 'unknown'}`,
    getAccessToken: authStore.getAccessToken,
    wrapFetch: isGooglePhotosApi(config.photosApiUrl) ? undefined : (base) => createScopeGatedFetch(base, authStore),
  }
}
