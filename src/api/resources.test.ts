// @vitest-environment ./src/test/node-env.ts
// Every method's request (path, verb, query, body, headers) and response mapping, against the in-process emulator.
import { beforeEach, describe, expect, it } from 'vitest'
import { createTestEmulator, type TestEmulator } from '../test/emulator'
import { createTestClient } from './test-harness'
import type { MediaItem } from './types'

let emu: TestEmulator
let t: ReturnType<typeof createTestClient>

beforeEach(() => {
  emu = createTestEmulator({ seed: 'fixture' })
  t = createTestClient(emu)
})

const last = () => t.calls.at(-1)!

describe('albums', () => {
  it('create: POST /v1/albums with {album:{title}}, bearer token, JSON content type', async () => {
    const album = await t.client.albums.create({ title: 'Trip' })
    expect(last().method).toBe('POST')
    expect(last().path).toBe('/v1/albums')
    expect(last().headers.get('Authorization')).toBe('Bearer demo')
    expect(last().headers.get('Content-Type')).toBe('application/json')
    expect(t.recorder.json(last())).toEqual({ album: { title: 'Trip' } })
    expect(album).toMatchObject({ title: 'Trip', isWriteable: true })
    expect(album.id).toBeTruthy()
  })

  it('get and list map the response (albums array always present)', async () => {
    const created = await t.client.albums.create({ title: 'Empty' })
    const got = await t.client.albums.get(created.id!)
    expect(last()).toMatchObject({ method: 'GET', path: `/v1/albums/${created.id}` })
    expect(got.title).toBe('Empty')
    const page = await t.client.albums.list({ pageSize: 2 })
    expect(last().url.searchParams.get('pageSize')).toBe('2')
    expect(page.albums).toHaveLength(2)
    expect(page.nextPageToken).toBeTruthy()
    await t.client.albums.list({ pageSize: 2, pageToken: page.nextPageToken })
    expect(last().url.searchParams.get('pageToken')).toBe(page.nextPageToken)
  })

  it('listAll walks every page with pageSize 50', async () => {
    for (let i = 0; i < 55; i++) await t.client.albums.create({ title: `A${i}` })
    t.recorder.clear()
    const all = await t.client.albums.listAll()
    expect(t.calls.map((c) => c.url.searchParams.get('pageSize'))).toEqual(['50', '50'])
    expect(t.calls[1]!.url.searchParams.get('pageToken')).toBeTruthy()
    expect(all.length).toBeGreaterThanOrEqual(55)
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length)
  })

  it('patch sends the update mask of exactly the fields given', async () => {
    const album = await t.client.albums.create({ title: 'Old' })
    const patched = await t.client.albums.patch(album.id!, { title: 'New' })
    expect(last().method).toBe('PATCH')
    expect(last().path).toBe(`/v1/albums/${album.id}`)
    expect(last().url.searchParams.get('updateMask')).toBe('title')
    expect(t.recorder.json(last())).toEqual({ id: album.id, title: 'New' })
    expect(patched.title).toBe('New')
    expect(() => t.client.albums.patch(album.id!, {})).toThrow(TypeError)
  })

  it('batchAddMediaItems / batchRemoveMediaItems chunk at 50 and keep the order', async () => {
    // Only app-created items can be added to an album.
    const ids = (await createItems(120)).map((m) => m.id!)
    const album = await t.client.albums.create({ title: 'Big' })
    t.recorder.clear()
    const progress: number[] = []
    await t.client.albums.batchAddMediaItems(album.id!, ids, { onProgress: (done) => progress.push(done) })
    expect(t.calls.map((c) => [c.method, c.path])).toEqual(Array(3).fill(['POST', `/v1/albums/${album.id}:batchAddMediaItems`]))
    expect(t.calls.map((c) => (t.recorder.json(c) as { mediaItemIds: string[] }).mediaItemIds.length)).toEqual([50, 50, 20])
    expect(t.calls.flatMap((c) => (t.recorder.json(c) as { mediaItemIds: string[] }).mediaItemIds)).toEqual(ids)
    expect(progress).toEqual([50, 100, 120])
    const contents = await t.client.mediaItems.searchAll({ albumId: album.id })
    expect(contents.map((m) => m.id)).toEqual(ids)

    t.recorder.clear()
    await t.client.albums.batchRemoveMediaItems(album.id!, [...ids.slice(0, 60), ids[0]!])
    expect(t.calls.map((c) => (t.recorder.json(c) as { mediaItemIds: string[] }).mediaItemIds.length)).toEqual([50, 10])
    expect(t.calls[0]!.path).toBe(`/v1/albums/${album.id}:batchRemoveMediaItems`)
    expect((await t.client.albums.get(album.id!)).mediaItemsCount).toBe('60')
  })

  it('addEnrichment posts both required fields and returns the enrichment id', async () => {
    const album = await t.client.albums.create({ title: 'Story' })
    const res = await t.client.albums.addEnrichment(album.id!, {
      newEnrichmentItem: { textEnrichment: { text: 'Day one' } },
      albumPosition: { position: 'FIRST_IN_ALBUM' },
    })
    expect(last()).toMatchObject({ method: 'POST', path: `/v1/albums/${album.id}:addEnrichment` })
    expect(t.recorder.json(last())).toEqual({ newEnrichmentItem: { textEnrichment: { text: 'Day one' } }, albumPosition: { position: 'FIRST_IN_ALBUM' } })
    expect(res.enrichmentItem?.id).toBeTruthy()
  })

  it('share and unshare (legacy profile)', async () => {
    const album = await t.client.albums.create({ title: 'Shared' })
    const { shareInfo } = await t.client.albums.share(album.id!, { isCollaborative: true })
    expect(last()).toMatchObject({ method: 'POST', path: `/v1/albums/${album.id}:share` })
    expect(t.recorder.json(last())).toEqual({ sharedAlbumOptions: { isCollaborative: true } })
    expect(shareInfo?.shareToken).toBeTruthy()
    expect(shareInfo?.sharedAlbumOptions?.isCollaborative).toBe(true)
    await t.client.albums.unshare(album.id!)
    expect(last()).toMatchObject({ method: 'POST', path: `/v1/albums/${album.id}:unshare` })
    expect(t.recorder.json(last())).toEqual({})
    expect((await t.client.albums.get(album.id!)).shareInfo).toBeUndefined()
  })
})

