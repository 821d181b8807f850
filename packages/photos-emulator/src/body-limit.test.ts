import { describe, expect, it } from 'vitest'
import { MAX_JSON_BODY } from './body-limit'
import { setup } from './test-support/helpers'

const MB = 1024 * 1024

/** A body that counts how many bytes the server pulled, sending `total` bytes in 1 MiB chunks. */
function countedBody(total: number) {
  const chunk = new Uint8Array(MB).fill(0x20)
  const counter = { pulled: 0 }
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      if (counter.pulled >= total) return c.close()
      counter.pulled += chunk.length
      c.enqueue(chunk)
    },
  })
  return { stream, counter }
}

const post = (emu: ReturnType<typeof setup>['emu'], path: string, headers: Record<string, string>, body: ReadableStream<Uint8Array>) =>
  emu.fetch(path, { method: 'POST', headers: { Authorization: 'Bearer demo', ...headers }, body, duplex: 'half' } as RequestInit)

const rawUpload = { 'Content-Type': 'application/octet-stream', 'X-Goog-Upload-Protocol': 'raw', 'X-Goog-Upload-Content-Type': 'image/jpeg' }

describe('body sizes are checked before the body is read', () => {
  it('a photo upload declared over 200 MB is refused without reading it', async () => {
    const { emu } = setup()
    const { stream, counter } = countedBody(210 * MB)
    const res = await post(emu, '/v1/uploads', { ...rawUpload, 'Content-Length': String(210 * MB) }, stream)
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('The file is too large.')
    expect(counter.pulled).toBeLessThanOrEqual(MB)
  })

  it('a photo upload with no declared length stops being read at the limit', async () => {
    const { emu } = setup()
    const { stream, counter } = countedBody(400 * MB)
    const res = await post(emu, '/v1/uploads', rawUpload, stream)
    expect(res.status).toBe(400)
    expect(counter.pulled).toBeLessThanOrEqual(204 * MB) // the limit, plus what the stream buffers ahead
  })

  it('a resumable upload cannot announce, or send, more than the limit', async () => {
    const { emu } = setup()
    const start = await emu.fetch('/v1/uploads', {
      method: 'POST',
      headers: { Authorization: 'Bearer demo', 'X-Goog-Upload-Protocol': 'resumable', 'X-Goog-Upload-Command': 'start', 'X-Goog-Upload-Content-Type': 'image/png', 'X-Goog-Upload-Raw-Size': String(300 * MB) },
    })
    expect(start.status).toBe(400)

    const ok = await emu.fetch('/v1/uploads', {
      method: 'POST',
      headers: { Authorization: 'Bearer demo', 'X-Goog-Upload-Protocol': 'resumable', 'X-Goog-Upload-Command': 'start', 'X-Goog-Upload-Content-Type': 'image/png', 'X-Goog-Upload-Raw-Size': String(MB) },
    })
    const sessionUrl = ok.headers.get('X-Goog-Upload-URL') ?? ''
    const { stream, counter } = countedBody(50 * MB)
    const res = await post(emu, sessionUrl, { 'X-Goog-Upload-Command': 'upload, finalize', 'X-Goog-Upload-Offset': '0', 'Content-Length': String(50 * MB) }, stream)
    expect(res.status).toBe(400)
    expect(await res.text()).toBe('More bytes were sent than X-Goog-Upload-Raw-Size declared.')
    expect(counter.pulled).toBeLessThanOrEqual(MB)
  })

  it('a JSON body over 10 MiB gets Google’s 400 before it is parsed', async () => {
    const { emu } = setup()
    const { stream, counter } = countedBody(MAX_JSON_BODY + 50 * MB)
    const res = await post(emu, '/v1/albums', { 'Content-Type': 'application/json' }, stream)
    expect(res.status).toBe(400)
    const { error } = (await res.json()) as { error: { status: string; message: string } }
    expect(error).toMatchObject({ status: 'INVALID_ARGUMENT', message: `Request payload size exceeds the limit: ${MAX_JSON_BODY} bytes.` })
    expect(counter.pulled).toBeLessThanOrEqual(MAX_JSON_BODY + 4 * MB)
  })
})
