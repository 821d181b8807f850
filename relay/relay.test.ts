// @vitest-environment ./src/test/node-env.ts
// The relay over real HTTP in front of the Node emulator (started with `--cors-expose none`, so the page-visible
// X-Goog-Upload-* headers exist only because the relay exposes them).
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { FIXTURE_DIR } from '@shoebox/photos-emulator/testing'
import { parseRelayConfig, type RelayConfigInput } from './config.ts'
import { formatLogLine } from './cli.ts'
import { createRelay, type Relay, type RelayLogLine } from './relay.ts'
import { listen, startEmulator, type Host } from './test-support.ts'

const APP_ORIGIN = 'https://photos.example.org'
const TOKEN = 'demo~1;scopes=photoslibrary.appendonly,photoslibrary.readonly.appcreateddata'
const photo = new Uint8Array(readFileSync(`${FIXTURE_DIR}beach-sunset.jpg`))

let emulator: Host
const hosts: Host[] = []

interface RelayUnderTest extends Host {
  logs: RelayLogLine[]
  /** Every request the relay sent upstream: URL and headers. */
  sent: { url: string; headers: Headers }[]
}

async function startRelay(input: Partial<RelayConfigInput> = {}, publicPath = ''): Promise<RelayUnderTest> {
  const logs: RelayLogLine[] = []
  const sent: RelayUnderTest['sent'] = []
  // The relay's public URL names the port the OS picks, so the host starts first.
  const late: { relay?: Relay } = {}
  const host = await listen((request) => late.relay!.fetch(request))
  late.relay = createRelay(
    parseRelayConfig({
      upstream: emulator.origin,
      mediaUpstreams: [emulator.origin],
      allowedOrigins: [APP_ORIGIN],
      publicUrl: publicPath ? `${host.origin}${publicPath}` : undefined,
      ...input,
    }),
    {
      logger: (line) => logs.push(line),
      fetch: (url, init) => {
        sent.push({ url: String(url), headers: new Headers(init?.headers) })
        return fetch(url, init)
      },
    },
  )
  hosts.push(host)
  return { ...host, logs, sent }
}

function uploadHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { Origin: APP_ORIGIN, Authorization: `Bearer ${TOKEN}`, ...extra }
}

function rawUpload(relayUrl: string, headers = uploadHeaders()): Promise<Response> {
  return fetch(`${relayUrl}/v1/uploads`, {
    method: 'POST',
    headers: {
      ...headers,
      'Content-Type': 'application/octet-stream',
      'X-Goog-Upload-Protocol': 'raw',
      'X-Goog-Upload-Content-Type': 'image/jpeg',
      'X-Goog-Upload-File-Name': 'beach.jpg',
    },
    body: photo,
  })
}

