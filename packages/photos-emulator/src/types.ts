// Public option and host-interface types of the emulator (what a host passes to createEmulator).
import type { ContentCategory } from './api-types.gen'

export type Profile = 'legacy' | '2025'

/** One item of the seed manifest (`src/seed/demo-library.json`, `src/seed/fixture-library.json`). */
export interface SeedItem {
  key: string
  file: string
  posterFile?: string
  mimeType: string
  filename: string
  width: number
  height: number
  bytes: number
  creationTime: string
  photo?: {
    cameraMake?: string
    cameraModel?: string
    focalLength?: number
    apertureFNumber?: number
    isoEquivalent?: number
    exposureTime?: string
  }
  video?: { cameraMake?: string; cameraModel?: string; fps?: number; durationMs?: number }
  categories: ContentCategory[]
  description?: string
  location?: { name: string; latitude: number; longitude: number }
  favorite?: boolean
  archived?: boolean
  author?: string
  license?: string
}

export interface SeedManifest {
  version: 1
  items: SeedItem[]
}

/** Reads the bytes of a seed file named in the manifest (`file` or `posterFile`). */
export interface SeedBytes {
  read(file: string): Promise<Uint8Array>
  /** Longest sides of ready-made upright thumbnails of every seed JPEG, smallest first (the app's build makes them). */
  thumbnailSizes?: readonly number[]
  /** A ready-made thumbnail, or undefined when this host has none (the full file is scaled instead). */
  readThumbnail?(file: string, longestSide: number): Promise<Uint8Array | undefined>
}

export interface ResizeRequest {
  width?: number
  height?: number
  /** true: crop to exactly width×height; false: fit inside the box, never upscaling. */
  crop: boolean
}

/** Resizes image bytes; always answers JPEG. */
export interface ImageResizer {
  resize(bytes: Uint8Array, request: ResizeRequest): Promise<Uint8Array>
  /** A flat placeholder picture (used as the poster of uploaded videos). */
  placeholder(width: number, height: number, rgb: [number, number, number]): Promise<Uint8Array>
}

/** One stored change. `value: null` is a tombstone. */
export interface ChangeRecord {
  kind: string
  id: string
  value: unknown
}

/**
 * Stores only what changed since the (deterministically regenerated) seed: records, tombstones and blobs.
 */
export interface Persistence {
  loadRecords(): Promise<ChangeRecord[]>
  putRecords(records: ChangeRecord[]): Promise<void>
  putBlob(id: string, bytes: Uint8Array): Promise<void>
  getBlob(id: string): Promise<Uint8Array | undefined>
  deleteBlob(id: string): Promise<void>
  /** Removes every record and blob. */
  clear(): Promise<void>
}

export type QuotaKind = 'minute' | 'daily'

/**
 * A fault to apply to one request (queued) — status faults answer before the request is handled. `match` is a
 * path substring, `method` an HTTP method (so `{kind: 'drop', match: '/v1/albums', method: 'POST'}` hits albums.create
 * and not the list).
 */
export type FaultSpec = (
  | { status: 429; quota?: QuotaKind; retryAfter?: number }
  | { status: 401 | 403 | 500 | 502 | 503 | 504; message?: string; retryAfter?: number }
  | { kind: 'drop'; afterBytes?: number }
  | { kind: 'latency'; ms: number }
) & { match?: string; method?: string }

/** A fault the emulator injected, as `GET /_emulator/faults` lists it (`injected`), oldest first. */
export interface InjectedFault {
  /** The HTTP status answered, or 'drop' for an answer cut after the request was handled. */
  kind: number | 'drop'
  method: string
  path: string
  /** Drawn by the random faults (false: taken from the queue). */
  random: boolean
}

/** Random faults for every request, from a seeded PRNG (deterministic for a given seed and request order). */
export interface FaultConfig {
  latencyMs?: number
  rate429?: number
  rate500?: number
  rate503?: number
  rateDrop?: number
  /** Which 429 message random faults use. Default 'minute'. */
  quota?: QuotaKind
  /** Seconds in the Retry-After of random per-minute 429s (default 30), so a test need not wait half a minute. */
  retryAfter?: number
  seed?: number
  /** Also inject random faults into media byte requests (default false: API and uploads only). */
  media?: boolean
}

export interface EmulatorConfig {
  profile: Profile
  faults: FaultConfig
  /** Emulator-clock milliseconds an uploaded video stays PROCESSING. */
  videoProcessingMs: number
  largeLibraryItems: number
  /**
   * `all`: CORS exposes the X-Goog-Upload-* headers. `none`: it exposes none of them, as Google may (a page then
   * cannot read a resumable session's URL). A run-time switch, not persisted, like faults.
   */
  corsExpose: CorsExpose
  /**
   * Fault switch: every persistence write throws QuotaExceededError, as a browser whose storage is full does.
   * Not persisted, like faults.
   */
  storageFull: boolean
  /**
   * Users who have no Google Photos account: the Picker's sessions.create answers them FAILED_PRECONDITION, as
   * Google does. A run-time switch, not persisted, like faults.
   */
  usersWithoutPhotos: string[]
}

export type CorsExpose = 'all' | 'none'

export interface EmulatorOptions {
  basePath?: string
  profile?: Profile
  corsExpose?: CorsExpose
  /** The seed manifest, or a loader (called lazily on the first request). Default: seed/demo-library.json. */
  manifest?: SeedManifest | (() => Promise<SeedManifest>)
  persistence?: Persistence
  seedBytes: SeedBytes
  imageResizer: ImageResizer
  clock?: () => number
  faults?: FaultConfig
  largeLibrary?: { items: number }
  videoProcessingMs?: number
}

export interface SequenceEntry {
  kind: 'mediaItem' | 'enrichment'
  id: string
  addedBy: string
  enrichment?: unknown
}

export interface EmulatorUser {
  id: string
  displayName: string
  /** Share tokens of albums this user owns and shared. */
  sharedAlbums: { albumId: string; title: string; shareToken: string }[]
}

export interface EmulatorControl {
  /** Loads the seed and the persisted changes (also done lazily by the first request). */
  ready(): Promise<void>
  getConfig(): EmulatorConfig
  setConfig(patch: Partial<EmulatorConfig>): Promise<EmulatorConfig>
  setProfile(profile: Profile): Promise<void>
  setFaults(faults: FaultConfig): void
  enqueueFaults(faults: FaultSpec[]): void
  clearFaults(): void
  /** Clears persistence and re-seeds. */
  reset(): Promise<void>
  setLargeLibrary(items: number): Promise<void>
  albumSequence(albumId: string): Promise<SequenceEntry[] | undefined>
  /** Adds `count` (at most 20 000) empty app-created albums titled "<title> 1…N" for `user`; answers how many. */
  createAlbums(spec: { user: string; count: number; title: string }): Promise<number>
  users(): Promise<EmulatorUser[]>
  /** Moves the emulator clock forward (on top of the injected clock). */
  advanceClock(ms: number): void
  now(): number
}