describe('mediaItems', () => {
  it('get, list and patch', async () => {
    const page = await t.client.mediaItems.list({ pageSize: 3 })
    expect(last().path).toBe('/v1/mediaItems')
    expect(last().url.searchParams.get('pageSize')).toBe('3')
    expect(page.mediaItems).toHaveLength(3)
    const id = page.mediaItems[0]!.id!
    const item = await t.client.mediaItems.get(id)
    expect(last()).toMatchObject({ method: 'GET', path: `/v1/mediaItems/${id}` })
    expect(item.id).toBe(id)
    expect(item.baseUrl).toMatch(/^http:\/\/emulator\.test\//)
    const patched = await t.client.mediaItems.patch(id, { description: 'At the beach' })
    expect(last()).toMatchObject({ method: 'PATCH', path: `/v1/mediaItems/${id}` })
    expect(last().url.searchParams.get('updateMask')).toBe('description')
    expect(t.recorder.json(last())).toEqual({ id, description: 'At the beach' })
    expect(patched.description).toBe('At the beach')
  })

  it('listAll and searchAll walk every page with pageSize 100', async () => {
    await emu.control.setLargeLibrary(250)
    const all = await t.client.mediaItems.listAll()
    expect(t.calls.map((c) => c.url.searchParams.get('pageSize'))).toEqual(['100', '100', '100'])
    expect(all.length).toBeGreaterThanOrEqual(250)
    t.recorder.clear()
    const found = await t.client.mediaItems.searchAll({ filters: { mediaTypeFilter: { mediaTypes: ['PHOTO'] } } })
    expect(t.calls.every((c) => c.method === 'POST' && c.path === '/v1/mediaItems:search')).toBe(true)
    expect(t.recorder.json(t.calls[0]!)).toEqual({ filters: { mediaTypeFilter: { mediaTypes: ['PHOTO'] } }, pageSize: 100 })
    expect((t.recorder.json(t.calls[1]!) as { pageToken?: string }).pageToken).toBeTruthy()
    expect(found.length).toBeGreaterThan(100)
    expect(found.every((m) => m.mimeType?.startsWith('image/'))).toBe(true)
  })

  it('batchGet of 120 ids makes 3 calls with repeated mediaItemIds and answers in the order asked', async () => {
    await emu.control.setLargeLibrary(130)
    const ids = (await t.client.mediaItems.listAll()).slice(0, 120).map((m) => m.id!)
    const asked = [...ids].reverse()
    t.recorder.clear()
    const results = await t.client.mediaItems.batchGet([...asked, asked[0]!])
    expect(t.calls.map((c) => [c.method, c.path, c.url.searchParams.getAll('mediaItemIds').length])).toEqual([
      ['GET', '/v1/mediaItems:batchGet', 50],
      ['GET', '/v1/mediaItems:batchGet', 50],
      ['GET', '/v1/mediaItems:batchGet', 20],
    ])
    expect(results.map((r) => r.mediaItem?.id)).toEqual([...asked, asked[0]])
  })

  it('batchCreate sends newMediaItems in chunks of ≤50 and maps results per item', async () => {
    const tokens: string[] = []
    for (let i = 0; i < 55; i++) {
      tokens.push(await t.client.uploads.uploadBytes(new Blob([jpeg()]), { fileName: `f${i}.jpg`, mimeType: 'image/jpeg' }))
    }
    const album = await t.client.albums.create({ title: 'Batch' })
    t.recorder.clear()
    const { newMediaItemResults } = await t.client.mediaItems.batchCreate({
      albumId: album.id,
      newMediaItems: tokens.map((uploadToken, i) => ({ description: `d${i}`, simpleMediaItem: { uploadToken, fileName: `f${i}.jpg` } })),
    })
    expect(t.calls.map((c) => [c.method, c.path])).toEqual([
      ['POST', '/v1/mediaItems:batchCreate'],
      ['POST', '/v1/mediaItems:batchCreate'],
    ])
    const bodies = t.calls.map((c) => t.recorder.json(c) as { albumId: string; newMediaItems: unknown[] })
    expect(bodies.map((b) => b.newMediaItems.length)).toEqual([50, 5])
    expect(bodies[0]!.albumId).toBe(album.id)
    expect(newMediaItemResults).toHaveLength(55)
    expect(newMediaItemResults.map((r) => r.mediaItem?.filename)).toEqual(tokens.map((_, i) => `f${i}.jpg`))
    expect(newMediaItemResults[3]!.mediaItem?.description).toBe('d3')
    const contents = await t.client.mediaItems.searchAll({ albumId: album.id })
    expect(contents.map((m) => m.filename)).toEqual(tokens.map((_, i) => `f${i}.jpg`))
  })
})

describe('sharedAlbums', () => {
  it('get, join, list and leave with another user', async () => {
    const users = await emu.control.users()
    const demoShare = users.find((u) => u.id === 'demo')!.sharedAlbums[0]!
    const alice = createTestClient(emu, { token: 'alice' })
    const album = await alice.client.sharedAlbums.get(demoShare.shareToken)
    expect(alice.calls.at(-1)).toMatchObject({ method: 'GET', path: `/v1/sharedAlbums/${demoShare.shareToken}` })
    expect(alice.calls.at(-1)!.headers.get('Authorization')).toBe('Bearer alice')
    expect(album.title).toBe(demoShare.title)
    const joined = await alice.client.sharedAlbums.join(demoShare.shareToken)
    expect(alice.calls.at(-1)).toMatchObject({ method: 'POST', path: '/v1/sharedAlbums:join' })
    expect(alice.recorder.json(alice.calls.at(-1)!)).toEqual({ shareToken: demoShare.shareToken })
    expect(joined.id).toBe(demoShare.albumId)
    const page = await alice.client.sharedAlbums.list({ pageSize: 50 })
    expect(alice.calls.at(-1)).toMatchObject({ method: 'GET', path: '/v1/sharedAlbums' })
    expect(page.sharedAlbums.map((a) => a.id)).toContain(demoShare.albumId)
    expect(await alice.client.sharedAlbums.listAll()).toEqual(expect.arrayContaining([expect.objectContaining({ id: demoShare.albumId })]))
    await alice.client.sharedAlbums.leave(demoShare.shareToken)
    expect(alice.calls.at(-1)).toMatchObject({ method: 'POST', path: '/v1/sharedAlbums:leave' })
    expect((await alice.client.sharedAlbums.list()).sharedAlbums.map((a) => a.id)).not.toContain(demoShare.albumId)
  })
})

async function createItems(n: number): Promise<MediaItem[]> {
  const tokens = await Promise.all(
    Array.from({ length: n }, (_, i) => t.client.uploads.uploadBytes(new Blob([jpeg()]), { fileName: `item${i}.jpg`, mimeType: 'image/jpeg' })),
  )
  const { newMediaItemResults } = await t.client.mediaItems.batchCreate({ newMediaItems: tokens.map((uploadToken) => ({ simpleMediaItem: { uploadToken } })) })
  t.recorder.clear()
  return newMediaItemResults.map((r) => r.mediaItem!)
}

// A small valid JPEG from the emulator's fixture set, so uploads carry real image bytes.
import { readFileSync } from 'node:fs'
import { FIXTURE_DIR } from '../test/emulator'
let jpegBytes: Uint8Array<ArrayBuffer> | undefined
function jpeg(): Uint8Array<ArrayBuffer> {
  jpegBytes ??= new Uint8Array(readFileSync(`${FIXTURE_DIR}beach-sunset.jpg`))
  return jpegBytes
}
