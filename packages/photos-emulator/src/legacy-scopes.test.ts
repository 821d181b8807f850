// Under the legacy profile a token's scopes decide more than which methods answer: what reads show, whether
// shareInfo and contributorInfo appear, whether an album is writeable, and where .sharing alone may add.
import { describe, expect, it } from 'vitest'
import type {
  Album,
  BatchCreateMediaItemsResponse,
  BatchGetMediaItemsResponse,
  ListAlbumsResponse,
  ListMediaItemsResponse,
  ListSharedAlbumsResponse,
  SearchMediaItemsResponse,
  ShareInfo,
} from './api-types.gen'
import { client, setup, type Client } from './test-support/helpers'
import { jpeg } from './test-support/images'
import type { TestEmulator } from './testing'

const scoped = (emu: TestEmulator, ...scopes: string[]): Client => client(emu, `demo~2;scopes=${scopes.join(',')}`)
const APP_READ = 'photoslibrary.readonly.appcreateddata'
const APPEND = 'photoslibrary.appendonly'
const SHARING = 'photoslibrary.sharing'

const itemIds = async (c: Client): Promise<string[]> => ((await c.get<ListMediaItemsResponse>('/v1/mediaItems?pageSize=100')).body.mediaItems ?? []).map((m) => m.id ?? '')
const searchedIds = async (c: Client, body: object): Promise<string[]> =>
  ((await c.post<SearchMediaItemsResponse>('/v1/mediaItems:search', { pageSize: 100, ...body })).body.mediaItems ?? []).map((m) => m.id ?? '')
const albums = async (c: Client): Promise<Album[]> => (await c.get<ListAlbumsResponse>('/v1/albums?pageSize=50')).body.albums ?? []

const isScopeRefusal = (r: { status: number; body: unknown }): boolean => r.status === 403 && JSON.stringify(r.body).includes('ACCESS_TOKEN_SCOPE_INSUFFICIENT')

describe('legacy: photoslibrary.readonly.appcreateddata reads app-created data only', () => {
  it('list, search, get and batchGet hide the items the app did not create; the 2025 view is the oracle', async () => {
    const { emu, demo } = setup()
    const appRead = scoped(emu, APP_READ)
    const everything = await itemIds(demo)
    const appOnly = await itemIds(appRead)
    await emu.control.setProfile('2025')
    const appCreated = await itemIds(demo)
    await emu.control.setProfile('legacy')

    expect(appOnly).toEqual(appCreated)
    const hidden = everything.filter((id) => !appOnly.includes(id))
    expect(hidden.length).toBeGreaterThan(0)
    // "ignored if the photoslibrary.readonly.appcreateddata scope is used" (contract §3 Filters)
    expect(await searchedIds(appRead, {})).toEqual(appOnly)
    expect(await searchedIds(appRead, { filters: { excludeNonAppCreatedData: false, includeArchivedMedia: true } })).toEqual(
      await searchedIds(appRead, { filters: { excludeNonAppCreatedData: true, includeArchivedMedia: true } }),
    )
    expect((await appRead.get(`/v1/mediaItems/${hidden[0]}`)).status).toBe(404)
    expect((await appRead.get(`/v1/mediaItems/${appOnly[0]}`)).status).toBe(200)
    const batch = await appRead.get<BatchGetMediaItemsResponse>(`/v1/mediaItems:batchGet?mediaItemIds=${hidden[0]}&mediaItemIds=${appOnly[0]}`)
    expect(batch.body.mediaItemResults?.map((r) => r.status?.code ?? 0)).toEqual([5, 0])
  })

  it('albums: list and get show app-created albums only (joined shared ones included); search in a hidden one → 404', async () => {
    const { emu, demo } = setup()
    const appRead = scoped(emu, APP_READ)
    const all = await albums(demo)
    const visible = await albums(appRead)
    const madeElsewhere = all.filter((a) => !visible.some((v) => v.id === a.id))
    expect(madeElsewhere.map((a) => a.isWriteable)).toEqual([undefined]) // the trip made in the Google Photos app
    expect(visible.map((a) => a.title)).toContain('Midsummer at the lake') // alice's, made with the app, joined by demo
    expect((await appRead.get(`/v1/albums/${madeElsewhere[0].id}`)).status).toBe(404)
    expect((await appRead.post('/v1/mediaItems:search', { albumId: madeElsewhere[0].id })).status).toBe(404)
    expect((await demo.get(`/v1/albums/${madeElsewhere[0].id}`)).status).toBe(200)
    const shared = (await appRead.get<ListSharedAlbumsResponse>('/v1/sharedAlbums')).body.sharedAlbums ?? []
    expect(shared.length).toBeGreaterThan(0)
  })

  it('a broader read scope beside it shows the whole library (scopes add up)', async () => {
    const { emu, demo } = setup()
    const everything = await itemIds(demo)
    for (const broad of ['photoslibrary', 'photoslibrary.readonly']) {
      expect({ broad, ids: await itemIds(scoped(emu, broad)) }).toEqual({ broad, ids: everything })
      expect({ broad, ids: await itemIds(scoped(emu, APP_READ, broad)) }).toEqual({ broad, ids: everything })
      expect({ broad, albums: (await albums(scoped(emu, APP_READ, broad))).length }).toEqual({ broad, albums: (await albums(demo)).length })
    }
  })

  it('writes are not narrowed: appendonly with appcreateddata still gets Google’s 400 for an album the app did not create', async () => {
    const { emu, demo } = setup()
    const foreign = (await albums(demo)).find((a) => a.isWriteable === undefined && !a.shareInfo)
    const writer = scoped(emu, APPEND, APP_READ)
    const token = await writer.upload(await jpeg(10, 10))
    const r = await writer.post<{ error: { message: string } }>('/v1/mediaItems:batchCreate', { albumId: foreign?.id, newMediaItems: [{ simpleMediaItem: { uploadToken: token } }] })
    expect(r.status).toBe(400)
    expect(r.body.error.message).toBe('No permission to add media items to this album.')
  })

  it('the 2025 profile is unchanged: appcreateddata sees what a token naming no scopes sees', async () => {
    const { emu, demo } = setup({ profile: '2025' })
    expect(await itemIds(scoped(emu, APP_READ))).toEqual(await itemIds(demo))
  })
})

