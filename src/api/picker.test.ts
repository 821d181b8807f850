// @vitest-environment ./src/test/node-env.ts
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTestEmulator } from '../test/emulator'
import { AbortedError, ApiError } from './errors'
import { PickerError, parseDuration, type PickingSession } from './picked-items'
import type { VisibilitySource } from './picker'
import { createTestClient } from './test-harness'

/** A scripted Picker: sessions.get answers from `answers` in turn (the last one repeats); every request is logged. */
function scriptedPicker(answers: Partial<PickingSession>[]) {
  const gets: number[] = []
  const requests: { method: string; url: string; auth: string | null }[] = []
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input)
    requests.push({ method: init?.method ?? 'GET', url, auth: new Headers(init?.headers).get('Authorization') })
    if (url.endsWith('/v1/sessions/s1') && (init?.method ?? 'GET') === 'GET') {
      gets.push(Date.now())
      const answer = answers[Math.min(gets.length - 1, answers.length - 1)]
      return Response.json({ id: 's1', pickerUri: 'https://picker.test/s1', ...answer })
    }
    return new Response('{}', { status: 404 })
  }
  return { fetch, gets, requests }
}

function fakeVisibility(): VisibilitySource & { show(): void; listeners: number } {
  const listeners = new Set<() => void>()
  return {
    onVisible(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    show: () => listeners.forEach((l) => l()),
    get listeners() {
      return listeners.size
    },
  }
}

const session = (config: PickingSession['pollingConfig']): PickingSession => ({ id: 's1', pickerUri: 'https://picker.test/s1', pollingConfig: config, mediaItemsSet: false })

function pickerClient(fetch: typeof globalThis.fetch) {
  return createTestClient({ fetch, baseUrl: 'https://library.test' }, { pickerUrl: 'https://picker.test', sleep: undefined, token: 'demo~1' }).client.picker
}

describe('parseDuration', () => {
  it('reads Google Duration strings', () => {
    expect(parseDuration('5s')).toBe(5000)
    expect(parseDuration('1.5s')).toBe(1500)
    expect(parseDuration('0s')).toBe(0)
    expect(parseDuration('5m')).toBeUndefined()
    expect(parseDuration(undefined)).toBeUndefined()
  })
})

describe('waitForPicking (fake clock)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('polls at pollInterval, follows a changed interval, and resolves when mediaItemsSet', async () => {
    const script = scriptedPicker([
      { pollingConfig: { pollInterval: '5s', timeoutIn: '600s' } },
      { pollingConfig: { pollInterval: '2s', timeoutIn: '595s' } },
      { mediaItemsSet: true },
    ])
    const picker = pickerClient(script.fetch)
    const done = picker.waitForPicking(session({ pollInterval: '5s', timeoutIn: '600s' }), { visibility: fakeVisibility() })
    await vi.dynamicImportSettled() // the Picker client loads with its first call
    await vi.advanceTimersByTimeAsync(4999)
    expect(script.gets).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(script.gets).toEqual([5000])
    await vi.advanceTimersByTimeAsync(5000)
    expect(script.gets).toEqual([5000, 10000])
    await vi.advanceTimersByTimeAsync(2000)
    await expect(done).resolves.toMatchObject({ mediaItemsSet: true })
    expect(script.gets).toEqual([5000, 10000, 12000])
    expect(script.requests.every((r) => r.auth === 'Bearer demo~1')).toBe(true)
  })

  it('stops with PickerError "timeout" when timeoutIn runs out, and at once for "0s"', async () => {
    const script = scriptedPicker([{ pollingConfig: { pollInterval: '5s', timeoutIn: '7s' } }, { pollingConfig: { pollInterval: '5s', timeoutIn: '2s' } }])
    const picker = pickerClient(script.fetch)
    const done = picker.waitForPicking(session({ pollInterval: '5s', timeoutIn: '12s' }), { visibility: fakeVisibility() })
    await vi.dynamicImportSettled() // the Picker client loads with its first call
    const outcome = expect(done).rejects.toMatchObject({ name: 'PickerError', problem: 'timeout' })
    await vi.advanceTimersByTimeAsync(20_000)
    await outcome
    // polls at 5 s and 10 s; the second answer leaves 2 s, so one last look at 12 s, then it gives up for good
    expect(script.gets).toEqual([5000, 10000, 12000])
    await expect(picker.waitForPicking(session({ pollInterval: '5s', timeoutIn: '0s' }))).rejects.toBeInstanceOf(PickerError)
  })

  it('can be cancelled: the abort ends the wait with AbortedError and no further poll', async () => {
    const script = scriptedPicker([{ pollingConfig: { pollInterval: '5s', timeoutIn: '600s' } }])
    const picker = pickerClient(script.fetch)
    const controller = new AbortController()
    const visibility = fakeVisibility()
    const done = picker.waitForPicking(session({ pollInterval: '5s', timeoutIn: '600s' }), { signal: controller.signal, visibility })
    await vi.dynamicImportSettled() // the Picker client loads with its first call
    const outcome = expect(done).rejects.toBeInstanceOf(AbortedError)
    await vi.advanceTimersByTimeAsync(6000)
    controller.abort()
    await outcome
    await vi.advanceTimersByTimeAsync(60_000)
    expect(script.gets).toEqual([5000])
    expect(visibility.listeners).toBe(0)
  })

  it('a tab coming back to the foreground polls at once instead of waiting out a throttled timer', async () => {
    const script = scriptedPicker([{ pollingConfig: { pollInterval: '30s', timeoutIn: '600s' } }, { mediaItemsSet: true }])
    const picker = pickerClient(script.fetch)
    const visibility = fakeVisibility()
    const done = picker.waitForPicking(session({ pollInterval: '30s', timeoutIn: '600s' }), { visibility })
    await vi.dynamicImportSettled() // the Picker client loads with its first call
    await vi.advanceTimersByTimeAsync(3000)
    expect(script.gets).toEqual([])
    visibility.show()
    await vi.advanceTimersByTimeAsync(0)
    expect(script.gets).toEqual([3000])
    await vi.advanceTimersByTimeAsync(30_000)
    await expect(done).resolves.toMatchObject({ mediaItemsSet: true })
    expect(visibility.listeners).toBe(0)
  })

  it('a closed picker window gets one last poll, then PickerError "closed"', async () => {
    const script = scriptedPicker([{ pollingConfig: { pollInterval: '5s', timeoutIn: '600s' } }])
    const picker = pickerClient(script.fetch)
    let closed = false
    const done = picker.waitForPicking(session({ pollInterval: '5s', timeoutIn: '600s' }), { visibility: fakeVisibility(), isWindowClosed: () => closed })
    await vi.dynamicImportSettled() // the Picker client loads with its first call
    const outcome = expect(done).rejects.toMatchObject({ problem: 'closed' })
    await vi.advanceTimersByTimeAsync(5000)
    closed = true
    await vi.advanceTimersByTimeAsync(5000)
    await outcome
    expect(script.gets).toEqual([5000, 10000])
  })
})

