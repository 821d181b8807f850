// @vitest-environment ./src/test/node-env.ts
// Uploads against the emulator: raw and resumable protocols, resuming after a cut, the pipeline, and the
// batchCreate outcome check after a lost connection.
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { FIXTURE_DIR, createTestEmulator, type TestEmulator } from '../test/emulator'
import { isUploadValidationError } from './errors'
import { isOutcomeUnknownResult } from './media-items'
import { createTestClient } from './test-harness'
import { checkUploadFile, validateUploadFile } from './upload-validation'
import type { UploadProgressEvent } from './uploads'

const JPEG = new Uint8Array(readFileSync(`${FIXTURE_DIR}beach-sunset.jpg`))
/** A real JPEG padded after its end marker to `size` bytes. */
function jpegOfSize(size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size)
  out.set(JPEG)
  return out
}
const file = (name: string, bytes: Uint8Array<ArrayBuffer> = JPEG, type = 'image/jpeg') => new File([bytes], name, { type })

let emu: TestEmulator
let t: ReturnType<typeof createTestClient>
beforeEach(() => {
  emu = createTestEmulator({ seed: 'fixture' })
  t = createTestClient(emu, { upload: { resumableThresholdBytes: 300_000, chunkBytes: 262_144 } })
})

/** Fault matching is by path, which session URLs share with the start request: queue the fault at the right moment. */
function faultOnFirstSessionRequest(fault: Parameters<TestEmulator['control']['enqueueFaults']>[0][number]) {
  const inner = emu.fetch
  let armed = true
  t = createTestClient(
    {
      baseUrl: emu.baseUrl,
      fetch: ((input: string | URL | Request, init?: RequestInit) => {
        if (armed && String(input).includes('upload_id=')) {
          armed = false
          emu.control.enqueueFaults([fault])
        }
        return inner(input, init)
      }) as typeof fetch,
    },
    { upload: { resumableThresholdBytes: 300_000, chunkBytes: 262_144 } },
  )
}

