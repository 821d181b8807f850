// The Google Photos Picker API v1 (photospicker.googleapis.com): sessions, waiting for the user to pick (polling by
// the session's pollingConfig, woken when the tab comes back, bounded by timeoutIn, cancellable), the picked items,
// and their bytes, which need the bearer token and so go through the one request core, never an <img src>.
import type { CallOptions } from './context'
import { AbortedError, isNetworkError } from './errors'
import { seg, type HttpCore } from './http'
import { bytesReady, isVideo, parseDuration, PickerError, type PickedMediaItem, type PickingSession } from './picked-items'

/** Where waiting gets its time from (injected by tests). */
interface PollClock {
  now(): number
  /** Resolves after `ms`, or early when `wake` fires; rejects when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal | undefined, wake: AbortSignal): Promise<void>
}

const realClock: PollClock = {
  now: () => Date.now(),
  sleep: (ms, signal, wake) =>
    new Promise<void>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer)
        signal?.removeEventListener('abort', abort)
        wake.removeEventListener('abort', done)
        resolve()
      }
      const abort = () => {
        clearTimeout(timer)
        wake.removeEventListener('abort', done)
        reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'))
      }
      const timer = setTimeout(done, ms)
      if (signal?.aborted) return abort()
      signal?.addEventListener('abort', abort, { once: true })
      wake.addEventListener('abort', done, { once: true })
    }),
}

/** The page's visibility; a hidden tab's timers are throttled, so polling checks again as soon as it is shown. */
export interface VisibilitySource {
  onVisible(listener: () => void): () => void
}

const documentVisibility: VisibilitySource | undefined =
  typeof document === 'undefined'
    ? undefined
    : {
        onVisible(listener) {
          const handler = () => {
            if (document.visibilityState === 'visible') listener()
          }
          document.addEventListener('visibilitychange', handler)
          return () => document.removeEventListener('visibilitychange', handler)
        },
      }

export interface WaitOptions extends CallOptions {
  clock?: PollClock
  visibility?: VisibilitySource
  /** True once the picker window was closed; one last poll then ends with PickerError 'closed'. */
  isWindowClosed?: () => boolean
  /** Used when the session has no pollInterval (Google always sends one). */
  defaultIntervalMs?: number
}

export interface PickerContext {
  http: HttpCore
  /** The Picker API root, e.g. `https://photospicker.googleapis.com` or `${origin}/__emulator/picker`. */
  baseUrl: string
  /**
   * The deployment's upload relay (its root, e.g. `https://relay.example.org`), if it has one: a picked item's
   * bytes the browser may not fetch from Google directly (CORS) are fetched through its `/media/{host}/{path}`.
   */
  mediaRelayUrl?: string
}

const PAGE_SIZE = 100

export function createPickerApi({ http, baseUrl, mediaRelayUrl }: PickerContext) {
  const root = baseUrl.replace(/\/+$/, '')
  const relay = mediaRelayUrl?.replace(/\/+$/, '')

  const api = {
    baseUrl: root,
    /** Whether refused byte downloads are tried again through the deployment's relay. */
    hasMediaRelay: relay !== undefined,

    /** sessions.create; `maxItemCount` up to 2000 (Google's default). */
    createSession: (options: { maxItemCount?: number } & CallOptions = {}) =>
      http.json<PickingSession>({
        operation: 'picker.sessions.create',
        method: 'POST',
        url: `${root}/v1/sessions`,
        json: options.maxItemCount ? { pickingConfig: { maxItemCount: String(options.maxItemCount) } } : {},
        mode: 'write',
        quota: 'none',
        signal: options.signal,
      }),

    getSession: (id: string, options: CallOptions = {}) =>
      http.json<PickingSession>({
        operation: 'picker.sessions.get',
        method: 'GET',
        url: `${root}/v1/sessions/${seg(id)}`,
        mode: 'safe',
        quota: 'none',
        signal: options.signal,
      }),

    deleteSession: async (id: string, options: CallOptions = {}): Promise<void> => {
      await http.send({ operation: 'picker.sessions.delete', method: 'DELETE', url: `${root}/v1/sessions/${seg(id)}`, mode: 'safe', quota: 'none', signal: options.signal })
    },

    /** Every picked item, all pages, in the order picked. */
    listMediaItems: async (sessionId: string, options: CallOptions = {}): Promise<PickedMediaItem[]> => {
      const out: PickedMediaItem[] = []
      let pageToken: string | undefined
      do {
        const page = await http.json<{ mediaItems?: PickedMediaItem[]; nextPageToken?: string }>({
          operation: 'picker.mediaItems.list',
          method: 'GET',
          url: `${root}/v1/mediaItems`,
          query: { sessionId, pageSize: PAGE_SIZE, pageToken },
          mode: 'safe',
          quota: 'none',
          signal: options.signal,
        })
        out.push(...(page.mediaItems ?? []))
        pageToken = page.nextPageToken || undefined
      } while (pageToken)
      return out
    },

    /**
     * Polls sessions.get until the user pressed Done, at the session's pollInterval, until its timeoutIn runs out
     * (PickerError 'timeout'), the window is closed without picking (PickerError 'closed') or `signal` aborts.
     */
    waitForPicking: async (session: PickingSession, options: WaitOptions = {}): Promise<PickingSession> => {
      const clock = options.clock ?? realClock
      const visibility = options.visibility ?? documentVisibility
      let current = session
      let deadline = deadlineOf(current, clock.now())
      let wake = new AbortController()
      const stopListening = visibility?.onVisible(() => wake.abort()) ?? (() => undefined)
      try {
        for (;;) {
          if (current.mediaItemsSet) return current
          const left = deadline - clock.now()
          if (left <= 0) throw new PickerError('timeout', 'The picking session timed out')
          const closedBefore = options.isWindowClosed?.() ?? false
          const interval = parseDuration(current.pollingConfig?.pollInterval) || options.defaultIntervalMs || 5000
          if (!closedBefore) {
            try {
              await clock.sleep(Math.min(interval, left), options.signal, wake.signal)
            } catch (e) {
              throw new AbortedError('picker.waitForPicking', options.signal?.reason ?? e)
            }
            if (wake.signal.aborted) wake = new AbortController()
          }
          const closed = closedBefore || (options.isWindowClosed?.() ?? false)
          // One more look even at the deadline or after the window closed: the user may have pressed Done just then.
          current = await api.getSession(current.id, { signal: options.signal })
          if (current.mediaItemsSet) return current
          if (closed) throw new PickerError('closed', 'The picker window was closed without picking')
          // The session only ever counts down: a later answer never moves the deadline out.
          deadline = Math.min(deadline, deadlineOf(current, clock.now()))
        }
      } finally {
        stopListening()
      }
    },

    /** A picked item's bytes: `=d` for photos, `=dv` for videos (only once READY). With the bearer token. */
    download: async (item: PickedMediaItem, options: CallOptions = {}): Promise<Blob> => {
      const baseUrl = item.mediaFile?.baseUrl
      if (!baseUrl) throw new PickerError('no-bytes', 'The picked item has no baseUrl')
      if (!bytesReady(item)) throw new PickerError('not-ready', 'The video is still being processed by Google Photos')
      return fetchBytes(`${baseUrl}=${isVideo(item) ? 'dv' : 'd'}`, 'picker.download', options)
    },

    /** A square thumbnail of `size` pixels (a video's poster frame), for the import sheet's blob URLs. */
    thumbnail: async (item: PickedMediaItem, size: number, options: CallOptions = {}): Promise<Blob> => {
      const baseUrl = item.mediaFile?.baseUrl
      if (!baseUrl) throw new PickerError('no-bytes', 'The picked item has no baseUrl')
      return fetchBytes(`${baseUrl}=w${size}-h${size}-c`, 'picker.thumbnail', options)
    },
  }

  // Set once a direct download got no answer at all and the relay then answered: the browser refuses them (CORS),
  // so later downloads go straight to the relay instead of each trying first.
  let directRefused = false

  /** The bytes with the bearer token; a download that got no answer (the browser refused it) goes via the relay. */
  async function fetchBytes(url: string, operation: string, options: CallOptions): Promise<Blob> {
    const get = async (target: string, networkFailureIsFinal: boolean) => {
      const result = await http.send({ operation, method: 'GET', url: target, mode: 'safe', quota: 'none', read: 'blob', networkFailureIsFinal, signal: options.signal })
      return result.blob ?? new Blob([])
    }
    const viaRelay = () => {
      const direct = new URL(url)
      return get(`${relay}/media/${direct.host}${direct.pathname}`, false)
    }
    if (relay && directRefused) return viaRelay()
    try {
      // With a relay to fall back on, a refusal is final at once: retrying cannot make the browser allow it.
      return await get(url, Boolean(relay))
    } catch (error) {
      if (!relay || !isNetworkError(error)) throw error
      const blob = await viaRelay()
      // Not for an answer cut mid-body (never a refusal), nor before the relay has answered (a machine offline).
      if (error.phase === 'request') directRefused = true
      return blob
    }
  }

  return api
}

/** When polling gives up: now + the session's timeoutIn (absent: its expireTime; neither: never). */
function deadlineOf(session: PickingSession, now: number): number {
  const timeout = parseDuration(session.pollingConfig?.timeoutIn)
  if (timeout !== undefined) return now + timeout
  const expire = session.expireTime ? Date.parse(session.expireTime) : NaN
  return Number.isFinite(expire) ? expire : Number.POSITIVE_INFINITY
}

export type PickerApi = ReturnType<typeof createPickerApi>
