// Entry point: createEmulator(options) → { fetch, control }. One Request → Response handler hosted by the
// service worker (demo mode), by Node (npm run emulator) and in-process under Vitest (see testing.ts).
import { buildApp } from './app'
import { createManyAlbums } from './api'
import type { Core } from './context'
import { isQuotaExceeded, storageFull } from './errors'
import { Faults } from './faults'
import { MemoryPersistence } from './persistence'
import { SEED_USERS, buildSeed } from './seed'
import { defaultManifest } from './seed/default-manifest'
import type { Store } from './state'
import type { EmulatorConfig, EmulatorControl, EmulatorOptions, EmulatorUser, Profile, SeedManifest } from './types'
import { displayNameOf } from './util'

export type * from './types'
export { MemoryPersistence } from './persistence'

export interface Emulator {
  fetch(request: Request): Promise<Response>
  control: EmulatorControl
}

const CONFIG_KIND = 'config'
/** The most albums one `createAlbums` control call makes: as many as a server could answer for one user in the test. */
const MAX_GENERATED_ALBUMS = 20_000

export function createEmulator(options: EmulatorOptions): Emulator {
  const opts: EmulatorOptions = { ...options, persistence: options.persistence ?? new MemoryPersistence() }
  const stored = opts.persistence as NonNullable<EmulatorOptions['persistence']>
  const clock = opts.clock ?? (() => Date.now())
  let offset = 0
  const config: EmulatorConfig = {
    profile: opts.profile ?? 'legacy',
    faults: { ...(opts.faults ?? {}) },
    videoProcessingMs: opts.videoProcessingMs ?? 5000,
    largeLibraryItems: opts.largeLibrary?.items ?? 0,
    corsExpose: opts.corsExpose ?? 'all',
    storageFull: false,
    usersWithoutPhotos: [],
  }
  const faults = new Faults(config.faults)
  let manifest: SeedManifest | undefined
  let store: Store | undefined
  let loading: Promise<void> | undefined
  // Serializes state changes so concurrent requests never interleave a flush with a rebuild.
  let queue: Promise<unknown> = Promise.resolve()

  /**
   * Storage that refuses a write leaves the request's in-memory changes unsaved: they are dropped (the next
   * request rebuilds from what was stored, which is exactly the state before the request) and the request is
   * answered with the emulator's storage-full error, so nothing is half-written.
   */
  const refuseWhenFull = async (write: () => Promise<void>): Promise<void> => {
    try {
      if (config.storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      await write()
    } catch (e) {
      if (!isQuotaExceeded(e)) throw e
      store = undefined
      loading = undefined
      throw storageFull()
    }
  }
  const persistence: NonNullable<EmulatorOptions['persistence']> = {
    loadRecords: () => stored.loadRecords(),
    putRecords: (records) => refuseWhenFull(() => stored.putRecords(records)),
    putBlob: (id, bytes) => refuseWhenFull(() => stored.putBlob(id, bytes)),
    getBlob: (id) => stored.getBlob(id),
    deleteBlob: (id) => stored.deleteBlob(id),
    clear: () => stored.clear(),
  }
  opts.persistence = persistence

  const core: Core = {
    opts,
    basePath: (opts.basePath ?? '').replace(/\/+$/, ''),
    config,
    get store(): Store {
      if (!store) throw new Error('emulator not loaded')
      return store
    },
    now: () => clock() + offset,
    secret: () => `shoebox-emulator:${store?.meta.epoch ?? 0}`,
  }

  async function rebuild(fresh: boolean): Promise<void> {
    const source = opts.manifest ?? defaultManifest
    manifest ??= typeof source === 'function' ? await source() : source
    const records = fresh ? [] : await persistence.loadRecords()
    const saved = records.find((r) => r.kind === CONFIG_KIND)
    if (saved && saved.value && typeof saved.value === 'object') {
      const v = saved.value as Partial<EmulatorConfig>
      if (v.profile) config.profile = v.profile
      if (typeof v.videoProcessingMs === 'number') config.videoProcessingMs = v.videoProcessingMs
      if (typeof v.largeLibraryItems === 'number') config.largeLibraryItems = v.largeLibraryItems
    }
    const s = buildSeed(manifest, config.largeLibraryItems)
    s.apply(records.filter((r) => r.kind !== CONFIG_KIND))
    if (!records.some((r) => r.kind === 'meta')) {
      s.meta = { epoch: core.now(), counter: 0 }
      s.touch('meta', 'meta')
    }
    store = s
    await flush()
  }

  function ensureLoaded(): Promise<void> {
    loading ??= rebuild(false).catch((e: unknown) => {
      loading = undefined
      throw e
    })
    return loading
  }

  async function flush(): Promise<void> {
    if (!store) return
    const changes = store.takeChanges()
    if (changes.length) await persistence.putRecords(changes)
  }

  async function saveConfig(): Promise<void> {
    const { profile, videoProcessingMs, largeLibraryItems } = config
    // Straight to storage: the control's own settings are not the user's data, and the storage-full switch must not refuse itself.
    await stored.putRecords([{ kind: CONFIG_KIND, id: CONFIG_KIND, value: { profile, videoProcessingMs, largeLibraryItems } }])
  }

  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn)
    queue = run.catch(() => undefined)
    return run
  }

  const control: EmulatorControl = {
    ready: ensureLoaded,
    getConfig: () => structuredClone({ ...config, faults: faults.config }),
    async setConfig(patch) {
      await ensureLoaded()
      if (patch.profile) await control.setProfile(patch.profile)
      if (patch.faults) control.setFaults(patch.faults)
      if (typeof patch.videoProcessingMs === 'number') config.videoProcessingMs = patch.videoProcessingMs
      if (patch.corsExpose === 'all' || patch.corsExpose === 'none') config.corsExpose = patch.corsExpose
      if (typeof patch.storageFull === 'boolean') config.storageFull = patch.storageFull
      if (Array.isArray(patch.usersWithoutPhotos)) config.usersWithoutPhotos = patch.usersWithoutPhotos.filter((u): u is string => typeof u === 'string')
      if (typeof patch.largeLibraryItems === 'number' && patch.largeLibraryItems !== config.largeLibraryItems)
        await control.setLargeLibrary(patch.largeLibraryItems)
      await saveConfig()
      return control.getConfig()
    },
    async setProfile(profile: Profile) {
      if (profile !== 'legacy' && profile !== '2025') throw new Error(`unknown profile ${String(profile)}`)
      config.profile = profile
      await saveConfig()
    },
    setFaults(f) {
      faults.set(f)
      config.faults = { ...f }
    },
    enqueueFaults: (list) => faults.enqueue(list),
    clearFaults() {
      faults.clear()
      config.faults = {}
    },
    reset: () =>
      serial(async () => {
        await persistence.clear()
        await saveConfig()
        loading = rebuild(true)
        await loading
      }),
    setLargeLibrary: (items) =>
      serial(async () => {
        await ensureLoaded()
        config.largeLibraryItems = items
        await saveConfig()
        loading = rebuild(false)
        await loading
      }),
    createAlbums: ({ user, count, title }) =>
      serial(async () => {
        await ensureLoaded()
        const made = createManyAlbums(core, user, Math.min(MAX_GENERATED_ALBUMS, Math.max(0, Math.floor(count))), title)
        await flush()
        return made
      }),
    async albumSequence(id) {
      await ensureLoaded()
      const a = core.store.albums.get(id)
      return a ? structuredClone(a.entries) : undefined
    },
    async users(): Promise<EmulatorUser[]> {
      await ensureLoaded()
      const names = new Set<string>(SEED_USERS)
      for (const a of core.store.albums.values()) {
        names.add(a.owner)
        for (const m of a.share?.members ?? []) names.add(m)
      }
      for (const u of core.store.uploads.values()) names.add(u.user)
      return [...names].map((id) => ({
        id,
        displayName: displayNameOf(id),
        sharedAlbums: [...core.store.albums.values()]
          .filter((a) => a.owner === id && a.share)
          .map((a) => ({ albumId: a.id, title: a.title, shareToken: a.share?.token ?? '' })),
      }))
    },
    advanceClock(ms) {
      offset += ms
    },
    now: () => core.now(),
  }

  const isControl = (request: Request): boolean => new URL(request.url).pathname.startsWith(`${core.basePath}/_emulator/`)
  const app = buildApp({ core, faults, control, ensureLoaded, flush })

  return {
    // Reads run concurrently (image resizing must not queue behind each other); writes are serialized.
    // Control routes serialize themselves (reset, large-library).
    fetch: (request) =>
      request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS' || isControl(request)
        ? Promise.resolve(app.fetch(request))
        : serial(async () => app.fetch(request)),
    control,
  }
}
