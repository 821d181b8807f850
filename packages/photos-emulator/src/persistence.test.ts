// IndexedDB in Node, as in the service worker.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { Album, MediaItem } from './api-types.gen'
import { createIdbPersistence } from './browser/idb-persistence'
import { client } from './test-support/helpers'
import { jpeg, sizeOf } from './test-support/images'
import { createTestEmulator } from './testing'

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