describe('uploadBytes', () => {
  it('raw: the contract headers, the file bytes, and the token as plain text', async () => {
    const progress: number[] = []
    const token = await t.client.uploads.uploadBytes(file('a.jpg'), { fileName: 'a.jpg', mimeType: 'image/jpeg', onProgress: (n) => progress.push(n) })
    const call = t.calls[0]!
    expect(call).toMatchObject({ method: 'POST', path: '/v1/uploads', bytes: JPEG.length })
    expect(Object.fromEntries(call.headers)).toMatchObject({
      authorization: 'Bearer demo',
      'content-type': 'application/octet-stream',
      'x-goog-upload-protocol': 'raw',
      'x-goog-upload-content-type': 'image/jpeg',
      'x-goog-upload-file-name': 'a.jpg',
    })
    expect(token).toMatch(/^CAIS/)
    expect(progress).toEqual([0, JPEG.length])
  })

  it('percent-encodes a non-ASCII file name, and the server stores the real name', async () => {
    const token = await t.client.uploads.uploadBytes(file('x.jpg'), { fileName: 'Çà va 日本.jpg', mimeType: 'image/jpeg' })
    expect(t.calls[0]!.headers.get('X-Goog-Upload-File-Name')).toBe(encodeURIComponent('Çà va 日本.jpg'))
    const { newMediaItemResults } = await t.client.mediaItems.batchCreate({ newMediaItems: [{ simpleMediaItem: { uploadToken: token } }] })
    expect(newMediaItemResults[0]!.mediaItem?.filename).toBe('Çà va 日本.jpg')
  })

  it('resumable above the threshold: start, chunks in multiples of the granularity, finalize', async () => {
    const size = 700_000
    const progress: number[] = []
    const token = await t.client.uploads.uploadBytes(file('big.jpg', jpegOfSize(size)), { fileName: 'big.jpg', mimeType: 'image/jpeg', onProgress: (n) => progress.push(n) })
    const [start, ...chunks] = t.calls
    expect(Object.fromEntries(start!.headers)).toMatchObject({
      'x-goog-upload-command': 'start',
      'x-goog-upload-protocol': 'resumable',
      'x-goog-upload-raw-size': String(size),
      'x-goog-upload-content-type': 'image/jpeg',
      'x-goog-upload-file-name': 'big.jpg',
    })
    expect(start!.bytes).toBe(0)
    expect(chunks.map((c) => [c.headers.get('X-Goog-Upload-Command'), c.headers.get('X-Goog-Upload-Offset'), c.bytes])).toEqual([
      ['upload', '0', 262_144],
      ['upload', '262144', 262_144],
      ['upload, finalize', '524288', size - 524_288],
    ])
    expect(chunks.every((c) => c.url.searchParams.get('upload_id'))).toBe(true)
    expect(progress).toEqual([0, 262_144, 524_288, size])
    const { newMediaItemResults } = await t.client.mediaItems.batchCreate({ newMediaItems: [{ simpleMediaItem: { uploadToken: token } }] })
    expect(newMediaItemResults[0]!.mediaItem?.filename).toBe('big.jpg')
  })

  it('resumes from the offset the server reports after a cut connection', async () => {
    const size = 900_000
    // The first chunk reaches the server and its answer is cut.
    faultOnFirstSessionRequest({ kind: 'drop' })
    const token = await t.client.uploads.uploadBytes(file('cut.jpg', jpegOfSize(size)), { fileName: 'cut.jpg', mimeType: 'image/jpeg' })
    const commands = t.calls.slice(1).map((c) => `${c.headers.get('X-Goog-Upload-Command')}@${c.headers.get('X-Goog-Upload-Offset') ?? '-'}`)
    expect(commands).toEqual(['upload@0', 'query@-', 'upload@262144', 'upload@524288', 'upload, finalize@786432'])
    expect(t.sleeps).toHaveLength(1)
    const { newMediaItemResults } = await t.client.mediaItems.batchCreate({ newMediaItems: [{ simpleMediaItem: { uploadToken: token } }] })
    expect(newMediaItemResults[0]!.mediaItem?.filename).toBe('cut.jpg')
  })

  it('resumes after a 503 on a chunk', async () => {
    faultOnFirstSessionRequest({ status: 503 })
    await t.client.uploads.uploadBytes(file('s.jpg', jpegOfSize(600_000)), { fileName: 's.jpg', mimeType: 'image/jpeg' })
    const commands = t.calls.slice(1).map((c) => `${c.headers.get('X-Goog-Upload-Command')}@${c.headers.get('X-Goog-Upload-Offset') ?? '-'}:${c.status}`)
    expect(commands).toEqual(['upload@0:503', 'query@-:200', 'upload@0:200', 'upload@262144:200', 'upload, finalize@524288:200'])
  })
})

