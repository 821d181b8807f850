// The real demo library (src/emulator/seed/demo-library.json + public/demo-library/) seeds and serves.
// Runs in the default (jsdom) environment on purpose: API-client tests use the test emulator from there too.
import { describe, expect, it } from 'vitest'
import type { Album, MediaItem } from '../api/types.gen'
import manifest from './seed/demo-library.json'
import { client } from './test-support/helpers'
import { createTestEmulator } from './testing'

describe('demo seed', () => {
  it('builds albums for demo, shares one, and serves photos and video posters', async () => {
    const emu = createTestEmulator({ seed: 'demo' })
    const demo = client(emu, 'demo')
    const albums = (await demo.get<{ albums: Album[] }>('/v1/albums?pageSize=50')).body.albums
    expect(albums.length).toBeGreaterThanOrEqual(4)
    expect(albums.filter((a) => a.shareInfo?.isOwned)).toHaveLength(1)
    const users = await emu.control.users()
    expect(users.find((u) => u.id === 'alice')?.sharedAlbums).toHaveLength(2)
    expect(users.find((u) => u.id === 'bob')?.sharedAlbums).toHaveLength(1)
    const video = (await demo.post<{ mediaItems: MediaItem[] }>('/v1/mediaItems:search', { filters: { mediaTypeFilter: { mediaTypes: ['VIDEO'] } } })).body.mediaItems[0]
    const poster = await emu.fetch(`${video.baseUrl}=w64-h64-c`)
    expect(poster.headers.get('Content-Type')).toBe('image/jpeg')
    expect((await poster.arrayBuffer()).byteLength).toBeGreaterThan(100)
    const photo = albums[0].coverPhotoBaseUrl
    expect((await emu.fetch(`${photo}=w200`)).status).toBe(200)
  })

  it('has an album alice shared with demo, already joined, so Sharing is not empty', async () => {
    const emu = createTestEmulator({ seed: 'demo' })
    const shared = (await client(emu, 'demo').get<{ sharedAlbums: Album[] }>('/v1/sharedAlbums')).body.sharedAlbums
    const fromAlice = shared.find((a) => a.title === 'Midsummer at the lake')
    expect(fromAlice?.shareInfo).toMatchObject({ isJoined: true })
    expect(fromAlice?.shareInfo?.isOwned).toBeFalsy()
    expect(Number(fromAlice?.mediaItemsCount)).toBeGreaterThan(0)
  })

  it('opens on landscapes and still lifes: no people in the newest screenful', () => {
    const newest = [...manifest.items].sort((a, b) => Date.parse(b.creationTime) - Date.parse(a.creationTime)).slice(0, 16)
    expect(newest.filter((i) => i.categories.some((c) => c === 'PEOPLE' || c === 'SELFIES')).map((i) => i.key)).toEqual([])
  })
})
