import { describe, expect, it } from 'vitest'
import { BASE_URL_LIFETIME_MS, baseUrlAge, baseUrlExpiresAt, downloadUrl, isBaseUrlFresh, mediaUrl, sizeBucket, videoUrl } from './media-url'
import { estimateRequests } from './quota'

describe('mediaUrl', () => {
  const base = 'https://lh3.example/lr/abc'
  it('rounds sizes up into buckets (× devicePixelRatio) so the browser cache hits', () => {
    expect(sizeBucket(1)).toBe(128)
    expect(sizeBucket(128)).toBe(128)
    expect(sizeBucket(129)).toBe(256)
    expect(sizeBucket(1500)).toBe(1600)
    expect(sizeBucket(9000)).toBe(4096)
    expect(mediaUrl(base, { width: 200, height: 150 })).toBe(`${base}=w256-h256`)
    expect(mediaUrl(base, { width: 200, height: 150, dpr: 2 })).toBe(`${base}=w512-h512`)
    expect(mediaUrl(base, { width: 300, height: 300, crop: true })).toBe(`${base}=w512-h512-c`)
    expect(mediaUrl(base, { width: 1000 })).toBe(`${base}=w1024`)
    expect(mediaUrl(base)).toBe(`${base}=w128-h128`)
  })
  it('download and video URLs', () => {
    expect(downloadUrl(base)).toBe(`${base}=d`)
    expect(videoUrl(base)).toBe(`${base}=dv`)
  })
  it('baseUrl freshness: refreshed after 45 min, expires at 60', () => {
    const t0 = 1_000_000
    expect(baseUrlAge(t0, t0 + 5_000)).toBe(5_000)
    expect(isBaseUrlFresh(t0, t0 + 44 * 60_000)).toBe(true)
    expect(isBaseUrlFresh(t0, t0 + 45 * 60_000)).toBe(false)
    expect(baseUrlExpiresAt(t0)).toBe(t0 + BASE_URL_LIFETIME_MS)
  })
})

describe('estimateRequests', () => {
  it('counts the calls a bulk action costs', () => {
    expect(estimateRequests({ kind: 'batchAdd', count: 230 })).toBe(5)
    expect(estimateRequests({ kind: 'batchGet', count: 50 })).toBe(1)
    expect(estimateRequests({ kind: 'batchRemove', count: 0 })).toBe(0)
    expect(estimateRequests({ kind: 'listAlbums', count: 120 })).toBe(3)
    expect(estimateRequests({ kind: 'search', count: 1000 })).toBe(10)
    expect(estimateRequests({ kind: 'perItem', count: 7 })).toBe(7)
    // 2 small files (raw: 1 each) + one 20 MiB file (start + 3 chunks of 8 MiB) + 1 batchCreate
    expect(estimateRequests({ kind: 'upload', sizes: [1000, 2000, 20 * 1024 * 1024] })).toBe(1 + 1 + 4 + 1)
  })
})
