import { describe, expect, it } from 'vitest'
import type { Album, ListSharedAlbumsResponse, SearchMediaItemsResponse, ShareInfo } from './api-types.gen'
import { setup } from './test-support/helpers'
import { jpeg } from './test-support/images'

describe('shared albums', () => {
  it('share → get by token → join → collaborative add → search with contributors → leave', async () => {
    const { demo, carol } = setup()
    const album = (await demo.post<Album>('/v1/albums', { album: { title: 'Party' } })).body
    const mine = await demo.create(await jpeg(20, 20), { albumId: album.id })
    const shared = await demo.post<{ shareInfo: ShareInfo }>(`/v1/albums/${album.id}:share`, { sharedAlbumOptions: { isCollaborative: true, isCommentable: true } })
    expect(shared.status).toBe(200)
    const info = shared.body.shareInfo
    expect(info).toMatchObject({ sharedAlbumOptions: { isCollaborative: true, isCommentable: true }, isJoined: true, isOwned: true, isJoinable: true })
    expect(info.shareableUrl).toMatch(/^https:\/\//)
    const token = info.shareToken as string

    // Carol cannot see it yet, but can read it by token
    expect((await carol.get(`/v1/albums/${album.id}`)).status).toBe(404)
    const byToken = await carol.get<Album>(`/v1/sharedAlbums/${token}`)
    expect(byToken.body.shareInfo).toMatchObject({ isJoinable: true })
    expect(byToken.body.shareInfo?.isJoined).toBeUndefined()
    expect(byToken.body.shareInfo?.isOwned).toBeUndefined()
    expect(byToken.body.isWriteable).toBeUndefined()

    const joined = await carol.post<{ album: Album }>('/v1/sharedAlbums:join', { shareToken: token })
    expect(joined.body.album.shareInfo).toMatchObject({ isJoined: true })
    expect(joined.body.album.isWriteable).toBe(true)
    const list = await carol.get<ListSharedAlbumsResponse>('/v1/sharedAlbums')
    expect(list.body.sharedAlbums?.map((a) => a.id)).toContain(album.id)

    // collaborator adds (batchCreate without position, batchAdd of own item); position is refused
    const hers = await carol.create(await jpeg(20, 20), { albumId: album.id })
    const loose = await carol.create(await jpeg(20, 20))
    expect((await carol.post(`/v1/albums/${album.id}:batchAddMediaItems`, { mediaItemIds: [loose] })).status).toBe(200)
    const tok = await carol.upload(await jpeg(20, 20))
    const positioned = await carol.post('/v1/mediaItems:batchCreate', { albumId: album.id, albumPosition: { position: 'FIRST_IN_ALBUM' }, newMediaItems: [{ simpleMediaItem: { uploadToken: tok } }] })
    expect(positioned.status).toBe(400)
    // she may not remove the owner's item, but may remove her own
    expect((await carol.post(`/v1/albums/${album.id}:batchRemoveMediaItems`, { mediaItemIds: [mine] })).status).toBe(400)
    expect((await carol.post(`/v1/albums/${album.id}:batchRemoveMediaItems`, { mediaItemIds: [loose] })).status).toBe(200)

    const s = await demo.post<SearchMediaItemsResponse>('/v1/mediaItems:search', { albumId: album.id })
    expect(s.body.mediaItems?.map((m) => [m.id, m.contributorInfo?.displayName])).toEqual([[mine, 'Demo User'], [hers, 'Carol']])
    expect(s.body.mediaItems?.[1].contributorInfo?.profilePictureBaseUrl).toMatch(/^http:\/\/emulator.test\/media\/lr\//)
    // the owner can see carol's item in the album
    expect((await demo.get(`/v1/mediaItems/${hers}`)).status).toBe(200)

    // owner cannot leave; carol leaves and her content leaves the album
    expect((await demo.post('/v1/sharedAlbums:leave', { shareToken: token })).status).toBe(400)
    expect((await carol.post('/v1/sharedAlbums:leave', { shareToken: token })).status).toBe(200)
    expect((await carol.post('/v1/sharedAlbums:leave', { shareToken: token })).status).toBe(400)
    expect((await carol.get(`/v1/albums/${album.id}`)).status).toBe(404)
    const after = await demo.post<SearchMediaItemsResponse>('/v1/mediaItems:search', { albumId: album.id })
    expect(after.body.mediaItems?.map((m) => m.id)).toEqual([mine])
    // her items stay in her library
    expect((await carol.get(`/v1/mediaItems/${hers}`)).status).toBe(200)
  })

  it('non-collaborative albums refuse additions from joined users', async () => {
    const { emu, demo: d2 } = setup()
    const bobShared = (await emu.control.users()).find((u) => u.id === 'bob')?.sharedAlbums[0]
    expect(bobShared).toBeDefined()
    const j = await d2.post<{ album: Album }>('/v1/sharedAlbums:join', { shareToken: bobShared?.shareToken })
    expect(j.body.album.isWriteable).toBeUndefined()
    const tok = await d2.upload(await jpeg(10, 10))
    const r = await d2.post<{ error: { message: string } }>('/v1/mediaItems:batchCreate', { albumId: bobShared?.albumId, newMediaItems: [{ simpleMediaItem: { uploadToken: tok } }] })
    expect(r.status).toBe(400)
    expect(r.body.error.message).toBe('No permission to add media items to this album.')
  })

  it('seed: demo can join alice\'s collaborative album and add to it', async () => {
    const { emu, demo } = setup()
    const alice = (await emu.control.users()).find((u) => u.id === 'alice')?.sharedAlbums[0]
    const j = await demo.post<{ album: Album }>('/v1/sharedAlbums:join', { shareToken: alice?.shareToken })
    expect(j.body.album).toMatchObject({ title: 'Garden party', isWriteable: true, shareInfo: { isJoined: true, sharedAlbumOptions: { isCollaborative: true } } })
    expect((await demo.get<{ albums: Album[] }>('/v1/albums?pageSize=50')).body.albums.map((a) => a.id)).toContain(alice?.albumId)
    await demo.create(await jpeg(10, 10), { albumId: alice?.albumId })
  })

  it('unshare removes non-owners and their content; token stops working', async () => {
    const { demo, carol } = setup()
    const album = (await demo.post<Album>('/v1/albums', { album: { title: 'P' } })).body
    const mine = await demo.create(await jpeg(20, 20), { albumId: album.id })
    const token = (await demo.post<{ shareInfo: ShareInfo }>(`/v1/albums/${album.id}:share`, { sharedAlbumOptions: { isCollaborative: true } })).body.shareInfo.shareToken
    await carol.post('/v1/sharedAlbums:join', { shareToken: token })
    const hers = await carol.create(await jpeg(20, 20), { albumId: album.id })
    expect((await carol.post(`/v1/albums/${album.id}:unshare`, {})).status).toBe(403)
    expect((await demo.post(`/v1/albums/${album.id}:unshare`, {})).status).toBe(200)
    const a = (await demo.get<Album>(`/v1/albums/${album.id}`)).body
    expect(a.shareInfo).toBeUndefined()
    expect(a.mediaItemsCount).toBe('1')
    expect((await demo.post<SearchMediaItemsResponse>('/v1/mediaItems:search', { albumId: album.id })).body.mediaItems?.map((m) => m.id)).toEqual([mine])
    expect((await carol.get(`/v1/sharedAlbums/${token}`)).status).toBe(404)
    expect((await carol.get(`/v1/mediaItems/${hers}`)).status).toBe(200)
  })

  it('only the owner of an app-created album can share it', async () => {
    const { demo, carol } = setup()
    const seeded = (await demo.get<{ albums: Album[] }>('/v1/albums?pageSize=50')).body.albums.find((a) => a.isWriteable !== true)
    expect(seeded).toBeDefined() // the trip made in the Google Photos app from phone captures
    expect((await demo.post(`/v1/albums/${seeded?.id}:share`, {})).status).toBe(403)
    const album = (await demo.post<Album>('/v1/albums', { album: { title: 'P' } })).body
    expect((await carol.post(`/v1/albums/${album.id}:share`, {})).status).toBe(404)
    const def = await demo.post<{ shareInfo: ShareInfo }>(`/v1/albums/${album.id}:share`)
    expect(def.body.shareInfo.sharedAlbumOptions).toEqual({})
  })
})

describe('2025 profile', () => {
  it('all six sharing methods → 403 PERMISSION_DENIED (insufficient scopes: no remaining scope grants them)', async () => {
    const { demo, emu } = setup({ profile: '2025' })
    const album = (await demo.post<Album>('/v1/albums', { album: { title: 'x' } })).body
    const token = (await emu.control.users()).find((u) => u.id === 'alice')?.sharedAlbums[0].shareToken
    const calls = [
      demo.post(`/v1/albums/${album.id}:share`, {}),
      demo.post(`/v1/albums/${album.id}:unshare`, {}),
      demo.get(`/v1/sharedAlbums/${token}`),
      demo.post('/v1/sharedAlbums:join', { shareToken: token }),
      demo.post('/v1/sharedAlbums:leave', { shareToken: token }),
      demo.get('/v1/sharedAlbums'),
    ]
    for (const r of await Promise.all(calls)) {
      expect(r.status).toBe(403)
      expect(r.body).toMatchObject({
        error: { code: 403, message: 'Request had insufficient authentication scopes.', status: 'PERMISSION_DENIED', details: [{ reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT' }] },
      })
    }
  })

  it('hides items and albums the app did not create; no shareInfo', async () => {
    const { demo, emu } = setup()
    const legacyAll = (await demo.get<{ mediaItems: { id: string }[] }>('/v1/mediaItems?pageSize=100')).body.mediaItems
    const legacyAlbums = (await demo.get<{ albums: Album[] }>('/v1/albums?pageSize=50')).body.albums
    await emu.control.setProfile('2025')
    const items = (await demo.get<{ mediaItems: { id: string }[] }>('/v1/mediaItems?pageSize=100')).body.mediaItems
    expect(items.length).toBeGreaterThan(0)
    expect(items.length).toBeLessThan(legacyAll.length)
    const albums = (await demo.get<{ albums: Album[] }>('/v1/albums?pageSize=50')).body.albums
    const titles = albums.map((a) => a.title)
    expect(titles).toContain('Favourites of 2025')
    expect(titles.some((t) => t === legacyAlbums.find((a) => a.isWriteable !== true)?.title)).toBe(false)
    expect(legacyAlbums.some((a) => a.isWriteable !== true)).toBe(true)
    expect(albums.every((a) => a.shareInfo === undefined)).toBe(true)
    const hidden = legacyAll.find((i) => !items.some((j) => j.id === i.id))
    expect((await demo.get(`/v1/mediaItems/${hidden?.id}`)).status).toBe(404)
    const foreignAlbum = legacyAlbums.find((a) => a.isWriteable !== true)
    expect((await demo.get(`/v1/albums/${foreignAlbum?.id}`)).status).toBe(404)
    expect((await demo.post('/v1/mediaItems:search', { albumId: foreignAlbum?.id })).status).toBe(404)
    const s = await demo.post<{ mediaItems: unknown[] }>('/v1/mediaItems:search', { pageSize: 100 })
    expect(s.body.mediaItems).toHaveLength(items.length)
    const created = await demo.create(await jpeg(10, 10))
    expect((await demo.get(`/v1/mediaItems/${created}`)).status).toBe(200)
  })
})
