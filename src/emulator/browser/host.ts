// Service-worker host: the emulator on IndexedDB + OffscreenCanvas, seed bytes fetched from the app's own
// static demo library. src/sw.ts calls createBrowserEmulator() once and routes `${basePath}/…` requests to it.
import { createEmulator, type Emulator } from '../index'
import type { FaultConfig, Profile, SeedManifest } from '../types'
import { createCanvasResizer } from './canvas-resizer'
import { createIdbPersistence } from './idb-persistence'
import { DEMO_THUMBNAIL_SIZES, demoThumbnailPath } from '../seed/thumbnail-sizes'

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
      thumbnailSizes: DEMO_THUMBNAIL_SIZES,
      async readThumbnail(file, size) {
        // `npm run dev` serves no thumbnails (only builds make them): the full photo is scaled then.
        const res = await get(`${o.seedUrl}${demoThumbnailPath(file, size)}`).catch(() => undefined)
        return res?.ok ? new Uint8Array(await res.arrayBuffer()) : undefined
      },
    },
  })
}
