// @vitest-environment ./src/test/node-env.ts
// The request core against the emulator: error kinds, retries and backoff, Retry-After, quotas, token renewal.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTestEmulator, type TestEmulator } from '../test/emulator'
import {
  AbortedError,
  ApiError,
  MalformedResponseError,
  NetworkError,
  OutcomeUnknownError,
  isApiError,
  isDailyQuotaExceeded,
  isOutcomeUnknownError,
  isRateLimited,
  parseRetryAfter,
  classifyQuota,
} from './errors'
import type { QuotaEvent, RetryEvent } from './http'
import { createQuotaMeter } from './quota'
import { defaultRetryPolicy, retryDelayMs } from './retry'
import { createTestClient, memoryStorage } from './test-harness'

let emu: TestEmulator
beforeEach(() => {
  emu = createTestEmulator({ seed: 'fixture' })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('error kinds', () => {
  it('a non-2xx becomes ApiError with HTTP status, Google status, message and details', async () => {
    const { client } = createTestClient(emu)
    const error = await client.albums.get('not-an-album-id').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ kind: 'http', httpStatus: 400, status: 'INVALID_ARGUMENT', operation: 'albums.get' })
    expect((error as ApiError).message).toBeTruthy()
    expect(isApiError(error, 'INVALID_ARGUMENT')).toBe(true)
    expect(isApiError(error, 400)).toBe(true)
    expect(isApiError(error, 'NOT_FOUND')).toBe(false)
  })

  it('403 PERMISSION_DENIED for sharing methods under the 2025 profile', async () => {
    await emu.control.setProfile('2025')
    const { client } = createTestClient(emu)
    const error = await client.sharedAlbums.list().catch((e: unknown) => e)
    expect(isApiError(error, 'PERMISSION_DENIED')).toBe(true)
    expect((error as ApiError).httpStatus).toBe(403)
  })

  it('a fetch that throws is a NetworkError for reads (after retries) and OutcomeUnknownError for writes', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch')
    }) as typeof fetch
    const { client, calls, sleeps } = createTestClient({ ...emu, fetch: failing }, { retry: { maxAttempts: 3, random: () => 0.5 } })
    const read = await client.albums.list().catch((e: unknown) => e)
    expect(read).toBeInstanceOf(NetworkError)
    expect((read as NetworkError).cause).toBeInstanceOf(TypeError)
    expect(calls).toHaveLength(3)
    expect(sleeps).toEqual([500, 1000])
    calls.splice(0)
    const write = await client.albums.create({ title: 'x' }).catch((e: unknown) => e)
    expect(write).toBeInstanceOf(OutcomeUnknownError)
    expect(isOutcomeUnknownError(write)).toBe(true)
    expect(calls).toHaveLength(1)
  })

  it('a dropped connection while reading a write answer is OutcomeUnknownError (and the write did happen)', async () => {
    const { client } = createTestClient(emu)
    emu.control.enqueueFaults([{ kind: 'drop', match: '/v1/albums' }])
    const error = await client.albums.create({ title: 'Dropped' }).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'outcome-unknown', operation: 'albums.create' })
    expect((await client.albums.listAll()).some((a) => a.title === 'Dropped')).toBe(true)
  })

  it('a dropped read is retried transparently', async () => {
    const { client, calls } = createTestClient(emu)
    emu.control.enqueueFaults([{ kind: 'drop', match: '/v1/albums' }])
    const page = await client.albums.list()
    expect(page.albums.length).toBeGreaterThan(0)
    expect(calls).toHaveLength(2)
  })

  it('abort: AbortedError, no retry, also during a backoff wait', async () => {
    const { client, calls } = createTestClient(emu)
    const controller = new AbortController()
    controller.abort()
    await expect(client.albums.list({}, { signal: controller.signal })).rejects.toBeInstanceOf(AbortedError)
    expect(calls).toHaveLength(0)

    vi.useFakeTimers()
    const t = createTestClient(emu, { sleep: undefined })
    emu.control.enqueueFaults([{ status: 503, match: '/v1/albums' }])
    const c2 = new AbortController()
    const pending = t.client.albums.list({}, { signal: c2.signal }).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(10)
    c2.abort()
    const error = await pending
    expect(error).toMatchObject({ kind: 'abort', operation: 'albums.list' })
    expect(t.calls).toHaveLength(1)
  })

  it('a 2xx body that is not JSON is MalformedResponseError', async () => {
    const html = (async () => new Response('<html>proxy</html>', { status: 200, headers: { 'Content-Type': 'text/html' } })) as typeof fetch
    const { client } = createTestClient({ ...emu, fetch: html })
    const error = await client.albums.list().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MalformedResponseError)
    expect(error).toMatchObject({ kind: 'malformed', httpStatus: 200 })
  })
})

