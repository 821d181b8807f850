import { describe, expect, it } from 'vitest'
import { BASE_URL_LIFETIME_MS, baseUrlAge, baseUrlExpiresAt, downloadUrl, isBaseUrlFresh, mediaUrl, sizeBucket, thumbnailPixels, videoUrl } from './media-url'
import { estimateRequests } from './quota'
import { DEMO_THUMBNAIL_SIZES } from '../config/demo-thumbnails'

describe('mediaUrl', () => {
  const base = 'https://lh3.example/lr/abc'
  it('rounds sizes up into buckets (× devicePixelRatio) so the browser cache hits', () => {
    expect(sizeBucket(1)).toBe(128)
    expect(sizeBucket(128)).toBe(128)
    expect(sizeBucket(129)).toBe(192)
    expect(sizeBucket(200)).toBe(256)
    expect(sizeBucket(1500)).toBe(1600)
    expect(sizeBucket(9000)).toBe(4096)
    expect(mediaUrl(base, { width: 200, height: 150 })).toBe(`${base}=w256-h192`)
    expect(mediaUrl(base, { width: 200, height: 150, dpr: 2 })).toBe(`${base}=w512-h384`)
    expect(mediaUrl(base, { width: 300, height: 300, crop: true })).toBe(`${base}=w384-h384-c`)
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

describe('thumbnailPixels', () => {
  it('caps the density at 1.5 and stays within 1.5× the CSS size when a bucket allows', () => {
    expect(thumbnailPixels(200, 1)).toBe(256) // 1.28×
    expect(thumbnailPixels(200, 3)).toBe(256) // 300 wanted → 384 would be 1.92×; 256 still covers 200
    expect(thumbnailPixels(250, 2)).toBe(256) // 375 wanted → 384 is 1.54×; 256 covers 250
    expect(thumbnailPixels(300, 3)).toBe(384) // 450 wanted → 512 is 1.7×; 384 (1.28×)
    expect(thumbnailPixels(100, 0.5)).toBe(128) // never below the CSS size
    // From the smallest bucket up (below 128 CSS px the smallest bucket is all there is).
    for (let css = 128; css < 1000; css += 7) {
      const px = thumbnailPixels(css, 3)
      expect(px).toBeGreaterThanOrEqual(css)
      expect(px / css).toBeLessThanOrEqual(1.6)
    }
  })
})

describe('grid thumbnail sizes and the demo build', () => {
  it('every grid thumbnail size up to the largest ready-made one is made at build time', () => {
    const largest = Math.max(...DEMO_THUMBNAIL_SIZES)
    const asked = new Set<number>()
    for (let css = 40; css <= 400; css++) for (const dpr of [1, 1.25, 1.5, 2, 3]) asked.add(thumbnailPixels(css, dpr))
    const small = [...asked].filter((px) => px <= largest)
    expect(small.length).toBeGreaterThan(3)
    for (const px of small) expect(DEMO_THUMBNAIL_SIZES).toContain(px)
  })
})
