import { describe, expect, it } from 'vitest'
import type { BatchCreateMediaItemsResponse, MediaItem } from './api-types.gen'
import { setup } from './test-support/helpers'
import { jpeg, png } from './test-support/images'
import { CHUNK_GRANULARITY } from './uploads'
import { readFileSync } from 'node:fs'
import { FIXTURE_DIR } from './testing'

const auth = { Authorization: 'Bearer demo' }

describe('uploads', () => {
  it('raw protocol: 200 text/plain token; batchCreate reads real EXIF metadata', async () => {
    const { emu, demo } = setup()
    const bytes = await jpeg(320, 200, { date: '2021:05:06 07:08:09', make: 'Acme' })
    const res = await emu.fetch('/v1/uploads', {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/octet-stream', 'X-Goog-Upload-Protocol': 'raw', 'X-Goog-Upload-Content-Type': 'image/jpeg', 'X-Goog-Upload-File-Name': 'holiday.jpg' },
      body: bytes.slice().buffer as ArrayBuffer,
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/plain/)
    const token = await res.text()
    expect(() => JSON.parse(token)).toThrow()
    const r = await demo.post<BatchCreateMediaItemsResponse>('/v1/mediaItems:batchCreate', { newMediaItems: [{ description: 'd', simpleMediaItem: { uploadToken: token } }] })
    const result = r.body.newMediaItemResults?.[0]
    expect(result?.status).toEqual({ message: 'Success' })
    expect(result?.uploadToken).toBe(token)
    expect(result?.mediaItem?.baseUrl).toBeUndefined()
    expect(result?.mediaItem).toMatchObject({
      description: 'd',
      filename: 'holiday.jpg',
      mimeType: 'image/jpeg',
      mediaMetadata: { creationTime: '2021-05-06T07:08:09Z', width: '320', height: '200', photo: { cameraMake: 'Acme', cameraModel: 'TestModel', apertureFNumber: 1.8, isoEquivalent: 400, focalLength: 50, exposureTime: '0.008s' } },
    })
  })

  it('batchCreate: per-item status (bad, reused, expired tokens), fileName override, limits', async () => {
    const { demo, alice, emu } = setup()
    const good = await demo.upload(await png(64, 48), 'a.png', 'image/png')
    const foreign = await alice.upload(await png(10, 10))
    const r = await demo.post<BatchCreateMediaItemsResponse>('/v1/mediaItems:batchCreate', {
      newMediaItems: [
        { simpleMediaItem: { uploadToken: good, fileName: 'renamed.png' } },
        { simpleMediaItem: { uploadToken: 'nope' } },
        { simpleMediaItem: { uploadToken: foreign } },
      ],
    })
    const res = r.body.newMediaItemResults ?? []
    expect(res[0].mediaItem).toMatchObject({ filename: 'renamed.png', mimeType: 'image/png', mediaMetadata: { width: '64', height: '48' } })
    expect(res[1].status?.code).toBe(3)
    expect(res[2].status?.code).toBe(3)
    // single use
    const again = await demo.post<BatchCreateMediaItemsResponse>('/v1/mediaItems:batchCreate', { newMediaItems: [{ simpleMediaItem: { uploadToken: good } }] })
    expect(again.body.newMediaItemResults?.[0].status?.code).toBe(3)
    // expiry after 24 h
    const old = await demo.upload(await png(10, 10))
    emu.clock.advance(24 * 3600_000 + 1)
    const expired = await demo.post<BatchCreateMediaItemsResponse>('/v1/mediaItems:batchCreate', { newMediaItems: [{ simpleMediaItem: { uploadToken: old } }] })
    expect(expired.body.newMediaItemResults?.[0].status?.code).toBe(3)
    // not media
    const junk = await demo.upload(new TextEncoder().encode('hello, this is not an image at all'), 'x.txt', 'text/plain')
    const j = await demo.post<BatchCreateMediaItemsResponse>('/v1/mediaItems:batchCreate', { newMediaItems: [{ simpleMediaItem: { uploadToken: junk } }] })
    expect(j.body.newMediaItemResults?.[0].status?.code).toBe(13)
    // request-level limits
    const fifty = Array.from({ length: 50 }, () => ({ simpleMediaItem: { uploadToken: 'x' } }))
    expect((await demo.post('/v1/mediaItems:batchCreate', { newMediaItems: fifty })).status).toBe(200)
    const over = await demo.post<{ error: { message: string } }>('/v1/mediaItems:batchCreate', { newMediaItems: [...fifty, fifty[0]] })
    expect(over.status).toBe(400)
    expect(over.body).toEqual({ error: { code: 400, message: 'Request must have less than 50 items.', status: 'INVALID_ARGUMENT' } })
    expect((await demo.post('/v1/mediaItems:batchCreate', { newMediaItems: [] })).status).toBe(400)
    expect((await demo.post('/v1/mediaItems:batchCreate', { newMediaItems: [{ simpleMediaItem: { uploadToken: 'x', fileName: 'a'.repeat(256) } }] })).status).toBe(400)
    expect((await demo.post('/v1/mediaItems:batchCreate', { newMediaItems: [{ description: 'a'.repeat(1000), simpleMediaItem: { uploadToken: 'x' } }] })).status).toBe(400)
    expect((await demo.post('/v1/mediaItems:batchCreate', { albumPosition: { position: 'FIRST_IN_ALBUM' }, newMediaItems: [{ simpleMediaItem: { uploadToken: 'x' } }] })).status).toBe(400)
  })

  it('batchCreate into an album at a position; seeded (non-app) albums refuse', async () => {
    const { demo } = setup()
    const albumId = (await demo.post<{ id: string }>('/v1/albums', { album: { title: 'pos' } })).body.id
    const a = await demo.create(await jpeg(10, 10), { albumId })
    const b = await demo.create(await jpeg(10, 10), { albumId })
    const t1 = await demo.upload(await jpeg(10, 10))
    const t2 = await demo.upload(await jpeg(10, 10))
    const r = await demo.post<BatchCreateMediaItemsResponse>('/v1/mediaItems:batchCreate', {
      albumId,
      albumPosition: { position: 'AFTER_MEDIA_ITEM', relativeMediaItemId: a },
      newMediaItems: [{ simpleMediaItem: { uploadToken: t1 } }, { simpleMediaItem: { uploadToken: t2 } }],
    })
    const [c, d] = (r.body.newMediaItemResults ?? []).map((x) => x.mediaItem?.id)
    const order = (await demo.post<{ mediaItems: MediaItem[] }>('/v1/mediaItems:search', { albumId })).body.mediaItems.map((m) => m.id)
    expect(order).toEqual([a, c, d, b])
    // The seeded trip made in the Google Photos app (from phone captures) is not app-created.
    const pets = (await demo.get<{ albums: { id: string; title: string; isWriteable?: boolean }[] }>('/v1/albums?pageSize=50')).body.albums.find((x) => x.isWriteable !== true)
    expect(pets).toBeDefined()
    const t3 = await demo.upload(await jpeg(10, 10))
    const refused = await demo.post<{ error: { message: string } }>('/v1/mediaItems:batchCreate', { albumId: pets?.id, newMediaItems: [{ simpleMediaItem: { uploadToken: t3 } }] })
    expect(refused.body.error.message).toBe('No permission to add media items to this album.')
  })

  it('resumable protocol: start, chunk, cut, query, resume, finalize', async () => {
    const { emu, demo } = setup()
    const bytes = await jpeg(1600, 1200, { date: '2020:01:02 03:04:05' })
    const big = new Uint8Array(CHUNK_GRANULARITY * 2 + 1000)
    big.set(bytes)
    // pad with zeros after the JPEG (decoders ignore trailing bytes) so the upload spans 3 chunks
    const start = await emu.fetch('/v1/uploads', {
      method: 'POST',
      headers: { ...auth, 'Content-Length': '0', 'X-Goog-Upload-Command': 'start', 'X-Goog-Upload-Content-Type': 'image/jpeg', 'X-Goog-Upload-Protocol': 'resumable', 'X-Goog-Upload-Raw-Size': String(big.length), 'X-Goog-Upload-File-Name': 'big.jpg' },
    })
    expect(start.status).toBe(200)
    expect(start.headers.get('X-Goog-Upload-Status')).toBe('active')
    expect(start.headers.get('X-Goog-Upload-Chunk-Granularity')).toBe('262144')
    const url = start.headers.get('X-Goog-Upload-URL') as string
    expect(url).toMatch(/^http:\/\/emulator.test\/v1\/uploads\?upload_id=/)
    const send = (cmd: string, offset: number, chunk: Uint8Array) =>
      emu.fetch(url, { method: 'POST', headers: { 'X-Goog-Upload-Command': cmd, 'X-Goog-Upload-Offset': String(offset), 'X-Goog-Upload-Protocol': 'resumable' }, body: chunk.slice().buffer as ArrayBuffer })
    expect((await send('upload', 0, big.subarray(0, CHUNK_GRANULARITY))).status).toBe(200)
    // a non-multiple chunk that is not final is refused; a wrong offset is refused
    expect((await send('upload', CHUNK_GRANULARITY, big.subarray(CHUNK_GRANULARITY, CHUNK_GRANULARITY + 10))).status).toBe(400)
    expect((await send('upload', 5, big.subarray(CHUNK_GRANULARITY, 2 * CHUNK_GRANULARITY))).status).toBe(400)
    // the connection is cut while the second chunk's response is on its way
    emu.control.enqueueFaults([{ kind: 'drop', afterBytes: 0, match: '/v1/uploads' }])
    const cut = await send('upload', CHUNK_GRANULARITY, big.subarray(CHUNK_GRANULARITY, 2 * CHUNK_GRANULARITY))
    await expect(cut.text()).rejects.toThrow()
    const q = await emu.fetch(url, { method: 'POST', headers: { 'X-Goog-Upload-Command': 'query' } })
    expect(q.headers.get('X-Goog-Upload-Status')).toBe('active')
    const received = Number(q.headers.get('X-Goog-Upload-Size-Received'))
    expect(received).toBe(2 * CHUNK_GRANULARITY)
    const fin = await send('upload, finalize', received, big.subarray(received))
    expect(fin.status).toBe(200)
    expect(fin.headers.get('X-Goog-Upload-Status')).toBe('final')
    const token = await fin.text()
    const r = await demo.post<BatchCreateMediaItemsResponse>('/v1/mediaItems:batchCreate', { newMediaItems: [{ simpleMediaItem: { uploadToken: token } }] })
    expect(r.body.newMediaItemResults?.[0].mediaItem).toMatchObject({ filename: 'big.jpg', mediaMetadata: { width: '1600', height: '1200', creationTime: '2020-01-02T03:04:05Z' } })
  })

  it('resumable cancel; raw upload needs auth; empty upload → 400', async () => {
    const { emu } = setup()
    const start = await emu.fetch('/v1/uploads', { method: 'POST', headers: { ...auth, 'X-Goog-Upload-Command': 'start', 'X-Goog-Upload-Protocol': 'resumable' } })
    const url = start.headers.get('X-Goog-Upload-URL') as string
    const c = await emu.fetch(url, { method: 'POST', headers: { 'X-Goog-Upload-Command': 'cancel' } })
    expect(c.status).toBe(200)
    const after = await emu.fetch(url, { method: 'POST', headers: { 'X-Goog-Upload-Command': 'upload, finalize', 'X-Goog-Upload-Offset': '0' }, body: 'abc' })
    expect(after.status).toBe(400)
    expect((await emu.fetch('/v1/uploads', { method: 'POST', body: 'x' })).status).toBe(401)
    expect((await emu.fetch('/v1/uploads', { method: 'POST', headers: { ...auth, 'X-Goog-Upload-Protocol': 'raw' } })).status).toBe(400)
  })

  it('videos: mp4 metadata from moov boxes; PROCESSING then READY on the emulator clock', async () => {
    const { emu, demo } = setup({ videoProcessingMs: 3000 })
    const bytes = new Uint8Array(readFileSync(`${FIXTURE_DIR}waves.mp4`))
    const token = await demo.upload(bytes, 'clip.mp4', 'video/mp4')
    const r = await demo.post<BatchCreateMediaItemsResponse>('/v1/mediaItems:batchCreate', { newMediaItems: [{ simpleMediaItem: { uploadToken: token } }] })
    const item = r.body.newMediaItemResults?.[0].mediaItem as MediaItem
    expect(item).toMatchObject({ mimeType: 'video/mp4', mediaMetadata: { width: '320', height: '240', video: { fps: 25, status: 'PROCESSING' } } })
    const got = (await demo.get<MediaItem>(`/v1/mediaItems/${item.id}`)).body
    expect((await emu.fetch(`${got.baseUrl}=dv`)).status).toBe(404)
    emu.clock.advance(3000)
    const ready = (await demo.get<MediaItem>(`/v1/mediaItems/${item.id}`)).body
    expect(ready.mediaMetadata?.video?.status).toBe('READY')
    const dv = await emu.fetch(`${ready.baseUrl}=dv`)
    expect(dv.status).toBe(200)
    expect(new Uint8Array(await dv.arrayBuffer())).toEqual(bytes)
    // placeholder poster for an uploaded video
    const thumb = await emu.fetch(`${ready.baseUrl}=w100-h100`)
    expect(thumb.headers.get('Content-Type')).toBe('image/jpeg')
  })
})

describe('CORS exposure of the upload headers (corsExpose)', () => {
  const start = (emu: ReturnType<typeof setup>['emu']) =>
    emu.fetch('/v1/uploads', {
      method: 'POST',
      headers: { ...auth, Origin: 'http://app.test', 'X-Goog-Upload-Protocol': 'resumable', 'X-Goog-Upload-Command': 'start' },
    })

  it('exposes X-Goog-Upload-* by default, none of them after switching to "none" at run time, and back', async () => {
    const { emu } = setup()
    const exposed = (await start(emu)).headers.get('Access-Control-Expose-Headers') ?? ''
    expect(exposed).toContain('X-Goog-Upload-URL')
    expect(exposed).toContain('X-Goog-Upload-Status')

    expect((await emu.control.setConfig({ corsExpose: 'none' })).corsExpose).toBe('none')
    const hidden = await start(emu)
    // The session still starts and the header is sent; a page just may not read it.
    expect(hidden.headers.get('X-Goog-Upload-URL')).toMatch(/upload_id=/)
    expect(hidden.headers.get('Access-Control-Expose-Headers') ?? '').not.toMatch(/X-Goog-Upload/i)
    expect(hidden.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After')

    await emu.control.setConfig({ corsExpose: 'all' })
    expect((await start(emu)).headers.get('Access-Control-Expose-Headers')).toContain('X-Goog-Upload-URL')
  })

  it('the control route switches it over HTTP', async () => {
    const { emu } = setup()
    const res = await emu.fetch('/_emulator/config', { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ corsExpose: 'none' }) })
    expect(((await res.json()) as { corsExpose: string }).corsExpose).toBe('none')
    expect((await start(emu)).headers.get('Access-Control-Expose-Headers') ?? '').not.toMatch(/X-Goog-Upload/i)
  })
})
