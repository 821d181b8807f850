// Counts this browser's requests per UTC day and estimates what a bulk action will cost before it starts.
// Google's quotas are per project (10 000 API requests, 75 000 media-byte requests a day); this meter only sees
// this browser, so it is a lower bound for the UI to show, not an enforcement.

export const DAILY_API_REQUEST_LIMIT = 10_000
export const DAILY_MEDIA_BYTE_REQUEST_LIMIT = 75_000

/** API requests (every call and every upload request) vs media-byte requests (baseUrl fetches for images and videos). */
type QuotaBucket = 'api' | 'media'

export interface QuotaUsage {
  /** UTC day, `YYYY-MM-DD`. */
  day: string
  api: number
  media: number
}

/** The subset of the Web Storage API the meter needs (localStorage by default). */
export interface QuotaStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

export interface QuotaMeter {
  record(bucket: QuotaBucket, count?: number): void
  usage(): QuotaUsage
  /** Requests left today by this browser's count (never below 0). */
  remaining(): { api: number; media: number }
  subscribe(listener: (usage: QuotaUsage) => void): () => void
}

export interface QuotaMeterOptions {
  storage?: QuotaStorage | null
  now?: () => number
  key?: string
}

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

function memoryStorage(): QuotaStorage {
  const map = new Map<string, string>()
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) }
}

function defaultStorage(): QuotaStorage {
  try {
    const ls = globalThis.localStorage
    if (ls) return ls
  } catch {
    // Storage disabled (privacy mode, sandboxed iframe): count in memory.
  }
  return memoryStorage()
}

export function createQuotaMeter(options: QuotaMeterOptions = {}): QuotaMeter {
  const storage = options.storage ?? defaultStorage()
  const now = options.now ?? Date.now
  const key = options.key ?? 'shoebox.quota.v1'
  const listeners = new Set<(usage: QuotaUsage) => void>()

  const read = (): QuotaUsage => {
    const day = utcDay(now())
    try {
      const raw = storage.getItem(key)
      if (raw) {
        const parsed = JSON.parse(raw) as Partial<QuotaUsage>
        if (parsed.day === day) return { day, api: Number(parsed.api) || 0, media: Number(parsed.media) || 0 }
      }
    } catch {
      // A corrupt entry starts the day over.
    }
    return { day, api: 0, media: 0 }
  }

  return {
    record(bucket, count = 1) {
      const usage = read()
      usage[bucket] += count
      try {
        storage.setItem(key, JSON.stringify(usage))
      } catch {
        // Quota of the storage itself exceeded: the meter is advisory, keep going.
      }
      for (const l of listeners) l(usage)
    },
    usage: read,
    remaining() {
      const u = read()
      return { api: Math.max(0, DAILY_API_REQUEST_LIMIT - u.api), media: Math.max(0, DAILY_MEDIA_BYTE_REQUEST_LIMIT - u.media) }
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}

export const BATCH_LIMIT = 50
export const ALBUM_PAGE_SIZE = 50
export const MEDIA_PAGE_SIZE = 100

export type RequestEstimate =
  | { kind: 'batchAdd' | 'batchRemove' | 'batchGet'; count: number }
  | { kind: 'batchCreate'; count: number }
  /** Walking a whole list: `count` items known or expected. */
  | { kind: 'listAlbums' | 'listSharedAlbums'; count: number }
  | { kind: 'listMediaItems' | 'search'; count: number }
  /** One request per item (patch, get …). */
  | { kind: 'perItem'; count: number }
  /** Uploading files of these sizes, then creating them. */
  | { kind: 'upload'; sizes: readonly number[]; resumableThresholdBytes?: number; chunkBytes?: number }

export const DEFAULT_RESUMABLE_THRESHOLD = 8 * 1024 * 1024
export const DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024

const pages = (count: number, size: number) => Math.max(1, Math.ceil(count / size))

/** How many API requests an action costs when nothing fails (retries come on top). */
export function estimateRequests(action: RequestEstimate): number {
  switch (action.kind) {
    case 'batchAdd':
    case 'batchRemove':
    case 'batchGet':
    case 'batchCreate':
      return action.count <= 0 ? 0 : Math.ceil(action.count / BATCH_LIMIT)
    case 'listAlbums':
    case 'listSharedAlbums':
      return pages(action.count, ALBUM_PAGE_SIZE)
    case 'listMediaItems':
    case 'search':
      return pages(action.count, MEDIA_PAGE_SIZE)
    case 'perItem':
      return Math.max(0, action.count)
    case 'upload': {
      const threshold = action.resumableThresholdBytes ?? DEFAULT_RESUMABLE_THRESHOLD
      const chunk = action.chunkBytes ?? DEFAULT_CHUNK_BYTES
      let bytes = 0
      for (const size of action.sizes) bytes += size < threshold ? 1 : 1 + Math.max(1, Math.ceil(size / chunk))
      return bytes + (action.sizes.length === 0 ? 0 : Math.ceil(action.sizes.length / BATCH_LIMIT))
    }
  }
}

/**
 * When an action is worth a question before it starts. An action under `QUOTA_ASK_MIN_REQUESTS` never asks (that is
 * 0.1 % of the day's allowance; asking for less would be noise). A larger one asks when it would spend at least
 * `QUOTA_ASK_SHARE_OF_DAY` of the whole daily allowance (1 000 requests: e.g. uploading about a thousand files), or
 * at least `QUOTA_ASK_SHARE_OF_REMAINING` of what this browser has left today (so late in a busy day a smaller
 * batch asks too), or more than is left.
 */
const QUOTA_ASK_MIN_REQUESTS = 10
const QUOTA_ASK_SHARE_OF_DAY = 0.1
const QUOTA_ASK_SHARE_OF_REMAINING = 0.5

export interface QuotaWarning {
  /** API requests the action is expected to make. */
  estimate: number
  /** API requests left today by this browser's count. */
  remaining: number
  /** The action needs more than is left: it will stop partway unless the allowance renews first. */
  exceeds: boolean
}

/** The question to ask before an action of `estimate` requests with `remaining` left today, or undefined. */
export function quotaWarningFor(estimate: number, remaining: number, dailyLimit = DAILY_API_REQUEST_LIMIT): QuotaWarning | undefined {
  if (estimate < QUOTA_ASK_MIN_REQUESTS) return undefined
  const large = estimate >= QUOTA_ASK_SHARE_OF_DAY * dailyLimit || estimate >= QUOTA_ASK_SHARE_OF_REMAINING * remaining
  return large ? { estimate, remaining, exceeds: estimate > remaining } : undefined
}