describe('legacy: shareInfo and contributorInfo need photoslibrary.sharing', () => {
  async function sharedAlbumWithContributor() {
    const { emu, demo, carol } = setup()
    const album = (await demo.post<Album>('/v1/albums', { album: { title: 'Party' } })).body
    const mine = await demo.create(await jpeg(10, 10), { albumId: album.id })
    const share = await demo.post<{ shareInfo: ShareInfo }>(`/v1/albums/${album.id}:share`, { sharedAlbumOptions: { isCollaborative: true } })
    await carol.post('/v1/sharedAlbums:join', { shareToken: share.body.shareInfo.shareToken })
    const hers = await carol.create(await jpeg(10, 10), { albumId: album.id })
    return { emu, albumId: album.id ?? '', mine, hers }
  }

  it('albums.get, albums.list and sharedAlbums.list leave shareInfo out without the sharing scope', async () => {
    const { emu, albumId } = await sharedAlbumWithContributor()
    const reader = scoped(emu, 'photoslibrary.readonly')
    const withSharing = scoped(emu, 'photoslibrary.readonly', SHARING)
    expect((await reader.get<Album>(`/v1/albums/${albumId}`)).body.shareInfo).toBeUndefined()
    expect((await withSharing.get<Album>(`/v1/albums/${albumId}`)).body.shareInfo).toMatchObject({ isOwned: true, isJoined: true })
    expect((await albums(reader)).every((a) => a.shareInfo === undefined)).toBe(true)
    expect((await albums(withSharing)).find((a) => a.id === albumId)?.shareInfo).toBeDefined()
    const listed = (await reader.get<ListSharedAlbumsResponse>('/v1/sharedAlbums')).body.sharedAlbums ?? []
    expect(listed.map((a) => a.id)).toContain(albumId)
    expect(listed.every((a) => a.shareInfo === undefined)).toBe(true)
    expect((await scoped(emu, APP_READ, SHARING).get<Album>(`/v1/albums/${albumId}`)).body.shareInfo).toBeDefined()
  })

  it('mediaItems.search in a shared album fills contributorInfo only with the sharing scope', async () => {
    const { emu, albumId, mine, hers } = await sharedAlbumWithContributor()
    const search = async (c: Client) => (await c.post<SearchMediaItemsResponse>('/v1/mediaItems:search', { albumId })).body.mediaItems ?? []
    const without = await search(scoped(emu, 'photoslibrary.readonly'))
    expect(without.map((m) => m.id)).toEqual([mine, hers])
    expect(without.every((m) => m.contributorInfo === undefined)).toBe(true)
    const withSharing = await search(scoped(emu, 'photoslibrary.readonly', SHARING))
    expect(withSharing.map((m) => m.contributorInfo?.displayName)).toEqual(['Demo User', 'Carol'])
  })
})

describe('legacy: isWriteable depends on the scopes granted', () => {
  it('a token that cannot create media items sees no writeable album; appendonly or photoslibrary can', async () => {
    const { emu } = setup()
    const titles = async (c: Client) => (await albums(c)).filter((a) => a.isWriteable).map((a) => a.title)
    const writeable = await titles(client(emu, 'demo~1'))
    expect(writeable.length).toBeGreaterThan(1)
    expect(await titles(scoped(emu, 'photoslibrary.readonly'))).toEqual([])
    expect(await titles(scoped(emu, APP_READ))).toEqual([])
    expect(await titles(scoped(emu, APP_READ, 'photoslibrary.edit.appcreateddata'))).toEqual([])
    expect(await titles(scoped(emu, APP_READ, APPEND))).toEqual(writeable)
    expect(await titles(scoped(emu, 'photoslibrary'))).toEqual(writeable)
  })

  it('with .sharing as the only adding scope, only shared albums are writeable', async () => {
    const { emu, demo } = setup()
    const all = await albums(demo)
    const sharedWriteable = all.filter((a) => a.isWriteable && a.shareInfo).map((a) => a.title)
    expect(sharedWriteable.length).toBeGreaterThan(0)
    expect(all.some((a) => a.isWriteable && !a.shareInfo)).toBe(true)
    const viaSharing = (await albums(scoped(emu, 'photoslibrary.readonly', SHARING))).filter((a) => a.isWriteable).map((a) => a.title)
    expect(viaSharing).toEqual(sharedWriteable)
  })
})