describe('uploadFiles', () => {
  it('validates, uploads a few at a time, creates in the user order, and reports per file', async () => {
    const album = await t.client.albums.create({ title: 'Holiday' })
    t.recorder.clear()
    // The first file's bytes are slow, so uploads finish out of order; creation must still follow the input order.
    emu.control.enqueueFaults([{ kind: 'latency', ms: 60, match: '/v1/uploads' }])
    const inputs = [
      { file: file('one.jpg') },
      { file: file('empty.jpg', new Uint8Array(0)) },
      { file: file('two.jpg'), description: 'second' },
      { file: file('notes.txt', new Uint8Array([1, 2, 3]), 'text/plain') },
      { file: file('three.jpg', jpegOfSize(400_000)) },
    ]
    const events: UploadProgressEvent[] = []
    const results = await t.client.uploads.uploadFiles(inputs, { albumId: album.id, onProgress: (e) => events.push(e) })
    expect(results.map((r) => [r.fileName, r.status])).toEqual([
      ['one.jpg', 'created'],
      ['empty.jpg', 'invalid'],
      ['two.jpg', 'created'],
      ['notes.txt', 'invalid'],
      ['three.jpg', 'created'],
    ])
    expect(results[2]!.mediaItem?.description).toBe('second')
    expect(isUploadValidationError(results[1]!.error)).toBe(true)
    const creates = t.recorder.to('/v1/mediaItems:batchCreate')
    expect(creates).toHaveLength(1)
    const body = t.recorder.json(creates[0]!) as { albumId: string; newMediaItems: { simpleMediaItem: { fileName: string } }[] }
    expect(body.albumId).toBe(album.id)
    expect(body.newMediaItems.map((n) => n.simpleMediaItem.fileName)).toEqual(['one.jpg', 'two.jpg', 'three.jpg'])
    const contents = await t.client.mediaItems.searchAll({ albumId: album.id })
    expect(contents.map((m) => m.filename)).toEqual(['one.jpg', 'two.jpg', 'three.jpg'])
    const done = events.filter((e) => e.phase === 'done')
    expect(done.map((e) => e.index).sort()).toEqual([0, 2, 4])
    expect(done.at(-1)!.overall).toMatchObject({ filesDone: 3, filesTotal: 3, bytesSent: done.at(-1)!.overall.bytesTotal })
  })

  it('creates 120 files in batches of 50, 50, 20, one call at a time', async () => {
    const inputs = Array.from({ length: 120 }, (_, i) => ({ file: file(`p${String(i).padStart(3, '0')}.jpg`) }))
    let inFlightUploads = 0
    let maxInFlight = 0
    const inner = t.recorder.fetch
    const counting = createTestClient(
      {
        baseUrl: emu.baseUrl,
        fetch: (async (input: string | URL | Request, init?: RequestInit) => {
          const isUpload = String(input).endsWith('/v1/uploads')
          if (isUpload) maxInFlight = Math.max(maxInFlight, ++inFlightUploads)
          try {
            return await inner(input, init)
          } finally {
            if (isUpload) inFlightUploads--
          }
        }) as typeof fetch,
      },
      {},
    )
    const results = await counting.client.uploads.uploadFiles(inputs)
    expect(results.every((r) => r.status === 'created')).toBe(true)
    const creates = t.recorder.to('/v1/mediaItems:batchCreate')
    expect(creates.map((c) => (t.recorder.json(c) as { newMediaItems: unknown[] }).newMediaItems.length)).toEqual([50, 50, 20])
    expect(maxInFlight).toBeLessThanOrEqual(3)
    expect(maxInFlight).toBeGreaterThan(1)
    expect(results.map((r) => r.mediaItem?.filename)).toEqual(inputs.map((i) => i.file.name))
  })
})

