// What a bulk action costs, and when it is worth a question before it starts.
import { describe, expect, it } from 'vitest'
import { createQuotaMeter, DAILY_API_REQUEST_LIMIT, estimateRequests, quotaWarningFor } from './quota'

const MB = 1024 * 1024

describe('estimateRequests', () => {
  it('counts batches of 50, pages, and one request per small upload plus chunks for large ones', () => {
    expect(estimateRequests({ kind: 'batchAdd', count: 5000 })).toBe(100)
    expect(estimateRequests({ kind: 'batchRemove', count: 51 })).toBe(2)
    expect(estimateRequests({ kind: 'listAlbums', count: 20_000 })).toBe(400)
    expect(estimateRequests({ kind: 'perItem', count: 7 })).toBe(7)
    // 100 small photos: 100 raw uploads and 2 batchCreates. A 20 MB video: a resumable start and 3 chunks, 1 create.
    expect(estimateRequests({ kind: 'upload', sizes: Array.from({ length: 100 }, () => 2 * MB) })).toBe(102)
    expect(estimateRequests({ kind: 'upload', sizes: [20 * MB] })).toBe(5)
    expect(estimateRequests({ kind: 'upload', sizes: [] })).toBe(0)
  })
})

describe('quotaWarningFor', () => {
  it('never asks for a small action, however little is left', () => {
    expect(quotaWarningFor(9, 5)).toBeUndefined()
  })

  it('asks when an action would spend a tenth of the whole day (1 000 requests), even on a fresh day', () => {
    expect(quotaWarningFor(999, DAILY_API_REQUEST_LIMIT)).toBeUndefined()
    expect(quotaWarningFor(1000, DAILY_API_REQUEST_LIMIT)).toEqual({ estimate: 1000, remaining: DAILY_API_REQUEST_LIMIT, exceeds: false })
  })

  it('asks when an action would spend half of what is left, and says when it needs more than is left', () => {
    expect(quotaWarningFor(199, 400)).toBeUndefined()
    expect(quotaWarningFor(200, 400)).toEqual({ estimate: 200, remaining: 400, exceeds: false })
    expect(quotaWarningFor(30, 20)).toEqual({ estimate: 30, remaining: 20, exceeds: true })
  })

  it('works on the meter’s own count: an upload of a thousand photos asks, a hundred does not (on a fresh day)', () => {
    const kept = new Map<string, string>()
    const storage = { getItem: (k: string) => kept.get(k) ?? null, setItem: (k: string, v: string) => void kept.set(k, v) }
    const meter = createQuotaMeter({ storage, now: () => Date.UTC(2026, 0, 15, 12) })
    const upload = (n: number) => estimateRequests({ kind: 'upload', sizes: Array.from({ length: n }, () => 3 * MB) })
    expect(quotaWarningFor(upload(100), meter.remaining().api)).toBeUndefined()
    expect(quotaWarningFor(upload(1000), meter.remaining().api)).toMatchObject({ exceeds: false })
    meter.record('api', 9_900)
    expect(quotaWarningFor(upload(100), meter.remaining().api)).toMatchObject({ estimate: 102, remaining: 100, exceeds: true })
  })
})