/** batchCreate straight at the emulator: the token a relayed upload returned must be Google's own. */
async function batchCreate(uploadToken: string): Promise<{ status?: { message: string }; mediaItem?: { id: string; filename: string } }> {
  const res = await fetch(`${emulator.origin}/v1/mediaItems:batchCreate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ newMediaItems: [{ simpleMediaItem: { uploadToken, fileName: 'beach.jpg' } }] }),
  })
  expect(res.status).toBe(200)
  const body = (await res.json()) as { newMediaItemResults: { status?: { message: string }; mediaItem?: { id: string; filename: string } }[] }
  return body.newMediaItemResults[0]!
}

const exposed = (res: Response): string[] => (res.headers.get('Access-Control-Expose-Headers') ?? '').split(/\s*,\s*/).map((h) => h.toLowerCase())

beforeAll(async () => {
  emulator = await startEmulator('none')
})
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()))
})
afterAll(async () => {
  await emulator.close()
})

describe('uploads through the relay', () => {
  it('carries a raw upload whose token batchCreate accepts', async () => {
    const relay = await startRelay()
    const res = await rawUpload(relay.origin)
    expect(res.status).toBe(200)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(APP_ORIGIN)
    const uploadToken = (await res.text()).trim()
    expect(uploadToken.length).toBeGreaterThan(20)
    const result = await batchCreate(uploadToken)
    expect(result.status?.message).toBe('Success')
    expect(result.mediaItem?.filename).toBe('beach.jpg')
    // Only the caller's token and the upload headers went upstream, with the length the client announced.
    const upstream = relay.sent[0]!
    expect(upstream.url).toBe(`${emulator.origin}/v1/uploads`)
    expect(upstream.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`)
    expect(upstream.headers.get('Content-Length')).toBe(String(photo.length))
    expect(upstream.headers.has('Origin')).toBe(false)
  })

  it('exposes the resumable headers the emulator hides, and points the session URL back at the relay', async () => {
    const relay = await startRelay()
    const start = (extra: Record<string, string> = {}) =>
      fetch(`${relay.origin}/v1/uploads`, {
        method: 'POST',
        headers: {
          ...uploadHeaders(extra),
          'X-Goog-Upload-Command': 'start',
          'X-Goog-Upload-Protocol': 'resumable',
          'X-Goog-Upload-Content-Type': 'image/jpeg',
          'X-Goog-Upload-Raw-Size': String(photo.length),
          'X-Goog-Upload-File-Name': 'beach.jpg',
        },
      })

    // The emulator answers the page without exposing the session headers: this is what the relay is for.
    const direct = await fetch(`${emulator.origin}/v1/uploads`, {
      method: 'POST',
      headers: { Origin: APP_ORIGIN, Authorization: `Bearer ${TOKEN}`, 'X-Goog-Upload-Command': 'start', 'X-Goog-Upload-Protocol': 'resumable', 'X-Goog-Upload-Raw-Size': '1' },
    })
    expect(direct.headers.get('X-Goog-Upload-URL')).toContain(emulator.origin)
    expect(exposed(direct)).not.toContain('x-goog-upload-url')

    const res = await start()
    expect(res.status).toBe(200)
    expect(exposed(res)).toEqual(expect.arrayContaining(['x-goog-upload-url', 'x-goog-upload-status', 'x-goog-upload-size-received', 'x-goog-upload-chunk-granularity', 'x-goog-upload-control-url']))
    const sessionUrl = res.headers.get('X-Goog-Upload-URL')!
    expect(sessionUrl).toMatch(new RegExp(`^${relay.origin}/v1/uploads\\?upload_id=[^&]+&upload_protocol=resumable$`))
    expect(res.headers.get('X-Goog-Upload-Control-URL')).toBe(sessionUrl)

    const query = await fetch(sessionUrl, { method: 'POST', headers: { Origin: APP_ORIGIN, 'X-Goog-Upload-Command': 'query', 'X-Goog-Upload-Protocol': 'resumable' } })
    expect(query.status).toBe(200)
    expect(query.headers.get('X-Goog-Upload-Status')).toBe('active')
    expect(query.headers.get('X-Goog-Upload-Size-Received')).toBe('0')

    const finish = await fetch(sessionUrl, {
      method: 'POST',
      headers: { Origin: APP_ORIGIN, 'X-Goog-Upload-Command': 'upload, finalize', 'X-Goog-Upload-Offset': '0', 'X-Goog-Upload-Protocol': 'resumable' },
      body: photo,
    })
    expect(finish.status).toBe(200)
    expect(finish.headers.get('X-Goog-Upload-Status')).toBe('final')
    const result = await batchCreate((await finish.text()).trim())
    expect(result.status?.message).toBe('Success')
    // Follow-ups reached the emulator with the session id the start created.
    const id = new URL(sessionUrl).searchParams.get('upload_id')
    expect(relay.sent.slice(1).map((s) => new URL(s.url).searchParams.get('upload_id'))).toEqual([id, id])
  })

  it('serves under the path of its public URL and rewrites session URLs to it', async () => {
    const relay = await startRelay({}, '/photos-relay')
    expect((await rawUpload(relay.origin)).status).toBe(404)
    const res = await fetch(`${relay.origin}/photos-relay/v1/uploads`, {
      method: 'POST',
      headers: { ...uploadHeaders(), 'X-Goog-Upload-Command': 'start', 'X-Goog-Upload-Protocol': 'resumable', 'X-Goog-Upload-Raw-Size': String(photo.length) },
    })
    const sessionUrl = res.headers.get('X-Goog-Upload-URL')!
    expect(sessionUrl.startsWith(`${relay.origin}/photos-relay/v1/uploads?upload_id=`)).toBe(true)
    const finish = await fetch(sessionUrl, {
      method: 'POST',
      headers: { Origin: APP_ORIGIN, 'X-Goog-Upload-Command': 'upload, finalize', 'X-Goog-Upload-Offset': '0', 'X-Goog-Upload-Protocol': 'resumable' },
      body: photo,
    })
    expect(finish.status).toBe(200)
    expect((await batchCreate((await finish.text()).trim())).status?.message).toBe('Success')
  })

  it('hands Google’s own answers back readable: 401 without a token, 403 without the scope', async () => {
    const relay = await startRelay()
    const unauthenticated = await rawUpload(relay.origin, { Origin: APP_ORIGIN })
    expect(unauthenticated.status).toBe(401)
    expect(unauthenticated.headers.get('WWW-Authenticate')).toContain('invalid_token')
    expect(exposed(unauthenticated)).toContain('www-authenticate')
    const readOnly = await rawUpload(relay.origin, uploadHeaders({ Authorization: 'Bearer demo~1;scopes=photoslibrary.readonly.appcreateddata' }))
    expect(readOnly.status).toBe(403)
    expect(((await readOnly.json()) as { error: { status: string } }).error.status).toBe('PERMISSION_DENIED')
  })

  it('answers 502 when Google cannot be reached', async () => {
    const closed = await listen(() => new Response(null))
    await closed.close()
    const relay = await startRelay({ upstream: closed.origin })
    const res = await rawUpload(relay.origin)
    expect(res.status).toBe(502)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(APP_ORIGIN)
  })
})

