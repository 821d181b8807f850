// The demo's API client: the emulator inside this app's service worker, under <base>__emulator/, as the
// demo user chosen for this tab. One instance, shared by the route loaders and the shell.
import { createPhotosClient, type PhotosClient } from '../api/client'
import { readDemoUser } from '../auth/session'
import { config } from '../config/env'
import { EMULATOR_PREFIX } from '../config/paths'

let demoClient: PhotosClient | undefined

export function getDemoClient(): PhotosClient {
  if (!demoClient) {
    const demoUser = readDemoUser()
    const emulatorRoot = `${window.location.origin}${config.basePath}${EMULATOR_PREFIX}`
    demoClient = createPhotosClient({
      baseUrl: emulatorRoot,
      pickerUrl: `${emulatorRoot}/picker`,
      account: `demo:${demoUser}`,
      getAccessToken: async () => demoUser,
      // The emulator's ids mean nothing to Google Photos: no "Open in Google Photos" links in the demo; and it
      // counts no daily allowance, so nothing asks before a big action.
      capabilities: { googlePhotosLinks: false, dailyQuota: false },
    })
  }
  return demoClient
}
