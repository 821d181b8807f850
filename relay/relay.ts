// The upload relay: a stateless web-standard Request → Response handler (Hono) that forwards a browser's byte
// uploads (`/v1/uploads`, raw and resumable) and media byte downloads to Google with the caller's own
// Authorization header, streaming both ways, for the configured origins only. It stores nothing and never logs
// a token, a query string or a media URL. Entry points: node.ts (Node), worker.ts (Workers), deno.ts (Deno).
import { Hono, type Context } from 'hono'
import type { RelayConfig } from './config.ts'

/** One request, as the relay reports it: no headers, no query, no media URL (those carry secrets). */
export interface RelayLogLine {
  method: string
  /** A route label: `/v1/uploads`, `/v1/uploads?upload_id=…`, `/media/{host}/…` or `(other path)`. */
  route: string
  status: number
  durationMs: number
}
type RelayLogger = (line: RelayLogLine) => void

export interface RelayOptions {
  /** Receives one line per request. Default: none. */
  logger?: RelayLogger
  /** The fetch used to reach upstreams (tests may wrap it). Default: the global fetch. */
  fetch?: typeof fetch
}

export interface Relay {
  fetch(request: Request): Promise<Response>
}

/** Request headers a browser may send through each route; nothing else (no cookies, no Origin) goes upstream. */
const UPLOAD_REQUEST_HEADERS = [
  'Authorization',
  'Content-Type',
  'X-Goog-Upload-Protocol',
  'X-Goog-Upload-Command',
  'X-Goog-Upload-Content-Type',
  'X-Goog-Upload-File-Name',
  'X-Goog-Upload-Raw-Size',
  'X-Goog-Upload-Offset',
  'X-Goog-Upload-Content-Length',
]
const MEDIA_REQUEST_HEADERS = ['Authorization', 'Range', 'If-Range', 'If-None-Match', 'If-Modified-Since', 'Accept']

/** The resumable protocol's answers, which a page needs to read; Google has never documented CORS for them. */
const UPLOAD_RESPONSE_HEADERS = [
  'X-Goog-Upload-URL',
  'X-Goog-Upload-Control-URL',
  'X-Goog-Upload-Status',
  'X-Goog-Upload-Size-Received',
  'X-Goog-Upload-Chunk-Granularity',
]
const EXPOSED_HEADERS = [...UPLOAD_RESPONSE_HEADERS, 'Retry-After', 'WWW-Authenticate', 'Content-Range', 'Content-Length', 'Accept-Ranges']
/** Response headers passed back to the page; the rest (cookies, Google's own CORS answers, …) stay behind. */
const RESPONSE_HEADERS = [
  ...UPLOAD_RESPONSE_HEADERS,
  'Content-Type',
  'Content-Range',
  'Content-Disposition',
  'Accept-Ranges',
  'Cache-Control',
  'Expires',
  'ETag',
  'Last-Modified',
  'Vary',
  'Retry-After',
  'WWW-Authenticate',
]

const UPLOADS_PATH = '/v1/uploads'
const MEDIA_PREFIX = '/media/'
const PREFLIGHT_MAX_AGE_SECONDS = 600

/** Node's fetch needs `duplex: 'half'` to send a streamed body; the DOM typings do not know the field yet. */
type StreamingRequestInit = RequestInit & { duplex?: 'half' }

function pick(from: Headers, names: readonly string[]): Headers {
  const out = new Headers()
  for (const name of names) {
    const value = from.get(name)
    if (value !== null) out.set(name, value)
  }
  return out
}

