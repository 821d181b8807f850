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

  it('answers the Picker rules over HTTP: 404s, FAILED_PRECONDITION, pageSize, scopes, bytes, 60 minutes, 429', async () => {
    const api = (path: string, init: RequestInit = {}, token = 'demo~1') =>
      fetch(`${origin}/picker${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...init.headers } })
    const status = async (res: Promise<Response>) => {
      const r = await res
      const body = (await r.json()) as { error?: { status: string } }
      return `${r.status} ${body.error?.status ?? 'OK'}`
    }
    const session = (await (await api('/v1/sessions', { method: 'POST', body: '{}' })).json()) as {
      id: string
      pickerUri: string
      pollingConfig?: { pollInterval: string; timeoutIn: string }
      pickingConfig: { maxItemCount: string }
    }
    expect(session.pollingConfig?.pollInterval).toMatch(/^\d+s$/)
    expect(session.pickingConfig.maxItemCount).toBe('2000')
    expect(await status(api('/v1/sessions', { method: 'POST', body: JSON.stringify({ pickingConfig: { maxItemCount: '2001' } }) }))).toBe('400 INVALID_ARGUMENT')
    expect(await status(api(`/v1/sessions/${session.id}`, {}, 'alice~1'))).toBe('404 NOT_FOUND')
    expect(await status(api(`/v1/mediaItems?sessionId=${session.id}`))).toBe('400 FAILED_PRECONDITION')
    expect(await status(api('/v1/sessions', { method: 'POST', body: '{}' }, 'demo~1;scopes=photoslibrary.readonly.appcreateddata'))).toBe('403 PERMISSION_DENIED')

    const ids = [...(await (await fetch(session.pickerUri)).text()).matchAll(/name="id" value="([^"]+)"/g)].map((m) => m[1])
    const done = await fetch(`${session.pickerUri}/autoclose`, { method: 'POST', body: new URLSearchParams(ids.map((id) => ['id', id])) })
    expect(await done.text()).toContain('window.close()')
    expect((await fetch(session.pickerUri)).status).toBe(410)
    const after = (await (await api(`/v1/sessions/${session.id}`)).json()) as { mediaItemsSet: boolean; pollingConfig?: unknown }
    expect(after.mediaItemsSet).toBe(true)
    expect(after.pollingConfig).toBeUndefined()
    expect(await status(api(`/v1/mediaItems?sessionId=${session.id}&pageSize=-1`))).toBe('400 INVALID_ARGUMENT')
    const one = (await (await api(`/v1/mediaItems?sessionId=${session.id}&pageSize=1`)).json()) as { mediaItems: { mediaFile: { baseUrl: string } }[]; nextPageToken?: string }
    expect(one.mediaItems).toHaveLength(1)
    expect(one.nextPageToken).toBeTruthy()
    const all = (await (await api(`/v1/mediaItems?sessionId=${session.id}&pageSize=500`)).json()) as { mediaItems: { id: string }[] }
    expect(all.mediaItems.map((m) => m.id)).toEqual(ids.slice(0, 100))

    const baseUrl = one.mediaItems[0].mediaFile.baseUrl
    expect((await fetch(`${baseUrl}=d`, { headers: { Authorization: 'Bearer alice~1' } })).status).toBe(403)
    expect((await fetch(`${baseUrl}=d?access_token=demo~1`)).status).toBe(401)
    expect((await fetch(`${baseUrl}=d`, { headers: { Authorization: 'Bearer demo~1' } })).status).toBe(200)
    await fetch(`${origin}/_emulator/clock/advance`, { method: 'POST', body: JSON.stringify({ ms: 61 * 60_000 }) })
    expect((await fetch(`${baseUrl}=d`, { headers: { Authorization: 'Bearer demo~1' } })).status).toBe(403)
    expect(await status(api(`/v1/sessions/${session.id}`, { method: 'DELETE' }))).toBe('200 OK')
    expect(await status(api(`/v1/sessions/${session.id}`))).toBe('404 NOT_FOUND')

    const open: string[] = []
    for (;;) {
      const res = await api('/v1/sessions', { method: 'POST', body: '{}' })
      if (res.status !== 200) {
        expect(`${res.status} ${((await res.json()) as { error: { status: string } }).error.status}`).toBe('429 RESOURCE_EXHAUSTED')
        break
      }
      open.push(((await res.json()) as { id: string }).id)
      expect(open.length).toBeLessThanOrEqual(100)
    }
    expect(open.length).toBeGreaterThan(0)
    for (const id of open) await api(`/v1/sessions/${id}`, { method: 'DELETE' })
  }, 60_000)
})
