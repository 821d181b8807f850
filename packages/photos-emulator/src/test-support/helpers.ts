// Small helpers for emulator tests: a JSON client per user over a test emulator.
import { createTestEmulator, type TestEmulator, type TestEmulatorOptions } from '../testing'

export interface Call<T = Record<string, unknown>> {
  status: number
  body: T
  headers: Headers
}

export interface Client {
  get<T = Record<string, unknown>>(path: string): Promise<Call<T>>
  post<T = Record<string, unknown>>(path: string, body?: unknown): Promise<Call<T>>
  patch<T = Record<string, unknown>>(path: string, body?: unknown): Promise<Call<T>>
  upload(bytes: Uint8Array, name?: string, type?: string): Promise<string>
  /** Uploads and batchCreates; returns the created media item id. */
  create(bytes: Uint8Array, opts?: { albumId?: string; name?: string; description?: string }): Promise<string>
}

export function client(emu: TestEmulator, token: string): Client {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<Call<T>> => {
    const res = await emu.fetch(path, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: res.status, body: (await res.json()) as T, headers: res.headers }
  }
  const c: Client = {
    get: (p) => call('GET', p),
    post: (p, b) => call('POST', p, b ?? {}),
    patch: (p, b) => call('PATCH', p, b ?? {}),
    async upload(bytes, name = 'upload.jpg', type = 'image/jpeg') {
      const res = await emu.fetch('/v1/uploads', {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/octet-stream',
          'X-Goog-Upload-Protocol': 'raw',
          'X-Goog-Upload-Content-Type': type,
          'X-Goog-Upload-File-Name': name,
        },
        body: bytes.slice().buffer as ArrayBuffer,
      })
      if (res.status !== 200) throw new Error(`upload failed ${res.status} ${await res.text()}`)
      return res.text()
    },
    async create(bytes, opts = {}) {
      const token = await c.upload(bytes, opts.name)
      const r = await c.post<{ newMediaItemResults: { mediaItem?: { id: string }; status: { code?: number; message: string } }[] }>(
        '/v1/mediaItems:batchCreate',
        { ...(opts.albumId ? { albumId: opts.albumId } : {}), newMediaItems: [{ ...(opts.description ? { description: opts.description } : {}), simpleMediaItem: { uploadToken: token } }] },
      )
      const id = r.body.newMediaItemResults?.[0]?.mediaItem?.id
      if (!id) throw new Error(`batchCreate failed: ${JSON.stringify(r.body)}`)
      return id
    },
  }
  return c
}

export function setup(opts: TestEmulatorOptions = {}): { emu: TestEmulator; demo: Client; alice: Client; bob: Client; carol: Client } {
  const emu = createTestEmulator({ seed: 'fixture', ...opts })
  return { emu, demo: client(emu, 'demo~1'), alice: client(emu, 'alice~1'), bob: client(emu, 'bob~1'), carol: client(emu, 'carol~1') }
}

export const long = (n: number): string => 'x'.repeat(n)