describe('2025: isWriteable depends on the scopes granted', () => {
  it('only a token that can create media items (appendonly) sees its albums as writeable', async () => {
    const { emu } = setup()
    await emu.control.setProfile('2025')
    const titles = async (c: Client) => (await albums(c)).filter((a) => a.isWriteable).map((a) => a.title)
    const writeable = await titles(scoped(emu, APP_READ, APPEND))
    expect(writeable.length).toBeGreaterThan(0)
    expect(await titles(scoped(emu, APP_READ))).toEqual([])
    // edit.appcreateddata may add existing items to an album, but not create new ones: not "writeable".
    expect(await titles(scoped(emu, APP_READ, 'photoslibrary.edit.appcreateddata'))).toEqual([])
  })
})

describe('legacy: photoslibrary.sharing alone adds only inside shared albums', () => {
  async function withSharingOnly() {
    const { emu, demo } = setup()
    const sharer = scoped(emu, SHARING)
    const unshared = (await sharer.post<Album>('/v1/albums', { album: { title: 'Not shared yet' } })).body.id ?? ''
    const shared = (await sharer.post<Album>('/v1/albums', { album: { title: 'Shared' } })).body.id ?? ''
    expect((await sharer.post(`/v1/albums/${shared}:share`, {})).status).toBe(200)
    const create = async (albumId?: string) => {
      const uploadToken = await sharer.upload(await jpeg(10, 10)) // the bytes upload itself is allowed
      return sharer.post<BatchCreateMediaItemsResponse>('/v1/mediaItems:batchCreate', { ...(albumId ? { albumId } : {}), newMediaItems: [{ simpleMediaItem: { uploadToken } }] })
    }
    return { emu, demo, sharer, unshared, shared, create }
  }

  it('batchCreate: into a shared album yes; without an album or into an unshared one → 403 insufficient scopes', async () => {
    const { emu, sharer, unshared, shared, create } = await withSharingOnly()
    const loose = await create()
    expect(isScopeRefusal(loose)).toBe(true)
    expect(loose.body).toMatchObject({ error: { code: 403, status: 'PERMISSION_DENIED', message: 'Request had insufficient authentication scopes.' } })
    expect(loose.headers.get('WWW-Authenticate')).toContain('scope="https://www.googleapis.com/auth/photoslibrary https://www.googleapis.com/auth/photoslibrary.appendonly"')
    expect(isScopeRefusal(await create(unshared))).toBe(true)
    const inShared = await create(shared)
    expect(inShared.status).toBe(200)
    expect(inShared.body.newMediaItemResults?.[0].status).toEqual({ message: 'Success' })
    // A collaborative album demo joined is shared too.
    const alice = (await emu.control.users()).find((u) => u.id === 'alice')?.sharedAlbums.find((s) => s.title === 'Garden party')
    expect((await sharer.post('/v1/sharedAlbums:join', { shareToken: alice?.shareToken })).status).toBe(200)
    expect((await create(alice?.albumId)).status).toBe(200)
  })

  it('batchAddMediaItems and addEnrichment: shared album yes, unshared → 403', async () => {
    const { demo, sharer, unshared, shared } = await withSharingOnly()
    const item = await demo.create(await jpeg(10, 10))
    expect(isScopeRefusal(await sharer.post(`/v1/albums/${unshared}:batchAddMediaItems`, { mediaItemIds: [item] }))).toBe(true)
    expect((await sharer.post(`/v1/albums/${shared}:batchAddMediaItems`, { mediaItemIds: [item] })).status).toBe(200)
    const note = { newEnrichmentItem: { textEnrichment: { text: 'Hi' } }, albumPosition: { position: 'LAST_IN_ALBUM' } }
    expect(isScopeRefusal(await sharer.post(`/v1/albums/${unshared}:addEnrichment`, note))).toBe(true)
    expect((await sharer.post(`/v1/albums/${shared}:addEnrichment`, note)).status).toBe(200)
  })

  it('appendonly or photoslibrary beside .sharing adds anywhere', async () => {
    const { emu, unshared } = await withSharingOnly()
    for (const scope of [APPEND, 'photoslibrary']) {
      const c = scoped(emu, SHARING, scope)
      const uploadToken = await c.upload(await jpeg(10, 10))
      expect((await c.post('/v1/mediaItems:batchCreate', { newMediaItems: [{ simpleMediaItem: { uploadToken } }] })).status).toBe(200)
      const again = await c.upload(await jpeg(10, 10))
      expect((await c.post('/v1/mediaItems:batchCreate', { albumId: unshared, newMediaItems: [{ simpleMediaItem: { uploadToken: again } }] })).status).toBe(200)
    }
  })
})