describe('the Picker API against the emulator', () => {
  it('creates, lists and downloads with the bearer token in the header only; =d for photos, =dv for videos; deletes', async () => {
    const emu = createTestEmulator({ seed: 'fixture' })
    const { client, calls } = createTestClient(emu, { pickerUrl: `${emu.baseUrl}/picker`, token: 'demo~1' })
    const session = await client.picker.createSession({ maxItemCount: 2 })
    expect(session.pickingConfig?.maxItemCount).toBe('2')
    const page = await (await emu.fetch(session.pickerUri)).text()
    const photoId = /value="([^"]+)" aria-label="Photo/.exec(page)?.[1]
    const videoId = /value="([^"]+)" aria-label="Video/.exec(page)?.[1]
    await emu.fetch(`/_emulator/picker/sessions/${session.id}:pick`, { method: 'POST', body: JSON.stringify({ mediaItemIds: [photoId, videoId] }) })
    const items = await client.picker.listMediaItems(session.id)
    expect(items.map((i) => i.id)).toEqual([photoId, videoId])
    const photo = await client.picker.download(items[0])
    expect(photo.type).toBe('image/jpeg')
    expect(photo.size).toBeGreaterThan(1000)
    const video = await client.picker.download(items[1])
    expect(video.type).toBe('video/mp4')
    const thumb = await client.picker.thumbnail(items[0], 96)
    expect(thumb.size).toBeGreaterThan(100)
    await client.picker.deleteSession(session.id)
    const bytes = calls.filter((c) => c.url.pathname.includes('/picker/media/'))
    expect(bytes.map((c) => c.url.pathname.split('=').pop())).toEqual(['d', 'dv', 'w96-h96-c'])
    for (const call of calls) {
      expect(call.url.href).not.toContain('demo~1')
      expect(call.headers.get('Authorization')).toBe('Bearer demo~1')
    }
    await expect(client.picker.getSession(session.id)).rejects.toBeInstanceOf(ApiError)
  })

  it('refuses a video that is still processing without fetching it', async () => {
    const emu = createTestEmulator({ seed: 'fixture' })
    const { client, calls } = createTestClient(emu, { pickerUrl: `${emu.baseUrl}/picker` })
    const item = { id: 'v', type: 'VIDEO' as const, mediaFile: { baseUrl: `${emu.baseUrl}/picker/media/x`, mediaFileMetadata: { videoMetadata: { processingStatus: 'PROCESSING' as const } } } }
    await expect(client.picker.download(item)).rejects.toMatchObject({ problem: 'not-ready' })
    expect(calls).toHaveLength(0)
  })

  it('a download the browser refuses goes again through the deployment\'s relay, with the token in the header only', async () => {
    const emu = createTestEmulator({ seed: 'fixture' })
    const picker = `${emu.baseUrl}/picker`
    let refused = 0
    // The page may not read Google's media host (CORS): the fetch gets no answer. The relay forwards to it.
    const browser: typeof fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input))
      if (url.pathname.startsWith('/picker/media/')) {
        refused += 1
        throw new TypeError('Failed to fetch')
      }
      const relayed = /^\/relay\/media\/([^/]+)(\/.*)$/.exec(url.pathname)
      return emu.fetch(relayed ? `${url.protocol}//${relayed[1]}${relayed[2]}` : input, init)
    }
    const origin = new URL(emu.baseUrl).origin
    const { client, calls, sleeps } = createTestClient({ ...emu, fetch: browser }, { pickerUrl: picker, uploadUrl: `${origin}/relay/v1/uploads`, token: 'demo~1' })
    expect(client.picker.hasMediaRelay).toBe(true)
    const session = await client.picker.createSession()
    const page = await (await emu.fetch(session.pickerUri)).text()
    const photoId = /value="([^"]+)" aria-label="Photo/.exec(page)?.[1]
    await emu.fetch(`/_emulator/picker/sessions/${session.id}:pick`, { method: 'POST', body: JSON.stringify({ mediaItemIds: [photoId] }) })
    const [item] = await client.picker.listMediaItems(session.id)
    const photo = await client.picker.download(item)
    expect(photo.type).toBe('image/jpeg')
    const direct = new URL(`${item.mediaFile!.baseUrl!}=d`)
    const relayed = calls.filter((c) => c.url.pathname.startsWith('/relay/media/'))
    expect(relayed.map((c) => c.url.href)).toEqual([`${origin}/relay/media/${direct.host}${direct.pathname}`])
    expect(relayed[0].headers.get('Authorization')).toBe('Bearer demo~1')
    // Refused once, not retried (retrying cannot make the browser allow it)…
    expect(refused).toBe(1)
    expect(sleeps).toEqual([])
    // …and the next picked bytes (up to 2 000 items and their thumbnails) go straight to the relay.
    const thumbnail = await client.picker.thumbnail(item, 96)
    expect(thumbnail.size).toBeGreaterThan(0)
    expect(refused).toBe(1)
    for (const call of calls) expect(call.url.href).not.toContain('demo~1')
  })

  it('an answer cut mid-body is retried directly, never taken for a refusal (the relay stays unused)', async () => {
    const emu = createTestEmulator({ seed: 'fixture' })
    let direct = 0
    const browser: typeof fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input))
      if (url.pathname.startsWith('/picker/media/') && ++direct === 1) {
        const cut = new ReadableStream({ start: (controller) => controller.error(new TypeError('connection reset')) })
        return new Response(cut, { status: 200, headers: { 'Content-Type': 'image/jpeg' } })
      }
      return emu.fetch(input, init)
    }
    const origin = new URL(emu.baseUrl).origin
    const { client, calls } = createTestClient({ ...emu, fetch: browser }, { pickerUrl: `${emu.baseUrl}/picker`, uploadUrl: `${origin}/relay/v1/uploads`, token: 'demo~1' })
    const session = await client.picker.createSession()
    const page = await (await emu.fetch(session.pickerUri)).text()
    const photoId = /value="([^"]+)" aria-label="Photo/.exec(page)?.[1]
    await emu.fetch(`/_emulator/picker/sessions/${session.id}:pick`, { method: 'POST', body: JSON.stringify({ mediaItemIds: [photoId] }) })
    const [item] = await client.picker.listMediaItems(session.id)
    expect((await client.picker.download(item)).size).toBeGreaterThan(0)
    expect((await client.picker.thumbnail(item, 96)).size).toBeGreaterThan(0)
    expect(direct).toBe(3)
    expect(calls.filter((c) => c.url.pathname.startsWith('/relay/'))).toEqual([])
  })

  it('has no relay when uploads go to the API itself, and then a refused download stays a network error', async () => {
    const emu = createTestEmulator({ seed: 'fixture' })
    const refuse: typeof fetch = async () => {
      throw new TypeError('Failed to fetch')
    }
    const { client } = createTestClient({ ...emu, fetch: refuse }, { uploadUrl: `${emu.baseUrl}/v1/uploads`, pickerUrl: `${emu.baseUrl}/picker` })
    expect(client.picker.hasMediaRelay).toBe(false)
    const item = { id: 'p', type: 'PHOTO' as const, mediaFile: { baseUrl: `${emu.baseUrl}/picker/media/x` } }
    await expect(client.picker.download(item)).rejects.toMatchObject({ name: 'NetworkError' })
  })
})