function text(body: string, status: number, headers: Record<string, string> = {}): Response {
  return new Response(`${body}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers } })
}

export function createRelay(config: RelayConfig, options: RelayOptions = {}): Relay {
  const upstreamFetch = options.fetch ?? ((input, init) => fetch(input, init))
  const allowedOrigins = new Set(config.allowedOrigins)
  const mediaByHost = new Map(config.mediaUpstreams.map((origin) => [new URL(origin).host, origin]))
  const upstreamOrigin = config.upstream
  const basePath = config.publicUrl ? new URL(config.publicUrl).pathname.replace(/\/+$/, '') : ''

  /** Where the page reaches the relay: the configured public URL, or the origin this request came in on. */
  const publicBase = (request: Request): string => config.publicUrl ?? new URL(request.url).origin

  /** Points an upstream session URL back at the relay; a URL the relay could not forward is dropped. */
  function relayUploadUrl(value: string, request: Request): string | undefined {
    let url: URL
    try {
      url = new URL(value, upstreamOrigin)
    } catch {
      return undefined
    }
    if (url.origin !== upstreamOrigin || url.pathname !== UPLOADS_PATH) return undefined
    return `${publicBase(request)}${UPLOADS_PATH}${url.search}`
  }

  /** A redirect to an allowed media host comes back through the relay (so the token goes along); others pass. */
  function relayMediaLocation(value: string, base: string, request: Request): string {
    let url: URL
    try {
      url = new URL(value, base)
    } catch {
      return value
    }
    if (mediaByHost.get(url.host) !== url.origin) return value
    return `${publicBase(request)}${MEDIA_PREFIX}${url.host}${url.pathname}${url.search}`
  }

  /** The answer differs by Origin: say so to caches, keeping whatever else the response already varies on. */
  function addCorsHeaders(headers: Headers, origin: string): void {
    headers.set('Access-Control-Allow-Origin', origin)
    headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(', '))
    const vary = headers.get('Vary')
    if (!vary) headers.set('Vary', 'Origin')
    else if (!/(^|,)\s*origin\s*(,|$)/i.test(vary)) headers.set('Vary', `${vary}, Origin`)
  }

  async function forward(c: Context, target: URL, requestHeaders: readonly string[], rewrite: (headers: Headers, response: Response) => void): Promise<Response> {
    const request = c.req.raw
    const init: StreamingRequestInit = {
      method: request.method,
      headers: pick(request.headers, requestHeaders),
      // Redirects are handed to the page (rewritten when they stay on allowed hosts), never followed here.
      redirect: 'manual',
      signal: request.signal,
    }
    if (request.body && request.method !== 'GET' && request.method !== 'HEAD') {
      init.body = request.body
      init.duplex = 'half'
      // A page cannot set Content-Length itself, but the one its browser sent keeps the upload fixed-length.
      const length = request.headers.get('Content-Length')
      if (length !== null) (init.headers as Headers).set('Content-Length', length)
    }
    let upstream: Response
    try {
      upstream = await upstreamFetch(target, init)
    } catch {
      return text('The relay could not reach Google.', 502)
    }
    const headers = pick(upstream.headers, RESPONSE_HEADERS)
    // A body the fetch already decoded has a different length than the one announced.
    const length = upstream.headers.get('Content-Length')
    if (length !== null && !upstream.headers.has('Content-Encoding')) headers.set('Content-Length', length)
    rewrite(headers, upstream)
    return new Response(upstream.body, { status: upstream.status, statusText: upstream.statusText, headers })
  }

  const app = new Hono()

  // Origin first: a page from anywhere else learns nothing, not even which paths exist.
  app.use('*', async (c, next) => {
    const origin = c.req.header('Origin')
    if (!origin || !allowedOrigins.has(origin)) {
      return text('This relay serves only the pages it is configured for.', 403, { Vary: 'Origin' })
    }
    await next()
    addCorsHeaders(c.res.headers, origin)
  })

  app.options('*', (c) => {
    const path = new URL(c.req.url).pathname
    const route = path === `${basePath}${UPLOADS_PATH}` ? 'upload' : path.startsWith(`${basePath}${MEDIA_PREFIX}`) ? 'media' : undefined
    if (!route) return text('Not found.', 404)
    return new Response(null, {
      status: 204,
      headers: {
        'Access-Control-Allow-Methods': route === 'upload' ? 'POST' : 'GET, HEAD',
        'Access-Control-Allow-Headers': (route === 'upload' ? UPLOAD_REQUEST_HEADERS : MEDIA_REQUEST_HEADERS).join(', '),
        'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_SECONDS),
        Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
      },
    })
  })

  app.all(`${basePath}${UPLOADS_PATH}`, (c) => {
    if (c.req.method !== 'POST') return text('Uploads are POST requests.', 405, { Allow: 'POST, OPTIONS' })
    const target = new URL(UPLOADS_PATH, upstreamOrigin)
    target.search = new URL(c.req.url).search
    return forward(c, target, UPLOAD_REQUEST_HEADERS, (headers) => {
      for (const name of ['X-Goog-Upload-URL', 'X-Goog-Upload-Control-URL']) {
        const value = headers.get(name)
        if (value === null) continue
        const rewritten = relayUploadUrl(value, c.req.raw)
        // Without a reachable session URL the app falls back to a raw upload, which the relay can carry.
        if (rewritten) headers.set(name, rewritten)
        else headers.delete(name)
      }
    })
  })

  app.all(`${basePath}${MEDIA_PREFIX}*`, (c) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return text('Media bytes are GET requests.', 405, { Allow: 'GET, HEAD, OPTIONS' })
    // The raw (still percent-encoded) path: /media/{host}/{path on that host}
    const url = new URL(c.req.url)
    const rest = url.pathname.slice(`${basePath}${MEDIA_PREFIX}`.length)
    const slash = rest.indexOf('/')
    const host = slash < 0 ? rest : rest.slice(0, slash)
    const origin = mediaByHost.get(host.toLowerCase())
    if (!origin || slash < 0) return text('Not found.', 404)
    const target = new URL(origin)
    target.pathname = rest.slice(slash)
    target.search = url.search
    return forward(c, target, MEDIA_REQUEST_HEADERS, (headers, upstream) => {
      const location = upstream.headers.get('Location')
      if (location !== null) headers.set('Location', relayMediaLocation(location, target.toString(), c.req.raw))
    })
  })

  app.notFound(() => text('Not found.', 404))
  // Hono's default would print the error, which may quote a URL with its upload_id: answer without printing.
  app.onError(() => text('The relay failed to handle this request.', 500))

  /** The route a request is logged under: never its query (upload_id is a capability) nor a media path. */
  function routeLabel(request: Request): string {
    const url = new URL(request.url)
    if (url.pathname === `${basePath}${UPLOADS_PATH}`) return url.searchParams.has('upload_id') ? `${UPLOADS_PATH}?upload_id=…` : UPLOADS_PATH
    if (url.pathname.startsWith(`${basePath}${MEDIA_PREFIX}`)) {
      const host = url.pathname.slice(`${basePath}${MEDIA_PREFIX}`.length).split('/')[0] ?? ''
      return mediaByHost.has(host.toLowerCase()) ? `${MEDIA_PREFIX}${host}/…` : `${MEDIA_PREFIX}(not allowed)`
    }
    return '(other path)'
  }

  return {
    async fetch(request) {
      const started = Date.now()
      const response = await app.fetch(request)
      options.logger?.({ method: request.method, route: routeLabel(request), status: response.status, durationMs: Date.now() - started })
      return response
    },
  }
}