describe('origins and paths', () => {
  it('answers preflights for allowed origins only', async () => {
    const relay = await startRelay()
    const preflight = (origin: string, path = '/v1/uploads') =>
      fetch(`${relay.origin}${path}`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,x-goog-upload-protocol' },
      })
    const ok = await preflight(APP_ORIGIN)
    expect(ok.status).toBe(204)
    expect(ok.headers.get('Vary')).toBe('Origin, Access-Control-Request-Method, Access-Control-Request-Headers')
    expect(ok.headers.get('Access-Control-Allow-Origin')).toBe(APP_ORIGIN)
    expect(ok.headers.get('Access-Control-Allow-Methods')).toBe('POST')
    expect(ok.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('x-goog-upload-protocol')
    const refused = await preflight('https://elsewhere.example')
    expect(refused.status).toBe(403)
    expect(refused.headers.has('Access-Control-Allow-Origin')).toBe(false)
    expect((await preflight(APP_ORIGIN, '/v1/albums')).status).toBe(404)
    expect(relay.sent).toEqual([])
  })

  it('refuses other origins, and requests without an Origin, before anything goes upstream', async () => {
    const relay = await startRelay()
    for (const headers of [uploadHeaders({ Origin: 'https://elsewhere.example' }), uploadHeaders({ Origin: `${APP_ORIGIN}.evil.example` }), { Authorization: `Bearer ${TOKEN}` }]) {
      const res = await rawUpload(relay.origin, headers)
      expect(res.status).toBe(403)
      expect(res.headers.has('Access-Control-Allow-Origin')).toBe(false)
    }
    expect(relay.sent).toEqual([])
  })

  it('answers 404 to other paths and hosts that are not allowed, 405 to other methods', async () => {
    const relay = await startRelay()
    const get = (path: string, method = 'GET') => fetch(`${relay.origin}${path}`, { method, headers: uploadHeaders() })
    const albums = await get('/v1/albums')
    expect(albums.status).toBe(404)
    expect(albums.headers.get('Access-Control-Allow-Origin')).toBe(APP_ORIGIN)
    expect((await get('/v1/albums', 'POST')).status).toBe(404)
    expect((await get('/')).status).toBe(404)
    // Not an open proxy: only configured media hosts, spelled as configured.
    expect((await get('/media/elsewhere.example/lr/x=d')).status).toBe(404)
    expect((await get(`/media/localhost:${new URL(emulator.origin).port}/media/lr/x=d`)).status).toBe(404)
    expect((await get('/v1/uploads')).status).toBe(405)
    expect(relay.sent).toEqual([])
  })
})

