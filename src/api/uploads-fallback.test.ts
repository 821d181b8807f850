// @vitest-environment ./src/test/node-env.ts
// Uploads when the page cannot use the resumable protocol (Google has never documented CORS for /v1/uploads):
// the start's X-Goog-Upload-URL is not exposed, or the start is refused at the CORS layer. The client then
// uploads that file raw, with progress from XMLHttpRequest, and keeps doing so for the session.
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { FIXTURE_DIR, createTestEmulator, type TestEmulator } from '../test/emulator'
import { isAbortedError, isNetworkError } from './errors'
import { createTestClient } from './test-harness'
import { createXhrFetch, type XhrHandler, type XhrLike } from './xhr'

const JPEG = new Uint8Array(readFileSync(`${FIXTURE_DIR}beach-sunset.jpg`))
const big = () => {
  const out = new Uint8Array(400_000)
  out.set(JPEG)
  return new File([out], 'big.jpg', { type: 'image/jpeg' })
}
const PAGE_ORIGIN = 'http://app.test'
// Response headers a page may always read across origins (the CORS-safelisted ones).
const SAFELISTED = ['cache-control', 'content-language', 'content-length', 'content-type', 'expires', 'last-modified', 'pragma']

/** fetch as a page on another origin sees it: only safelisted headers and those the server exposes. */
function asCrossOriginPage(inner: typeof fetch): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const headers = new Headers(init?.headers)
    headers.set('Origin', PAGE_ORIGIN)
    const res = await inner(input, { ...init, headers })
    const exposed = (res.headers.get('Access-Control-Expose-Headers') ?? '').split(',').map((h) => h.trim().toLowerCase())
    const visible = new Headers()
    for (const [name, value] of res.headers) if (SAFELISTED.includes(name) || exposed.includes(name)) visible.set(name, value)
    return new Response(res.body, { status: res.status, headers: visible })
  }) as typeof fetch
}

const progressEvent = (loaded = 0, total = 0) => ({ loaded, total }) as ProgressEvent

/** A stand-in for the browser's XMLHttpRequest over a fetch: reports the body going out in quarters. */
class StandInXhr implements XhrLike {
  status = 0
  responseText = ''
  readonly upload: { onprogress: XhrHandler } = { onprogress: null }
  onload: XhrHandler = null
  onerror: XhrHandler = null
  onabort: XhrHandler = null
  ontimeout: XhrHandler = null
  private method = 'GET'
  private url = ''
  private readonly requestHeaders: Record<string, string> = {}
  private responseHeaders = ''
  private readonly controller = new AbortController()

  constructor(private readonly transport: typeof fetch) {}

  open(method: string, url: string) {
    this.method = method
    this.url = url
  }
  setRequestHeader(name: string, value: string) {
    this.requestHeaders[name] = value
  }
  getAllResponseHeaders() {
    return this.responseHeaders
  }
  abort() {
    this.controller.abort()
    this.onabort?.(progressEvent())
  }
  send(body?: Blob | ArrayBuffer | Uint8Array<ArrayBuffer> | string | null) {
    void this.run(body ?? undefined)
  }

  private async run(body: Blob | ArrayBuffer | Uint8Array<ArrayBuffer> | string | undefined) {
    const size = body instanceof Blob ? body.size : typeof body === 'string' ? body.length : (body?.byteLength ?? 0)
    for (const quarter of [1, 2, 3]) {
      await new Promise((r) => setTimeout(r, 0))
      if (this.controller.signal.aborted) return
      this.upload.onprogress?.(progressEvent(Math.floor((size * quarter) / 4), size))
    }
    try {
      const res = await this.transport(this.url, { method: this.method, headers: this.requestHeaders, body, signal: this.controller.signal })
      this.upload.onprogress?.(progressEvent(size, size))
      this.responseText = await res.text()
      this.responseHeaders = [...res.headers].map(([k, v]) => `${k}: ${v}`).join('\r\n')
      this.status = res.status
      this.onload?.(progressEvent())
    } catch {
      if (!this.controller.signal.aborted) this.onerror?.(progressEvent())
    }
  }
}

