// Test-only helpers (imported by *.test.ts): a fetch wrapper that records every request the client makes, and a
// client wired to it. The emulator itself is passed in by the test, so this module stays inside the api layer's rules.
import { createPhotosClient, type PhotosClientOptions } from './client'
import { createQuotaMeter, type QuotaStorage } from './quota'

interface RecordedRequest {
  method: string
  url: URL
  /** Path relative to the API root, e.g. `/v1/albums`. */
  path: string
  headers: Headers
  /** The body as text (JSON requests) or undefined. */
  text?: string
  /** Body length in bytes (uploads). */
  bytes: number
  status?: number
}

export interface Recorder {
  fetch: typeof fetch
  calls: RecordedRequest[]
  /** Calls whose path starts with a prefix (e.g. `/v1/mediaItems:batchGet`). */
  to(pathPrefix: string): RecordedRequest[]
  json(call: RecordedRequest): unknown
  clear(): void
}

function recordingFetch(inner: typeof fetch, root: string): Recorder {
  const calls: RecordedRequest[] = []
  const rootPath = new URL(root).pathname.replace(/\/$/, '')
  const wrapped = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input instanceof Request ? input.url : input))
    const headers = new Headers(init?.headers)
    let text: string | undefined
    let bytes = 0
    const body = init?.body
    if (typeof body === 'string') {
      text = body
      bytes = new TextEncoder().encode(body).length
    } else if (body instanceof Blob) bytes = body.size
    else if (body instanceof ArrayBuffer) bytes = body.byteLength
    else if (body instanceof Uint8Array) bytes = body.byteLength
    const call: RecordedRequest = { method: init?.method ?? 'GET', url, path: url.pathname.slice(rootPath.length), headers, text, bytes }
    calls.push(call)
    // Vitest's Node environment hands undici a Blob from another realm, which it would send as the text
    // "undefined": pass the same bytes as a Uint8Array (the browser sends the Blob itself).
    const sent = body instanceof Blob ? { ...init, body: new Uint8Array(await body.arrayBuffer()) } : init
    const res = await inner(input, sent)
    call.status = res.status
    return res
  }
  return {
    fetch: wrapped as typeof fetch,
    calls,
    to: (prefix) => calls.filter((c) => c.path.startsWith(prefix)),
    json: (call) => (call.text === undefined ? undefined : JSON.parse(call.text)),
    clear: () => void calls.splice(0),
  }
}

export function memoryStorage(): QuotaStorage & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) }
}

export interface TestClientOptions extends Partial<PhotosClientOptions> {
  token?: string
}

/** A client over `emu.fetch` that records requests and token calls; sleeps are recorded and skipped by default. */
export function createTestClient(emu: { fetch: typeof fetch; baseUrl: string }, options: TestClientOptions = {}) {
  const recorder = recordingFetch(emu.fetch, emu.baseUrl)
  const tokenCalls: { forceRefresh?: boolean }[] = []
  const sleeps: number[] = []
  let token = options.token ?? 'demo'
  const client = createPhotosClient({
    baseUrl: emu.baseUrl,
    getAccessToken: async (o) => {
      tokenCalls.push(o)
      return token
    },
    sleep: async (ms) => {
      sleeps.push(ms)
    },
    quota: createQuotaMeter({ storage: memoryStorage() }),
    retry: { random: () => 0.5 },
    ...options,
    fetch: recorder.fetch,
  })
  return {
    client,
    recorder,
    calls: recorder.calls,
    tokenCalls,
    sleeps,
    setToken: (t: string) => void (token = t),
  }
}
