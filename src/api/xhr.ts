// A fetch-shaped sender over XMLHttpRequest, for the one thing fetch cannot do in browsers today: report how
// many bytes of a request body have gone out (upload progress). Used only for raw uploads that need it.

export type XhrHandler = ((event: ProgressEvent) => void) | null

/** The part of XMLHttpRequest this module uses (the real one fits; tests pass a stand-in). */
export interface XhrLike {
  open(method: string, url: string): void
  setRequestHeader(name: string, value: string): void
  send(body?: Blob | ArrayBuffer | Uint8Array<ArrayBuffer> | string | null): void
  abort(): void
  getAllResponseHeaders(): string
  readonly status: number
  readonly responseText: string
  readonly upload: { onprogress: XhrHandler }
  onload: XhrHandler
  onerror: XhrHandler
  onabort: XhrHandler
  ontimeout: XhrHandler
}

interface ProgressRequestInit {
  method: string
  headers: Record<string, string>
  body?: Blob | ArrayBuffer | Uint8Array<ArrayBuffer> | string
  signal?: AbortSignal
}

/** Like fetch, plus `onUploadProgress(bytesSent)` while the body goes out. */
export type ProgressFetch = (url: string, init: ProgressRequestInit, onUploadProgress: (bytesSent: number) => void) => Promise<Response>

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304])

function parseHeaders(raw: string): Headers {
  const headers = new Headers()
  for (const line of raw.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    try {
      headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim())
    } catch {
      // A header value a Headers object refuses: skip it, as fetch would not have shown it either.
    }
  }
  return headers
}

/**
 * Failures look like fetch's: a TypeError for the network (and CORS) layer, an AbortError DOMException when the
 * signal aborts. Any HTTP status resolves.
 */
export function createXhrFetch(createXhr: () => XhrLike): ProgressFetch {
  return (url, init, onUploadProgress) =>
    new Promise<Response>((resolve, reject) => {
      const { signal } = init
      if (signal?.aborted) return reject(new DOMException('The request was aborted.', 'AbortError'))
      const xhr = createXhr()
      const onAbortSignal = () => xhr.abort()
      const done = () => signal?.removeEventListener('abort', onAbortSignal)
      xhr.open(init.method, url)
      for (const [name, value] of Object.entries(init.headers)) xhr.setRequestHeader(name, value)
      xhr.upload.onprogress = (event) => onUploadProgress(event.loaded)
      xhr.onload = () => {
        done()
        if (xhr.status === 0) return reject(new TypeError('Network request failed'))
        const body = NULL_BODY_STATUSES.has(xhr.status) ? null : xhr.responseText
        resolve(new Response(body, { status: xhr.status, headers: parseHeaders(xhr.getAllResponseHeaders()) }))
      }
      xhr.onerror = xhr.ontimeout = () => {
        done()
        reject(new TypeError('Network request failed'))
      }
      xhr.onabort = () => {
        done()
        reject(new DOMException('The request was aborted.', 'AbortError'))
      }
      signal?.addEventListener('abort', onAbortSignal, { once: true })
      xhr.send(init.body ?? null)
    })
}

/** XMLHttpRequest where the platform has it (browsers); undefined elsewhere (then uploads report 0 → total). */
export function platformXhrFetch(): ProgressFetch | undefined {
  return typeof XMLHttpRequest === 'function' ? createXhrFetch(() => new XMLHttpRequest()) : undefined
}