describe('batchCreate outcome check', () => {
  async function tokens(names: string[]) {
    const out: string[] = []
    for (const n of names) out.push(await t.client.uploads.uploadBytes(file(n), { fileName: n, mimeType: 'image/jpeg' }))
    return out
  }

  it('album: a dropped answer is checked against the album, found created, never sent twice', async () => {
    const album = await t.client.albums.create({ title: 'Dropped' })
    const names = ['d1.jpg', 'd2.jpg', 'd3.jpg']
    const toks = await tokens(names)
    t.recorder.clear()
    emu.control.enqueueFaults([{ kind: 'drop', match: 'batchCreate' }])
    const { newMediaItemResults } = await t.client.mediaItems.batchCreate({
      albumId: album.id,
      newMediaItems: toks.map((uploadToken, i) => ({ simpleMediaItem: { uploadToken, fileName: names[i] } })),
    })
    expect(t.recorder.to('/v1/mediaItems:batchCreate')).toHaveLength(1)
    expect(t.recorder.to('/v1/mediaItems:search').length).toBeGreaterThan(0)
    expect(newMediaItemResults.map((r) => r.mediaItem?.filename)).toEqual(names)
    const contents = await t.client.mediaItems.searchAll({ albumId: album.id })
    expect(contents.map((m) => m.filename)).toEqual(names)
    expect(newMediaItemResults.map((r) => r.mediaItem?.id)).toEqual(contents.map((m) => m.id))
  })

  it('album: a 5xx (nothing created) is checked, found absent, and sent again once', async () => {
    const album = await t.client.albums.create({ title: 'Refused' })
    const names = ['r1.jpg', 'r2.jpg']
    const toks = await tokens(names)
    t.recorder.clear()
    emu.control.enqueueFaults([{ status: 500, match: 'batchCreate' }])
    const { newMediaItemResults } = await t.client.mediaItems.batchCreate({
      albumId: album.id,
      newMediaItems: toks.map((uploadToken, i) => ({ simpleMediaItem: { uploadToken, fileName: names[i] } })),
    })
    expect(t.recorder.to('/v1/mediaItems:batchCreate').map((c) => c.status)).toEqual([500, 200])
    expect(newMediaItemResults.map((r) => r.mediaItem?.filename)).toEqual(names)
    expect((await t.client.mediaItems.searchAll({ albumId: album.id })).map((m) => m.filename)).toEqual(names)
  })

  it('library: a dropped answer whose names now exist stays "unknown" (never re-sent); absent names are re-sent', async () => {
    const toks = await tokens(['lib1.jpg'])
    emu.control.enqueueFaults([{ kind: 'drop', match: 'batchCreate' }])
    const dropped = await t.client.mediaItems.batchCreate({ newMediaItems: [{ simpleMediaItem: { uploadToken: toks[0], fileName: 'lib1.jpg' } }] })
    expect(isOutcomeUnknownResult(dropped.newMediaItemResults[0]!)).toBe(true)
    expect(dropped.newMediaItemResults[0]!.status?.details?.[0]).toMatchObject({ candidateIds: [expect.any(String)] })
    expect((await t.client.mediaItems.listAll()).filter((m) => m.filename === 'lib1.jpg')).toHaveLength(1)

    const [tok2] = await tokens(['lib2.jpg'])
    t.recorder.clear()
    emu.control.enqueueFaults([{ status: 503, match: 'batchCreate' }])
    const refused = await t.client.mediaItems.batchCreate({ newMediaItems: [{ simpleMediaItem: { uploadToken: tok2, fileName: 'lib2.jpg' } }] })
    expect(refused.newMediaItemResults[0]!.mediaItem?.filename).toBe('lib2.jpg')
    expect(t.recorder.to('/v1/mediaItems:batchCreate').map((c) => c.status)).toEqual([503, 200])
  })

  it('uploadFiles reports "unknown" per file with candidates after a library drop', async () => {
    emu.control.enqueueFaults([{ kind: 'drop', match: 'batchCreate' }])
    const results = await t.client.uploads.uploadFiles([{ file: file('u1.jpg') }])
    expect(results[0]).toMatchObject({ status: 'unknown', candidateIds: [expect.any(String)] })
  })

  it('a per-minute 429 on batchCreate (refused, nothing created) is waited out and sent again', async () => {
    const [tok] = await tokens(['q.jpg'])
    t.recorder.clear()
    emu.control.enqueueFaults([{ status: 429, quota: 'minute', retryAfter: 30, match: 'batchCreate' }])
    const res = await t.client.mediaItems.batchCreate({ newMediaItems: [{ simpleMediaItem: { uploadToken: tok } }] })
    expect(res.newMediaItemResults[0]!.mediaItem).toBeTruthy()
    expect(t.sleeps).toEqual([30_000])
  })
})

describe('validation', () => {
  it('accepts the documented formats and refuses empty, unsupported and oversized files', () => {
    expect(validateUploadFile({ name: 'a.HEIC', size: 10 })).toMatchObject({ kind: 'photo', mimeType: 'image/heic' })
    expect(validateUploadFile({ name: 'clip.mts', size: 10 })).toMatchObject({ kind: 'video' })
    expect(validateUploadFile({ name: 'raw.CR2', size: 10 })).toMatchObject({ kind: 'photo' })
    expect(checkUploadFile({ name: 'a.jpg', size: 0 })).toMatchObject({ ok: false, error: { reason: 'empty' } })
    expect(checkUploadFile({ name: 'a.pdf', size: 10 })).toMatchObject({ ok: false, error: { reason: 'unsupported-type' } })
    expect(checkUploadFile({ name: 'a.png', size: 200 * 1024 * 1024 + 1 })).toMatchObject({ ok: false, error: { reason: 'too-large' } })
    expect(checkUploadFile({ name: 'a.mp4', size: 200 * 1024 * 1024 + 1 })).toMatchObject({ ok: true, kind: 'video' })
    expect(checkUploadFile({ name: 'a.mp4', size: 20 * 1024 ** 3 + 1 })).toMatchObject({ ok: false, error: { reason: 'too-large' } })
  })
})