describe('media bytes through the relay', () => {
  async function firstPhotoBaseUrl(): Promise<string> {
    const res = await fetch(`${emulator.origin}/v1/mediaItems:search`, {
      method: 'POST',
      headers: { Authorization: 'Bearer demo~1', 'Content-Type': 'application/json' },
      body: JSON.stringify({ filters: { mediaTypeFilter: { mediaTypes: ['PHOTO'] } } }),
    })
    const { mediaItems } = (await res.json()) as { mediaItems: { baseUrl: string }[] }
    return mediaItems[0]!.baseUrl
  }

  // The Picker API is not on main yet: this forwards the emulator's Library baseUrls, which are served like
  // picked items' bytes (a host, a path, `=d` / `=wW-hH` suffixes), with the bearer the picker needs.
  it('forwards a byte download with the bearer to an allowed media host, unchanged', async () => {
    const relay = await startRelay()
    const baseUrl = new URL(await firstPhotoBaseUrl())
    const relayed = `${relay.origin}/media/${baseUrl.host}${baseUrl.pathname}=w64-h64`
    const res = await fetch(relayed, { headers: { Origin: APP_ORIGIN, Authorization: `Bearer ${TOKEN}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('image/jpeg')
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(APP_ORIGIN)
    const direct = await fetch(`${baseUrl}=w64-h64`)
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new Uint8Array(await direct.arrayBuffer()))
    expect(relay.sent).toHaveLength(1)
    expect(relay.sent[0]!.url).toBe(`${baseUrl}=w64-h64`)
    expect(relay.sent[0]!.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`)
    expect(relay.sent[0]!.headers.has('Origin')).toBe(false)
  })

  it('passes a ranged video download through with its range headers readable', async () => {
    const relay = await startRelay()
    const search = await fetch(`${emulator.origin}/v1/mediaItems:search`, {
      method: 'POST',
      headers: { Authorization: 'Bearer demo~1', 'Content-Type': 'application/json' },
      body: JSON.stringify({ filters: { mediaTypeFilter: { mediaTypes: ['VIDEO'] } } }),
    })
    const video = new URL(((await search.json()) as { mediaItems: { baseUrl: string }[] }).mediaItems[0]!.baseUrl)
    const res = await fetch(`${relay.origin}/media/${video.host}${video.pathname}=dv`, { headers: { Origin: APP_ORIGIN, Authorization: `Bearer ${TOKEN}`, Range: 'bytes=0-99' } })
    expect(res.status).toBe(206)
    expect(res.headers.get('Content-Range')).toMatch(/^bytes 0-99\/\d+$/)
    expect(exposed(res)).toContain('content-range')
    expect((await res.arrayBuffer()).byteLength).toBe(100)
  })
})

describe('media redirects', () => {
  it('points a redirect to an allowed media host back through the relay, and leaves any other as it is', async () => {
    const upstream = await recordingUpstream((req, _first, respond) =>
      respond((res) => {
        const to = req.url === '/ppa/video=dv' ? `${upstream.origin}/signed/video?sig=1` : 'https://elsewhere.example/video'
        res.writeHead(302, { Location: to })
        res.end()
      }),
    )
    const relay = await startRelay({ mediaUpstreams: [upstream.origin] })
    const base = `${relay.origin}/media/${new URL(upstream.origin).host}`
    const get = (path: string) => fetch(`${base}${path}`, { redirect: 'manual', headers: { Origin: APP_ORIGIN, Authorization: `Bearer ${TOKEN}` } })
    const allowed = await get('/ppa/video=dv')
    expect(allowed.status).toBe(302)
    expect(allowed.headers.get('Location')).toBe(`${base}/signed/video?sig=1`)
    expect((await get('/ppa/other=dv')).headers.get('Location')).toBe('https://elsewhere.example/video')
    // The relay itself never followed either redirect.
    expect(relay.sent.map((s) => new URL(s.url).pathname)).toEqual(['/ppa/video=dv', '/ppa/other=dv'])
  })
})

/** An upstream that tells the test when a request's first bytes arrive, and waits for the test to answer. */
async function recordingUpstream(onRequest: (req: IncomingMessage, firstChunk: Promise<Buffer>, respond: (write: (res: import('node:http').ServerResponse) => void) => void) => void): Promise<Host> {
  const server = createServer((req, res) => {
    const firstChunk = new Promise<Buffer>((resolve) => req.once('data', (chunk: Buffer) => resolve(chunk)))
    onRequest(req, firstChunk, (write) => write(res))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const host: Host = { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((done) => server.close(() => done())) }
  hosts.push(host)
  return host
}

describe('streaming', () => {
  it('passes upload bytes on before the page has sent them all', async () => {
    let firstArrived!: () => void
    const arrived = new Promise<void>((resolve) => (firstArrived = resolve))
    let received = 0
    const upstream = await recordingUpstream((req, firstChunk, respond) => {
      void firstChunk.then(() => firstArrived())
      req.on('data', (chunk: Buffer) => (received += chunk.length))
      req.on('end', () => respond((res) => res.end('token-from-upstream')))
    })
    const relay = await startRelay({ upstream: upstream.origin })
    const part = new Uint8Array(64 * 1024).fill(7)
    // The second half is sent only once the upstream has the first: a relay that buffered would never answer.
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(part)
        await arrived
        controller.enqueue(part)
        controller.close()
      },
    })
    const res = await fetch(`${relay.origin}/v1/uploads`, { method: 'POST', headers: uploadHeaders({ 'X-Goog-Upload-Protocol': 'raw' }), body, duplex: 'half' } as RequestInit)
    expect(await res.text()).toBe('token-from-upstream')
    expect(received).toBe(2 * part.length)
  })

  it('passes download bytes on before Google has sent them all', async () => {
    let pageHasFirst!: () => void
    const pageRead = new Promise<void>((resolve) => (pageHasFirst = resolve))
    const upstream = await recordingUpstream((_req, _first, respond) =>
      respond((res) => {
        res.writeHead(200, { 'Content-Type': 'image/jpeg' })
        res.write('first-')
        // The rest follows only once the page has read the first part through the relay.
        void pageRead.then(() => res.end('second'))
      }),
    )
    const relay = await startRelay({ mediaUpstreams: [upstream.origin] })
    const res = await fetch(`${relay.origin}/media/${new URL(upstream.origin).host}/ppa/abc=d`, { headers: { Origin: APP_ORIGIN, Authorization: `Bearer ${TOKEN}` } })
    const reader = res.body!.getReader()
    const decoder = new TextDecoder()
    const first = await reader.read()
    expect(decoder.decode(first.value)).toBe('first-')
    pageHasFirst()
    let rest = ''
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest += decoder.decode(r.value)
    expect(rest).toBe('second')
  })
})

describe('logging', () => {
  it('logs method, route, status and duration only: no token, upload id or media URL, and nothing on the console', async () => {
    const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m))
    try {
      const relay = await startRelay()
      const start = await fetch(`${relay.origin}/v1/uploads`, {
        method: 'POST',
        headers: { ...uploadHeaders(), 'X-Goog-Upload-Command': 'start', 'X-Goog-Upload-Protocol': 'resumable', 'X-Goog-Upload-Raw-Size': String(photo.length) },
      })
      const sessionUrl = start.headers.get('X-Goog-Upload-URL')!
      const uploadId = new URL(sessionUrl).searchParams.get('upload_id')!
      await fetch(sessionUrl, { method: 'POST', headers: { Origin: APP_ORIGIN, 'X-Goog-Upload-Command': 'upload, finalize', 'X-Goog-Upload-Offset': '0' }, body: photo })
      await rawUpload(relay.origin, uploadHeaders({ Origin: 'https://elsewhere.example' }))
      await rawUpload(relay.origin, uploadHeaders({ Authorization: 'Bearer demo~1~expired' }))
      await fetch(`${relay.origin}/media/${new URL(emulator.origin).host}/media/lr/secret-path=d?access_token=${TOKEN}`, { headers: uploadHeaders() })
      await fetch(`${relay.origin}/elsewhere?key=${TOKEN}`, { headers: uploadHeaders() })

      expect(relay.logs.map((l) => `${l.method} ${l.route} ${l.status}`)).toEqual([
        'POST /v1/uploads 200',
        'POST /v1/uploads?upload_id=… 200',
        'POST /v1/uploads 403',
        'POST /v1/uploads 401',
        `GET /media/${new URL(emulator.origin).host}/… 404`,
        'GET (other path) 404',
      ])
      for (const line of relay.logs) expect(Object.keys(line).sort()).toEqual(['durationMs', 'method', 'route', 'status'])
      const everything = relay.logs.map((l) => `${JSON.stringify(l)} ${formatLogLine(l)}`).join('\n')
      for (const secret of [TOKEN, 'demo~1', 'Bearer', uploadId, 'secret-path', 'access_token']) expect(everything).not.toContain(secret)
      for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled()
    } finally {
      for (const spy of consoleSpies) spy.mockRestore()
    }
  })

  it('answers an unexpected failure with 500 and prints nothing, not even an error quoting the request', async () => {
    const errors = vi.spyOn(console, 'error')
    try {
      const logs: RelayLogLine[] = []
      // An upstream answer the relay cannot read, whose error message quotes the token.
      const unreadable = new Proxy(new Response('x'), {
        get(target, property) {
          if (property === 'headers') throw new Error(`cannot read headers for Bearer ${TOKEN}`)
          return Reflect.get(target, property) as unknown
        },
      })
      const relay = createRelay(parseRelayConfig({ upstream: emulator.origin, allowedOrigins: [APP_ORIGIN] }), {
        logger: (line) => logs.push(line),
        fetch: () => Promise.resolve(unreadable),
      })
      const res = await relay.fetch(new Request('http://relay.test/v1/uploads?upload_id=abc', { method: 'POST', headers: uploadHeaders(), body: 'x' }))
      expect(res.status).toBe(500)
      expect(await res.text()).not.toContain(TOKEN)
      expect(logs.map((l) => `${l.route} ${l.status}`)).toEqual(['/v1/uploads?upload_id=… 500'])
      expect(errors).not.toHaveBeenCalled()
    } finally {
      errors.mockRestore()
    }
  })
})
