// The real demo library (the emulator package's seed/demo-library.json + public/demo-library/) seeds and serves.
// Runs in the default (jsdom) environment on purpose: API-client tests use the test emulator from there too.
import { describe, expect, it } from 'vitest'
import type { Album, MediaItem } from '../api/types'
import { createTestEmulator } from './emulator'
import manifest from '@shoebox/photos-emulator/demo-library.json'

describe('demo seed', () => {
  it('builds albums for demo, shares one, and serves photos and video posters', async () => {
    const emu = createTestEmulator({ seed: 'demo' })
    const headers = { Authorization: 'Bearer demo', 'Content-Type': 'application/json' }
    const albums = ((await (await emu.fetch('/v1/albums?pageSize=50', { headers })).json()) as { albums: Album[] }).albums
    expect(albums.length).toBeGreaterThanOrEqual(4)
    expect(albums.filter((a) => a.shareInfo?.isOwned)).toHaveLength(1)
    const users = await emu.control.users()
    expect(users.find((u) => u.id === 'alice')?.sharedAlbums).toHaveLength(2)
    expect(users.find((u) => u.id === 'bob')?.sharedAlbums).toHaveLength(1)
    const search = { filters: { mediaTypeFilter: { mediaTypes: ['VIDEO'] } } }
    const found = await emu.fetch('/v1/mediaItems:search', { method: 'POST', headers, body: JSON.stringify(search) })
    const video = ((await found.json()) as { mediaItems: MediaItem[] }).mediaItems[0]
    const poster = await emu.fetch(`${video.baseUrl}=w64-h64-c`)
    expect(poster.headers.get('Content-Type')).toBe('image/jpeg')
    expect((await poster.arrayBuffer()).byteLength).toBeGreaterThan(100)
    const photo = albums[0].coverPhotoBaseUrl
    expect((await emu.fetch(`${photo}=w200`)).status).toBe(200)
  })

  it('has an album alice shared with demo, already joined, so Sharing is not empty', async () => {
    const emu = createTestEmulator({ seed: 'demo' })
    const headers = { Authorization: 'Bearer demo' }
    const shared = ((await (await emu.fetch('/v1/sharedAlbums', { headers })).json()) as { sharedAlbums: Album[] }).sharedAlbums
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
