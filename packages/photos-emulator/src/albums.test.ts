import { describe, expect, it } from 'vitest'
import type { Album, ListAlbumsResponse, ListSharedAlbumsResponse } from './api-types.gen'
import { long, setup } from './test-support/helpers'
import { jpeg } from './test-support/images'

describe('albums', () => {
  it('create returns just productUrl, id, title, isWriteable (defaults omitted)', async () => {
    const { demo } = setup()
    const r = await demo.post<Album>('/v1/albums', { album: { title: 'Trip' } })
    expect(r.status).toBe(200)
    expect(Object.keys(r.body).sort()).toEqual(['id', 'isWriteable', 'productUrl', 'title'])
    expect(r.body.id).toHaveLength(76)
    expect(r.body.productUrl).toBe(`https://photos.google.com/lr/album/${r.body.id}`)
    const g = await demo.get<Album>(`/v1/albums/${r.body.id}`)
    expect(g.body).toEqual(r.body)
  })

  it('the albums control route makes N empty app-created albums for one user, newest (highest number) first', async () => {
    const { emu, demo, alice } = setup()
    const before = (await demo.get<ListAlbumsResponse>('/v1/albums?pageSize=50')).body.albums?.length ?? 0
    const r = await emu.fetch('/_emulator/albums', { method: 'POST', body: JSON.stringify({ user: 'demo', count: 120, title: 'Many' }) })
    expect(await r.json()).toEqual({ ok: true, created: 120 })
    const titles: string[] = []
    let pageToken: string | undefined
    do {
      const page: ListAlbumsResponse = (await demo.get<ListAlbumsResponse>(`/v1/albums?pageSize=50${pageToken ? `&pageToken=${pageToken}` : ''}`)).body
      titles.push(...(page.albums ?? []).map((a) => a.title ?? ''))
      pageToken = page.nextPageToken
    } while (pageToken)
    expect(titles).toHaveLength(before + 120)
    expect(titles.slice(0, 2)).toEqual(['Many 120', 'Many 119'])
    expect(titles).toContain('Many 1')
    const made = await demo.get<Album>(`/v1/albums?pageSize=1`)
    expect(made.body).toMatchObject({ albums: [{ isWriteable: true, title: 'Many 120' }] })
    // Another user's list is untouched.
    expect((await alice.get<ListAlbumsResponse>('/v1/albums?pageSize=50')).body.albums?.some((a) => a.title?.startsWith('Many'))).toBeFalsy()
  })

  it('title limit: 500 ok, 501 → 400; album is required', async () => {
    const { demo } = setup()
    expect((await demo.post('/v1/albums', { album: { title: long(500) } })).status).toBe(200)
    const bad = await demo.post('/v1/albums', { album: { title: long(501) } })
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT' } })
    expect((await demo.post('/v1/albums', {})).status).toBe(400)
  })

  it('unknown body fields → Google JSON binding error with details', async () => {
    const { demo } = setup()
    const r = await demo.post<{ error: { message: string; details: unknown[] } }>('/v1/albums', { album: { title: 't', colour: 'red' } })
    expect(r.status).toBe(400)
    expect(r.body.error.message).toBe('Invalid JSON payload received. Unknown name "colour" at \'album\': Cannot find field.')
    expect(r.body.error.details).toHaveLength(1)
    const top = await demo.post<{ error: { message: string } }>('/v1/albums', { foo: 1 })
    expect(top.body.error.message).toBe('Invalid JSON payload received. Unknown name "foo": Cannot find field.')
    const type = await demo.post<{ error: { message: string } }>('/v1/albums', { album: { title: 5 } })
    expect(type.body.error.message).toContain("Invalid value at 'album.title' (TYPE_STRING), 5")
  })

  it('unknown query parameters → 400 Cannot bind query parameter', async () => {
    const { demo } = setup()
    const r = await demo.get<{ error: { message: string } }>('/v1/albums?colour=red')
    expect(r.status).toBe(400)
    expect(r.body.error.message).toContain('Cannot bind query parameter')
  })

  it('list: default 20, max 50 (clamped), opaque tokens, app-created filter', async () => {
    const { demo } = setup()
    for (let i = 0; i < 60; i++) await demo.post('/v1/albums', { album: { title: `A${i}` } })
    const first = await demo.get<ListAlbumsResponse>('/v1/albums')
    expect(first.body.albums).toHaveLength(20)
    const big = await demo.get<ListAlbumsResponse>('/v1/albums?pageSize=500')
    expect(big.body.albums).toHaveLength(50)
    const ids = new Set<string>()
    let token: string | undefined
    do {
      const r = await demo.get<ListAlbumsResponse>(`/v1/albums?pageSize=50${token ? `&pageToken=${token}` : ''}`)
      for (const a of r.body.albums ?? []) ids.add(a.id as string)
      token = r.body.nextPageToken
    } while (token)
    expect(ids.size).toBeGreaterThan(60)
    const app = await demo.get<ListAlbumsResponse>('/v1/albums?pageSize=50&excludeNonAppCreatedData=true')
    expect(app.body.albums?.every((a) => a.isWriteable)).toBe(true)
    expect((await demo.get('/v1/albums?pageSize=-1')).status).toBe(400)
  })

  it('a page token used with different parameters → 400; a garbage token → 400', async () => {
    const { demo } = setup()
    for (let i = 0; i < 25; i++) await demo.post('/v1/albums', { album: { title: `A${i}` } })
    const r = await demo.get<ListAlbumsResponse>('/v1/albums')
    const t = r.body.nextPageToken as string
    expect(t).toBeTruthy()
    expect((await demo.get(`/v1/albums?pageToken=${t}`)).status).toBe(200)
    expect((await demo.get(`/v1/albums?pageToken=${t}&pageSize=5`)).status).toBe(200)
    expect((await demo.get(`/v1/albums?pageToken=${t}&excludeNonAppCreatedData=true`)).status).toBe(400)
    expect((await demo.get('/v1/albums?pageToken=nonsense')).status).toBe(400)
  })

  it('get: malformed id → 400 Invalid album ID.; unknown/foreign → 404', async () => {
    const { demo, alice } = setup()
    const bad = await demo.get<{ error: { message: string } }>('/v1/albums/not-an-id')
    expect(bad.status).toBe(400)
    expect(bad.body.error.message).toBe('Invalid album ID.')
    const a = await alice.post<Album>('/v1/albums', { album: { title: 'private' } })
    expect((await demo.get(`/v1/albums/${a.body.id}`)).status).toBe(404)
    expect((await demo.get(`/v1/albums/${'AEmuSx' + 'a'.repeat(70)}`)).status).toBe(404)
  })

  it('patch: title and cover with snake_case or camelCase masks; rules', async () => {
    const { demo } = setup()
    const a = (await demo.post<Album>('/v1/albums', { album: { title: 'Old' } })).body
    const p = await demo.patch<Album>(`/v1/albums/${a.id}?updateMask=title`, { title: 'New' })
    expect(p.body.title).toBe('New')
    expect((await demo.patch(`/v1/albums/${a.id}`, { title: 'x' })).status).toBe(400) // mask required
    expect((await demo.patch(`/v1/albums/${a.id}?updateMask=description`, { title: 'x' })).status).toBe(400)
    expect((await demo.patch(`/v1/albums/${a.id}?updateMask=title`, { title: long(501) })).status).toBe(400)
    expect((await demo.patch(`/v1/albums/${a.id}?updateMask=title`, { title: '' })).status).toBe(400)
    const m1 = await demo.create(await jpeg(40, 30), { albumId: a.id })
    const m2 = await demo.create(await jpeg(40, 30), { albumId: a.id })
    const c1 = await demo.patch<Album>(`/v1/albums/${a.id}?updateMask=cover_photo_media_item_id`, { coverPhotoMediaItemId: m2 })
    expect(c1.body.coverPhotoMediaItemId).toBe(m2)
    const c2 = await demo.patch<Album>(`/v1/albums/${a.id}?updateMask=coverPhotoMediaItemId,title`, { coverPhotoMediaItemId: m1, title: 'Both' })
    expect(c2.body).toMatchObject({ coverPhotoMediaItemId: m1, title: 'Both', mediaItemsCount: '2' })
    const other = await demo.create(await jpeg(40, 30))
    expect((await demo.patch(`/v1/albums/${a.id}?updateMask=coverPhotoMediaItemId`, { coverPhotoMediaItemId: other })).status).toBe(400)
  })

  it('patch: an invalid mask path names the valid paths as the API spells them', async () => {
    const { demo } = setup()
    const a = (await demo.post<Album>('/v1/albums', { album: { title: 'Old' } })).body
    const bad = await demo.patch<{ error: { message: string } }>(`/v1/albums/${a.id}?updateMask=description`, { title: 'x' })
    expect(bad.body.error.message).toBe('Invalid update mask path: "description". Valid values are: title, cover_photo_media_item_id.')
    const item = await demo.create(await jpeg(10, 10))
    const badItem = await demo.patch<{ error: { message: string } }>(`/v1/mediaItems/${item}?updateMask=title`, { description: 'x' })
    expect(badItem.body.error.message).toBe('Invalid update mask path: "title". Valid values are: description.')
  })

  it('patch of an album not created by the app → 403', async () => {
    const { demo } = setup()
    const list = await demo.get<ListAlbumsResponse>('/v1/albums?pageSize=50')
    const seeded = list.body.albums?.find((a) => !a.isWriteable)
    expect(seeded).toBeDefined()
    expect((await demo.patch(`/v1/albums/${seeded?.id}?updateMask=title`, { title: 'x' })).status).toBe(403)
  })
})