let emu: TestEmulator
let t: ReturnType<typeof createTestClient>
let xhrs: number

/** A client whose fetch and XMLHttpRequest both go through `page` (default: a cross-origin page's view). */
function clientOver(page: typeof fetch) {
  xhrs = 0
  t = createTestClient(
    { baseUrl: emu.baseUrl, fetch: page },
    {
      upload: { resumableThresholdBytes: 300_000, chunkBytes: 262_144 },
      progressFetch: createXhrFetch(() => {
        xhrs += 1
        return new StandInXhr((input, init) => t.recorder.fetch(input, init))
      }),
    },
  )
}

const starts = () => t.calls.filter((c) => c.headers.get('X-Goog-Upload-Command') === 'start')
const raws = () => t.calls.filter((c) => c.headers.get('X-Goog-Upload-Protocol') === 'raw')

beforeEach(() => {
  emu = createTestEmulator({ seed: 'fixture' })
  clientOver(asCrossOriginPage(emu.fetch))
})

describe('resumable uploads from a page on another origin', () => {
  it('use the resumable protocol while the server exposes the X-Goog-Upload-* headers', async () => {
    const token = await t.client.uploads.uploadBytes(big(), { fileName: 'big.jpg', mimeType: 'image/jpeg' })
    expect(token).toMatch(/^CAIS/)
    expect(starts()).toHaveLength(1)
    expect(raws()).toHaveLength(0)
    expect(t.client.uploads.largeFileProtocol()).toBe('resumable')
  })

  it('fall back to raw with real progress when the upload URL cannot be read, and stay raw for the session', async () => {
    await emu.control.setConfig({ corsExpose: 'none' })
    const progress: number[] = []
    const token = await t.client.uploads.uploadBytes(big(), { fileName: 'big.jpg', mimeType: 'image/jpeg', onProgress: (n) => progress.push(n) })
    expect(starts()).toHaveLength(1)
    expect(raws()).toHaveLength(1)
    expect(raws()[0]!.bytes).toBe(400_000)
    expect(xhrs).toBe(1)
    expect(progress[0]).toBe(0)
    expect(progress.at(-1)).toBe(400_000)
    expect(progress.filter((n) => n > 0 && n < 400_000).length).toBeGreaterThanOrEqual(3)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    // The token is a real one: the item is created.
    const { newMediaItemResults } = await t.client.mediaItems.batchCreate({ newMediaItems: [{ simpleMediaItem: { uploadToken: token } }] })
    expect(newMediaItemResults[0]!.mediaItem?.filename).toBe('big.jpg')

    // The next large file goes raw straight away; small ones stay on plain fetch.
    expect(t.client.uploads.largeFileProtocol()).toBe('raw')
    t.recorder.clear()
    await t.client.uploads.uploadBytes(big(), { fileName: 'second.jpg', mimeType: 'image/jpeg' })
    await t.client.uploads.uploadBytes(new File([JPEG], 'small.jpg', { type: 'image/jpeg' }), { fileName: 'small.jpg', mimeType: 'image/jpeg' })
    expect(starts()).toHaveLength(0)
    expect(raws()).toHaveLength(2)
    expect(xhrs).toBe(2)
  })

  it('fall back to raw at once when the start is refused at the CORS layer (no retries of the start)', async () => {
    const refusesResumable = asCrossOriginPage(((input: string | URL | Request, init?: RequestInit) =>
      new Headers(init?.headers).get('X-Goog-Upload-Protocol') === 'resumable'
        ? Promise.reject(new TypeError('Failed to fetch'))
        : emu.fetch(input, init)) as typeof fetch)
    clientOver(refusesResumable)
    const results = await t.client.uploads.uploadFiles([{ file: big() }])
    expect(results[0]).toMatchObject({ status: 'created', fileName: 'big.jpg' })
    expect(starts()).toHaveLength(1)
    expect(t.sleeps).toEqual([])
    expect(raws()).toHaveLength(1)
    expect(t.client.uploads.largeFileProtocol()).toBe('raw')
  })

  it('after a cut, fall back to raw when the upload URL is readable but where the session got to is not', async () => {
    // Google's upload servers expose their headers inconsistently: a hidden X-Goog-Upload-Size-Received must not
    // read as "0 bytes received" (the next chunk at offset 0 would be refused).
    let armed = true
    const statusHidden = (async (input: string | URL | Request, init?: RequestInit) => {
      if (armed && String(input).includes('upload_id=')) {
        armed = false
        emu.control.enqueueFaults([{ kind: 'drop' }]) // the first chunk arrives; its answer is lost
      }
      const res = await emu.fetch(input, init)
      const exposed = res.headers.get('Access-Control-Expose-Headers')
      if (!exposed) return res
      const headers = new Headers(res.headers)
      headers.set('Access-Control-Expose-Headers', 'X-Goog-Upload-URL, X-Goog-Upload-Chunk-Granularity')
      return new Response(res.body, { status: res.status, headers })
    }) as typeof fetch
    clientOver(asCrossOriginPage(statusHidden))
    const token = await t.client.uploads.uploadBytes(big(), { fileName: 'big.jpg', mimeType: 'image/jpeg' })
    const sequence = t.calls.map((c) => `${c.headers.get('X-Goog-Upload-Protocol')}:${c.headers.get('X-Goog-Upload-Command') ?? ''}`)
    expect(sequence).toEqual(['resumable:start', 'resumable:upload', 'resumable:query', 'raw:'])
    expect(raws()[0]!.bytes).toBe(400_000)
    const { newMediaItemResults } = await t.client.mediaItems.batchCreate({ newMediaItems: [{ simpleMediaItem: { uploadToken: token } }] })
    expect(newMediaItemResults[0]!.mediaItem?.filename).toBe('big.jpg')
  })

  it('a network that is down fails the file and does not switch the session to raw', async () => {
    clientOver((() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch)
    const error = await t.client.uploads.uploadBytes(big(), { fileName: 'big.jpg', mimeType: 'image/jpeg' }).catch((e: unknown) => e)
    expect(isNetworkError(error)).toBe(true)
    expect(t.client.uploads.largeFileProtocol()).toBe('resumable')
  })

  it('uploadFiles reports the fallback’s progress per file and overall', async () => {
    await emu.control.setConfig({ corsExpose: 'none' })
    const sent: number[] = []
    const results = await t.client.uploads.uploadFiles([{ file: big() }], { onProgress: (e) => e.phase === 'uploading' && sent.push(e.overall.bytesSent) })
    expect(results[0]!.status).toBe('created')
    expect(sent.some((n) => n > 0 && n < 400_000)).toBe(true)
    expect(sent.at(-1)).toBe(400_000)
  })
})

describe('createXhrFetch', () => {
  it('an abort through the signal aborts the request', async () => {
    await emu.control.setConfig({ corsExpose: 'none' })
    const stop = new AbortController()
    const pending = t.client.uploads.uploadBytes(big(), {
      fileName: 'big.jpg',
      mimeType: 'image/jpeg',
      signal: stop.signal,
      onProgress: (n) => n > 0 && stop.abort(),
    })
    expect(isAbortedError(await pending.catch((e: unknown) => e))).toBe(true)
  })

  it('answers like fetch: every HTTP status resolves with its headers and body; a network failure rejects with a TypeError', async () => {
    const answering = (status: number, headers: string, text: string) =>
      createXhrFetch(() => {
        const x = new StandInXhr(async () => new Response(text, { status }))
        x.getAllResponseHeaders = () => headers
        return x
      })
    const res = await answering(403, 'Content-Type: application/json\r\nX-Goog-Upload-Status: final', '{"error":{}}')('http://x.test/', { method: 'POST', headers: {} }, () => undefined)
    expect(res.status).toBe(403)
    expect(res.headers.get('x-goog-upload-status')).toBe('final')
    expect(await res.text()).toBe('{"error":{}}')
    const failing = createXhrFetch(() => new StandInXhr(() => Promise.reject(new TypeError('refused'))))
    await expect(failing('http://x.test/', { method: 'GET', headers: {} }, () => undefined)).rejects.toBeInstanceOf(TypeError)
  })
})
