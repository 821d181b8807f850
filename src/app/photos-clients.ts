// Both Photos API clients are built here, one per session, for the shell (BackendProvider) and the route loaders
// (route-data.ts) alike, so a loader's request and the page's hook share one client and one query cache entry.
// Demo: the emulator inside this app's service worker, under <base>__emulator/, as the demo user chosen for this
// tab. Google: VITE_PHOTOS_API_URL with the signed-in user's token (the auth layer supplies token and scope gate).
import { createPhotosClient, type PhotosClient } from '../api/client'
import { googleClientAuth } from '../auth/google-client'
import { currentSessionKey, readDemoUser, type Mode } from '../auth/session'
import { config } from '../config/env'
import { EMULATOR_PREFIX } from '../config/paths'

function createDemoClient(): PhotosClient {
  const demoUser = readDemoUser()
  const emulatorRoot = `${window.location.origin}${config.basePath}${EMULATOR_PREFIX}`
  return createPhotosClient({
    baseUrl: emulatorRoot,
    pickerUrl: `${emulatorRoot}/picker`,
    account: `demo:${demoUser}`,
    getAccessToken: async () => demoUser,
    // The emulator's ids mean nothing to Google Photos: no "Open in Google Photos" links in the demo.
    // It counts no daily allowance either, so nothing asks before a big action.
    capabilities: { googlePhotosLinks: false, dailyQuota: false },
  })
}

function createGoogleClient(): PhotosClient {
  return createPhotosClient({
    baseUrl: config.photosApiUrl,
    uploadUrl: config.photosUploadUrl,
    pickerUrl: config.photosPickerUrl,
    ...googleClientAuth(),
  })
}

let current: { sessionKey: string; client: PhotosClient } | undefined

/** The client of the session in `mode` (the same instance until the session changes). */
export function photosClientFor(mode: Mode, sessionKey: string = currentSessionKey()): PhotosClient {
  if (current?.sessionKey !== sessionKey) current = { sessionKey, client: mode === 'demo' ? createDemoClient() : createGoogleClient() }
  return current.client
}