describe('auth', () => {
  it('missing, malformed or expired tokens → 401 with Google message; ~suffix is the same user', async () => {
    const { emu } = setup()
    const none = await emu.fetch('/v1/albums')
    expect(none.status).toBe(401)
    const body = (await none.json()) as { error: { message: string; status: string } }
    expect(body.error.status).toBe('UNAUTHENTICATED')
    expect(body.error.message).toMatch(/^Request had invalid authentication credentials/)
    expect((await emu.fetch('/v1/albums', { headers: { Authorization: 'Basic abc' } })).status).toBe(401)
    expect((await emu.fetch('/v1/albums', { headers: { Authorization: 'Bearer demo~expired' } })).status).toBe(401)
    const a = await emu.fetch('/v1/albums', { headers: { Authorization: 'Bearer demo~1' } })
    const b = await emu.fetch('/v1/albums', { headers: { Authorization: 'Bearer demo~2' } })
    expect(await a.json()).toEqual(await b.json())
  })
})

describe('sharedAlbums.list and batch limits', () => {
  it('sharedAlbums.list: default 20, max 50, paging, excludeNonAppCreatedData', async () => {
    const { demo } = setup()
    for (let i = 0; i < 55; i++) {
      const a = (await demo.post<Album>('/v1/albums', { album: { title: `S${i}` } })).body
      await demo.post(`/v1/albums/${a.id}:share`, {})
    }
    const first = await demo.get<ListSharedAlbumsResponse>('/v1/sharedAlbums')
    expect(first.body.sharedAlbums).toHaveLength(20)
    const big = await demo.get<ListSharedAlbumsResponse>('/v1/sharedAlbums?pageSize=100')
    expect(big.body.sharedAlbums).toHaveLength(50)
    const next = await demo.get<ListSharedAlbumsResponse>(`/v1/sharedAlbums?pageSize=50&pageToken=${big.body.nextPageToken}`)
    expect(next.body.sharedAlbums).toHaveLength(7) // 55 + the seeded "Favourites of 2025" + alice's album demo joined
    expect(next.body.nextPageToken).toBeUndefined()
    expect(big.body.sharedAlbums?.every((a) => a.shareInfo?.isOwned && a.shareInfo.shareToken)).toBe(true)
    const app = await demo.get<ListSharedAlbumsResponse>('/v1/sharedAlbums?pageSize=50&excludeNonAppCreatedData=true')
    expect(app.body.sharedAlbums).toHaveLength(50)
  })

  it('batchRemove over 50 ids → 400; batchAdd to an unknown album → 404', async () => {
    const { demo } = setup()
    const a = (await demo.post<Album>('/v1/albums', { album: { title: 'L' } })).body
    const ids = Array.from({ length: 51 }, (_, i) => `AEmuSx${String(i).padStart(92, '0')}`)
    expect((await demo.post(`/v1/albums/${a.id}:batchRemoveMediaItems`, { mediaItemIds: ids })).status).toBe(400)
    expect((await demo.post(`/v1/albums/${'AEmuSx' + 'q'.repeat(70)}:batchAddMediaItems`, { mediaItemIds: [ids[0]] })).status).toBe(404)
  })

  it('under a basePath, baseUrls carry the origin and prefix and are served there', async () => {
    const { demo, emu } = setup({ basePath: '/__emulator', baseUrl: 'http://127.0.0.1:4173' })
    const r = await demo.get<{ mediaItems: { baseUrl: string }[] }>('/v1/mediaItems')
    const url = r.body.mediaItems[0].baseUrl
    expect(url.startsWith('http://127.0.0.1:4173/__emulator/media/lr/')).toBe(true)
    expect((await emu.fetch(`${url}=w20`)).status).toBe(200)
  })
})

