// The Node host (`npm run emulator`) serves the Picker under /picker on its own port, over real HTTP.
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

let server: ChildProcess | undefined
let origin = ''

beforeAll(async () => {
  server = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../node/main.ts', import.meta.url)), '--port', '0', '--profile', '2025'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  origin = await new Promise<string>((resolve, reject) => {
    let out = ''
    server?.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(out)
      if (m) resolve(m[1])
    })
    server?.on('exit', (code) => reject(new Error(`emulator exited with ${code}: ${out}`)))
  })
}, 60_000)

afterAll(() => {
  server?.kill('SIGTERM')
})

const bearer = { Authorization: 'Bearer demo~1' }

describe('Picker API on the Node host', () => {
  it('creates a session, serves the picking page, lists what the control route picked and serves bytes to the bearer', async () => {
    const created = await fetch(`${origin}/picker/v1/sessions`, {
      method: 'POST',
      headers: { ...bearer, 'Content-Type': 'application/json' },
      body: JSON.stringify({ pickingConfig: { maxItemCount: '5' } }),
    })
    expect(created.status).toBe(200)
    const session = (await created.json()) as { id: string; pickerUri: string; mediaItemsSet: boolean }
    expect(session.pickerUri).toBe(`${origin}/picker/session/${session.id}`)
    expect(session.mediaItemsSet).toBe(false)

    const page = await fetch(`${session.pickerUri}/autoclose`)
    expect(page.status).toBe(200)
    const ids = [...(await page.text()).matchAll(/name="id" value="([^"]+)"/g)].map((m) => m[1])
    // The 2025 Library API sees only app-created items; the page offers the whole library.
    const library = (await (await fetch(`${origin}/v1/mediaItems?pageSize=100`, { headers: bearer })).json()) as { mediaItems: { id: string }[] }
    const libraryIds = new Set(library.mediaItems.map((m) => m.id))
    const hidden = ids.filter((id) => !libraryIds.has(id)).slice(0, 2)
    expect(hidden).toHaveLength(2)

    const picked = await fetch(`${origin}/_emulator/picker/sessions/${session.id}:pick`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ mediaItemIds: hidden }),
    })
    expect(picked.status).toBe(200)
    const list = (await (await fetch(`${origin}/picker/v1/mediaItems?sessionId=${session.id}`, { headers: bearer })).json()) as {
      mediaItems: { id: string; mediaFile: { baseUrl: string } }[]
    }
    expect(list.mediaItems.map((m) => m.id)).toEqual(hidden)
    const bytesUrl = `${list.mediaItems[0].mediaFile.baseUrl}=w64-h64-c`
    expect((await fetch(bytesUrl)).status).toBe(401)
    const bytes = await fetch(bytesUrl, { headers: bearer })
    expect(bytes.status).toBe(200)
    expect(bytes.headers.get('Content-Type')).toBe('image/jpeg')

    expect((await fetch(`${origin}/picker/v1/sessions/${session.id}`, { method: 'DELETE', headers: bearer })).status).toBe(200)
  }, 30_000)
})
