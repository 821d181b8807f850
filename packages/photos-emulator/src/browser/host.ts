// Service-worker host: the emulator on IndexedDB + OffscreenCanvas, seed bytes fetched from the app's own
// static demo library. src/sw.ts calls createBrowserEmulator() once and routes `${basePath}/…` requests to it.
import { createEmulator, type Emulator } from '../index'
import type { FaultConfig, Profile, SeedManifest } from '../types'
import { createCanvasResizer } from './canvas-resizer'
import { createIdbPersistence } from './idb-persistence'

export interface BrowserEmulatorOptions {
  /** Default '/__emulator'. */
  basePath?: string
  /** The seed manifest, or a loader. Default: the demo library manifest. */
  manifest?: SeedManifest | (() => Promise<SeedManifest>)
  /** URL prefix of the seed files, e.g. `${import.meta.env.BASE_URL}demo-library/`. */
  seedUrl: string
  profile?: Profile
  faults?: FaultConfig
  dbName?: string
  /** Ready-made thumbnails beside the seed files: their longest sides, and each one's path relative to `seedUrl`. */
  thumbnails?: { sizes: readonly number[]; path(file: string, longestSide: number): string }
  /** The fetch to load seed files with (default: the global fetch). */
  fetchSeed?: (url: string) => Promise<Response>
}

export function createBrowserEmulator(o: BrowserEmulatorOptions): Emulator {
  const get = o.fetchSeed ?? ((url: string) => fetch(url))
  return createEmulator({
    basePath: o.basePath ?? '/__emulator',
    manifest: o.manifest,
    profile: o.profile,
    faults: o.faults,
    persistence: createIdbPersistence(o.dbName),
    imageResizer: createCanvasResizer(),
    seedBytes: {
      async read(file) {
        const res = await get(`${o.seedUrl}${encodeURIComponent(file)}`)
        if (!res.ok) throw new Error(`seed file ${file}: HTTP ${res.status}`)
        return new Uint8Array(await res.arrayBuffer())
      },
      thumbnailSizes: o.thumbnails?.sizes,
      async readThumbnail(file, size) {
        if (!o.thumbnails) return undefined
        // A missing thumbnail (`npm run dev` serves none; only builds make them) means the full photo is scaled.
        const res = await get(`${o.seedUrl}${o.thumbnails.path(file, size)}`).catch(() => undefined)
        return res?.ok ? new Uint8Array(await res.arrayBuffer()) : undefined
      },
    },
  })
}
