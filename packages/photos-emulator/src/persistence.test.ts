// IndexedDB in Node, as in the service worker.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { Album, MediaItem } from './api-types.gen'
import { createIdbPersistence } from './browser/idb-persistence'
import { client } from './test-support/helpers'
import { jpeg, sizeOf } from './test-support/images'
import { createTestEmulator } from './testing'
import { MemoryPersistence } from './persistence'
import type { Persistence } from './types'

describe('IndexedDB persistence', () => {
  it('survives a restart (new emulator, same database): albums, items, bytes, sharing, config', async () => {
    const db = `emu-${Math.random()}`
    const first = createTestEmulator({ seed: 'fixture', persistence: createIdbPersistence(db), largeLibrary: { items: 500 } })
    const demo = client(first, 'demo')
    const album = (await demo.post<Album>('/v1/albums', { album: { title: 'Kept' } })).body
    const id = await demo.create(await jpeg(300, 200), { albumId: album.id, description: 'persisted' })
    await demo.patch(`/v1/albums/${album.id}?updateMask=title`, { title: 'Kept!' })
    const token = (await first.control.users()).find((u) => u.id === 'alice')?.sharedAlbums[0].shareToken
    await demo.post('/v1/sharedAlbums:join', { shareToken: token })
    await first.control.setProfile('legacy')
    const listBefore = (await demo.get<{ mediaItems: MediaItem[] }>('/v1/mediaItems?pageSize=100')).body.mediaItems.map((m) => m.id)

    const second = createTestEmulator({ seed: 'fixture', persistence: createIdbPersistence(db), largeLibrary: { items: 500 } })
    const again = client(second, 'demo')
    const a = (await again.get<Album>(`/v1/albums/${album.id}`)).body
    expect(a).toMatchObject({ title: 'Kept!', mediaItemsCount: '1' })
    const item = (await again.get<MediaItem>(`/v1/mediaItems/${id}`)).body
    expect(item.description).toBe('persisted')
    const img = await second.fetch(`${item.baseUrl}=w150`)
    expect(await sizeOf(await img.arrayBuffer())).toMatchObject({ width: 150, height: 100 })
    expect((await again.get<{ mediaItems: MediaItem[] }>('/v1/mediaItems?pageSize=100')).body.mediaItems.map((m) => m.id)).toEqual(listBefore)
    const shared = (await again.get<{ sharedAlbums: Album[] }>('/v1/sharedAlbums')).body.sharedAlbums
    expect(shared.some((s) => s.title === 'Garden party')).toBe(true)
    // new ids after restart do not collide with old ones
    const other = await again.create(await jpeg(10, 10))
    expect(other).not.toBe(id)

    // reset = clear + re-seed
    await second.control.reset()
    expect((await again.get(`/v1/albums/${album.id}`)).status).toBe(404)
    const third = createTestEmulator({ seed: 'fixture', persistence: createIdbPersistence(db) })
    expect((await client(third, 'demo').get(`/v1/albums/${album.id}`)).status).toBe(404)
  })

  it('stores only changes: a 10 000-item library writes nothing but meta/config', async () => {
    const writes: number[] = []
    const base = createIdbPersistence(`emu-${Math.random()}`)
    const persistence = { ...base, putRecords: async (r: Parameters<typeof base.putRecords>[0]) => { writes.push(r.length); await base.putRecords(r) } }
    const emu = createTestEmulator({ seed: 'fixture', persistence, largeLibrary: { items: 10_000 } })
    await emu.control.ready()
    expect(writes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2)
    expect((await base.loadRecords()).length).toBeLessThanOrEqual(2)
  })
})

describe('storage full', () => {
  /** Memory storage that starts refusing writes (as a full browser quota does) once `full` is set. */
  function fillableStorage() {
    const inner = new MemoryPersistence()
    const state = { full: false }
    const refuse = () => {
      if (state.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    const persistence: Persistence = {
      loadRecords: () => inner.loadRecords(),
      putRecords: async (r) => (refuse(), inner.putRecords(r)),
      putBlob: async (id, b) => (refuse(), inner.putBlob(id, b)),
      getBlob: (id) => inner.getBlob(id),
      deleteBlob: (id) => inner.deleteBlob(id),
      clear: () => inner.clear(),
    }
    return { persistence, state }
  }

  const storageFullBody = {
    error: {
      code: 507,
      status: 'RESOURCE_EXHAUSTED',
      details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'EMULATOR_STORAGE_FULL', domain: 'shoebox-emulator' }],
    },
  }

  it('a write the storage refuses is refused whole (507 with the emulator reason) and leaves no trace', async () => {
    const { persistence, state } = fillableStorage()
    const emu = createTestEmulator({ seed: 'fixture', persistence })
    const demo = client(emu, 'demo')
    const album = (await demo.post<Album>('/v1/albums', { album: { title: 'Before' } })).body
    state.full = true
    const refused = await demo.post('/v1/albums', { album: { title: 'Too much' } })
    expect(refused.status).toBe(507)
    expect(refused.body).toMatchObject(storageFullBody)
    const rename = await demo.patch(`/v1/albums/${album.id}?updateMask=title`, { title: 'Renamed' })
    expect(rename.status).toBe(507)
    await expect(demo.upload(await jpeg(40, 30))).rejects.toThrow(/upload failed 507 .*EMULATOR_STORAGE_FULL/s)
    // Reads still work and show the state before the refused writes.
    const titles = (await demo.get<{ albums: Album[] }>('/v1/albums?pageSize=50')).body.albums.map((a) => a.title)
    expect(titles).toContain('Before')
    expect(titles).not.toContain('Too much')
    expect(titles).not.toContain('Renamed')
    // Space freed: the same write goes through.
    state.full = false
    expect((await demo.post('/v1/albums', { album: { title: 'Too much' } })).status).toBe(200)
  })

  it('the storageFull switch of the control config makes every write refuse, and is not persisted', async () => {
    const emu = createTestEmulator({ seed: 'fixture' })
    const demo = client(emu, 'demo')
    const set = await emu.fetch('/_emulator/config', { method: 'POST', body: JSON.stringify({ storageFull: true }) })
    expect(await set.json()).toMatchObject({ storageFull: true })
    const refused = await demo.post('/v1/albums', { album: { title: 'No room' } })
    expect(refused.body).toMatchObject(storageFullBody)
    expect((await demo.get<{ albums: Album[] }>('/v1/albums?pageSize=50')).body.albums.map((a) => a.title)).not.toContain('No room')
    await emu.control.setConfig({ storageFull: false })
    expect((await demo.post('/v1/albums', { album: { title: 'No room' } })).status).toBe(200)
  })
})