describe('retries and backoff', () => {
  it('503 and 500 on a read: retried with exponential backoff and full jitter, then succeeds', async () => {
    const retries: RetryEvent[] = []
    const { client, calls, sleeps } = createTestClient(emu, { retry: { random: () => 0.5 }, onRetry: (e) => retries.push(e) })
    emu.control.enqueueFaults([{ status: 503 }, { status: 500 }, { status: 503 }])
    const page = await client.albums.list()
    expect(page.albums.length).toBeGreaterThan(0)
    expect(calls.map((c) => c.status)).toEqual([503, 500, 503, 200])
    // full jitter: random × min(cap, 1 s × 2^n)
    expect(sleeps).toEqual([500, 1000, 2000])
    expect(retries.map((r) => r.retry)).toEqual([1, 2, 3])
  })

  it('gives up after maxAttempts and throws the last error', async () => {
    const { client, calls } = createTestClient(emu, { retry: { maxAttempts: 2 } })
    emu.control.enqueueFaults([{ status: 503 }, { status: 503 }, { status: 503 }])
    const error = await client.albums.list().catch((e: unknown) => e)
    expect(isApiError(error, 'UNAVAILABLE')).toBe(true)
    expect(calls).toHaveLength(2)
  })

  it('with fake timers: the default sleep waits the backoff before retrying', async () => {
    vi.useFakeTimers()
    const { client, calls } = createTestClient(emu, { sleep: undefined, retry: { random: () => 0.5 } })
    emu.control.enqueueFaults([{ status: 503 }, { status: 503 }])
    const pending = client.albums.list()
    await vi.advanceTimersByTimeAsync(0)
    expect(calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(499)
    expect(calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(calls).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(999)
    expect(calls).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(1)
    await expect(pending).resolves.toMatchObject({ albums: expect.any(Array) })
    expect(calls).toHaveLength(3)
  })

  it('429 per-minute honours Retry-After and reports a rate-limited quota event', async () => {
    const events: QuotaEvent[] = []
    const { client, sleeps } = createTestClient(emu, { onQuotaEvent: (e) => events.push(e) })
    emu.control.enqueueFaults([{ status: 429, quota: 'minute', retryAfter: 45 }])
    await client.mediaItems.list()
    expect(sleeps).toEqual([45_000])
    expect(events).toEqual([expect.objectContaining({ type: 'rate-limited', quota: 'per-minute', retryAfterMs: 45_000, operation: 'mediaItems.list' })])
  })

  it('429 without Retry-After waits at least 30 s (Google guidance)', () => {
    const bare = new ApiError({ operation: 'x', httpStatus: 429, status: 'RESOURCE_EXHAUSTED', message: 'Quota exceeded', quota: 'per-minute' })
    const policy = { ...defaultRetryPolicy, random: () => 0 }
    expect(retryDelayMs(0, bare, policy)).toBe(30_000)
    expect(retryDelayMs(3, bare, { ...policy, random: () => 0.5 })).toBe(34_000)
  })

  it('daily quota 429: not retried, surfaced as daily, event raised', async () => {
    const events: QuotaEvent[] = []
    const { client, calls, sleeps } = createTestClient(emu, { onQuotaEvent: (e) => events.push(e) })
    emu.control.enqueueFaults([{ status: 429, quota: 'daily' }])
    const error = await client.albums.list().catch((e: unknown) => e)
    expect(isRateLimited(error)).toBe(true)
    expect(isDailyQuotaExceeded(error)).toBe(true)
    expect(calls).toHaveLength(1)
    expect(sleeps).toEqual([])
    expect(events[0]).toMatchObject({ type: 'daily-limit', quota: 'daily' })
  })

  it('writes are never retried on 5xx', async () => {
    const { client, calls } = createTestClient(emu)
    emu.control.enqueueFaults([{ status: 503 }])
    const error = await client.albums.create({ title: 'No retry' }).catch((e: unknown) => e)
    expect(isApiError(error, 503)).toBe(true)
    expect(calls).toHaveLength(1)
  })

  it('a Retry-After longer than maxRetryAfterMs is surfaced instead of waited', async () => {
    const { client, calls } = createTestClient(emu, { retry: { maxRetryAfterMs: 60_000 } })
    emu.control.enqueueFaults([{ status: 503, retryAfter: 600 }])
    const error = await client.albums.list().catch((e: unknown) => e)
    expect(error).toMatchObject({ httpStatus: 503, retryAfterMs: 600_000 })
    expect(calls).toHaveLength(1)
  })
})

describe('token renewal on 401', () => {
  it('an expired token is renewed once with forceRefresh and the read retried', async () => {
    const getAccessToken = vi.fn(async ({ forceRefresh }: { forceRefresh?: boolean }) => (forceRefresh ? 'demo' : 'x~expired'))
    const { client, calls } = createTestClient(emu, { getAccessToken })
    const page = await client.albums.list()
    expect(page.albums.length).toBeGreaterThan(0)
    expect(getAccessToken.mock.calls.map((c) => c[0])).toEqual([{ forceRefresh: false }, { forceRefresh: true }])
    expect(calls.map((c) => [c.status, c.headers.get('Authorization')])).toEqual([
      [401, 'Bearer x~expired'],
      [200, 'Bearer demo'],
    ])
  })

  it('writes are retried after a 401 too (nothing happened), but only once', async () => {
    const getAccessToken = vi.fn(async ({ forceRefresh }: { forceRefresh?: boolean }) => (forceRefresh ? 'demo' : 'x~expired'))
    const { client, calls } = createTestClient(emu, { getAccessToken })
    const album = await client.albums.create({ title: 'After renewal' })
    expect(album.title).toBe('After renewal')
    expect(calls.map((c) => c.status)).toEqual([401, 200])

    const stillExpired = vi.fn(async () => 'x~expired')
    const t2 = createTestClient(emu, { getAccessToken: stillExpired })
    const error = await t2.client.albums.create({ title: 'Never' }).catch((e: unknown) => e)
    expect(isApiError(error, 'UNAUTHENTICATED')).toBe(true)
    expect(t2.calls).toHaveLength(2)
    expect(stillExpired).toHaveBeenCalledTimes(2)
  })
})

describe('quota meter', () => {
  it('counts every request attempt by UTC day in the injected storage', async () => {
    let now = Date.parse('2026-03-01T23:59:00Z')
    const storage = memoryStorage()
    const quota = createQuotaMeter({ storage, now: () => now })
    const { client } = createTestClient(emu, { quota })
    emu.control.enqueueFaults([{ status: 503 }])
    await client.albums.list()
    await client.mediaItems.list()
    expect(quota.usage()).toEqual({ day: '2026-03-01', api: 3, media: 0 })
    quota.record('media', 5)
    expect(quota.remaining()).toEqual({ api: 9_997, media: 74_995 })
    expect(JSON.parse(storage.data.get('shoebox.quota.v1')!)).toEqual({ day: '2026-03-01', api: 3, media: 5 })
    now += 2 * 60_000
    expect(quota.usage()).toEqual({ day: '2026-03-02', api: 0, media: 0 })
  })
})

describe('parsing helpers', () => {
  it('Retry-After in seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(parseRetryAfter('30', now)).toBe(30_000)
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:00 GMT', now)).toBe(60_000)
    expect(parseRetryAfter(null, now)).toBeUndefined()
    expect(parseRetryAfter('soon', now)).toBeUndefined()
  })

  it("tells Google's daily and per-minute 429 messages apart", () => {
    expect(classifyQuota("Quota exceeded for quota metric 'All requests' and limit 'All requests per day' of service", undefined)).toBe('daily')
    expect(classifyQuota("Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user'", undefined)).toBe('per-minute')
    expect(classifyQuota('Too many requests', 6 * 3600_000)).toBe('daily')
    expect(classifyQuota('Too many requests', 30_000)).toBe('per-minute')
  })
})
