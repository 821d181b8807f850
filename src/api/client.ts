// createPhotosClient: wires the request core, the quota meter and the resource modules together.
import { createAlbumsApi } from './albums'
import { createSerializer, type ApiContext } from './context'
import { createHttpCore, type GetAccessToken, type QuotaEvent, type RetryEvent } from './http'
import { createMediaItemsApi } from './media-items'
import type { PickerApi, PickerContext } from './picker'
import { createQuotaMeter, type QuotaMeter } from './quota'
import { defaultSleep, resolveRetryPolicy, type RetryPolicy, type Sleep } from './retry'
import { createSharedAlbumsApi } from './shared-albums'
import type { UploadConfig, UploadsApi } from './uploads'
import { platformXhrFetch, type ProgressFetch } from './xhr'

export interface PhotosClientOptions {
  /** API root, e.g. `https://photoslibrary.googleapis.com` or `${location.origin}/__emulator`. */
  baseUrl: string
  /** Upload endpoint; default `${baseUrl}/v1/uploads` (a deployment may put a relay in front of Google's). */
  uploadUrl?: string
  /** Names the signed-in account for data kept on this device (e.g. `demo:alice`); default `default`. */
  account?: string
  /** The Picker API root; default Google's (`https://photospicker.googleapis.com`). */
  pickerUrl?: string
  /** Returns a bearer token; `forceRefresh` after a 401. */
  getAccessToken: GetAccessToken
  /** Default: the global fetch. */
  fetch?: typeof fetch
  /** Wraps the fetch in use (the auth layer's scope gate), so no code outside src/api needs fetch itself. */
  wrapFetch?: (base: typeof fetch) => typeof fetch
  /** Sends uploads that report progress. Default: over XMLHttpRequest where the platform has it. */
  progressFetch?: ProgressFetch
  retry?: Partial<RetryPolicy>
  sleep?: Sleep
  now?: () => number
  /** Default: a meter over localStorage. */
  quota?: QuotaMeter
  upload?: Partial<UploadConfig>
  onQuotaEvent?: (event: QuotaEvent) => void
  onRetry?: (event: RetryEvent) => void
  capabilities?: Partial<BackendCapabilities>
}

/** What the backend behind this client offers beyond the API itself (views ask, never the mode). */
export interface BackendCapabilities {
  /** `productUrl`s open the item in Google Photos (the emulator's exist only inside it). */
  googlePhotosLinks: boolean
  /** Requests count against Google's daily allowance (the demo's emulator counts none), so big actions ask first. */
  dailyQuota: boolean
}

const GOOGLE_PICKER_URL = 'https://photospicker.googleapis.com'

export function createPhotosClient(options: PhotosClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const quota = options.quota ?? createQuotaMeter({ now: options.now })
  const baseFetch = options.fetch ?? globalThis.fetch.bind(globalThis)
  const http = createHttpCore({
    fetch: options.wrapFetch ? options.wrapFetch(baseFetch) : baseFetch,
    progressFetch: options.progressFetch ?? platformXhrFetch(),
    getAccessToken: options.getAccessToken,
    retry: resolveRetryPolicy(options.retry),
    sleep: options.sleep ?? defaultSleep,
    now: options.now ?? Date.now,
    quota,
    onQuotaEvent: options.onQuotaEvent,
    onRetry: options.onRetry,
  })
  const ctx: ApiContext = { http, baseUrl, serializeCreate: createSerializer() }
  const mediaItems = createMediaItemsApi(ctx)
  return {
    baseUrl,
    account: options.account ?? 'default',
    quota,
    capabilities: { googlePhotosLinks: true, dailyQuota: true, ...options.capabilities } satisfies BackendCapabilities,
    albums: createAlbumsApi(ctx),
    mediaItems,
    sharedAlbums: createSharedAlbumsApi(ctx),
    picker: lazyPickerApi({ http, baseUrl: options.pickerUrl ?? GOOGLE_PICKER_URL, mediaRelayUrl: mediaRelayOf(options.uploadUrl, baseUrl) }),
    uploads: lazyUploadsApi(() =>
      import('./uploads').then(({ createUploadsApi, defaultUploadConfig }) =>
        createUploadsApi({
          ...ctx,
          uploadUrl: options.uploadUrl ?? `${baseUrl}/v1/uploads`,
          upload: { ...defaultUploadConfig, ...options.upload },
          mediaItems,
        }),
      ),
    ),
  }
}

/**
 * The root of the deployment's relay: an upload URL of the relay's form (`<root>/v1/uploads`) that is not the
 * API's own. The same relay carries picked items' bytes (`<root>/media/{host}/{path}`).
 */
function mediaRelayOf(uploadUrl: string | undefined, apiBaseUrl: string): string | undefined {
  if (!uploadUrl) return undefined
  const url = new URL(uploadUrl)
  if (url.href === new URL(`${apiBaseUrl}/v1/uploads`).href || !url.pathname.endsWith('/v1/uploads') || url.search) return undefined
  return `${url.origin}${url.pathname.slice(0, -'/v1/uploads'.length)}`
}

/** Loads a module's API on its first call; a failed load (offline) is tried again by the next call. */
function loadOnFirstCall<T>(load: () => Promise<T>) {
  let loaded: T | undefined
  let loading: Promise<T> | undefined
  const api = () =>
    (loading ??= load().then(
      (value) => (loaded = value),
      (error: unknown) => {
        loading = undefined
        throw error
      },
    ))
  return { api, loaded: () => loaded }
}

/** The Picker API, loaded by its first call ("Add from Google Photos" is not part of the first screen). */
function lazyPickerApi(context: PickerContext): PickerApi {
  const { api } = loadOnFirstCall(() => import('./picker').then(({ createPickerApi }) => createPickerApi(context)))
  return {
    baseUrl: context.baseUrl.replace(/\/+$/, ''),
    hasMediaRelay: context.mediaRelayUrl !== undefined,
    createSession: async (...args) => (await api()).createSession(...args),
    getSession: async (...args) => (await api()).getSession(...args),
    deleteSession: async (...args) => (await api()).deleteSession(...args),
    listMediaItems: async (...args) => (await api()).listMediaItems(...args),
    waitForPicking: async (...args) => (await api()).waitForPicking(...args),
    download: async (...args) => (await api()).download(...args),
    thumbnail: async (...args) => (await api()).thumbnail(...args),
  }
}

/**
 * The uploads API, loaded by its first call, so upload code (the resumable protocol and its fallbacks) is not
 * part of the first screen. Only an upload can learn that the resumable protocol is unusable, so until one has
 * run `largeFileProtocol` is 'resumable'.
 */
function lazyUploadsApi(load: () => Promise<UploadsApi>): UploadsApi {
  const { api, loaded } = loadOnFirstCall(load)
  return {
    uploadBytes: async (...args) => (await api()).uploadBytes(...args),
    uploadFiles: async (...args) => (await api()).uploadFiles(...args),
    largeFileProtocol: () => loaded()?.largeFileProtocol() ?? 'resumable',
  }
}

export type PhotosClient = ReturnType<typeof createPhotosClient>
