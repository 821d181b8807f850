import { describe, expect, it } from 'vitest'
import { clampLatitude, fitView, panBy, pixelOf, pointAt, wrapLongitude, zoomAround, type View } from './projection'

const W = 400
const H = 300
const close = (a: number, b: number, digits = 4) => expect(a).toBeCloseTo(b, digits)

describe('map projection', () => {
  it('wraps longitudes and clamps latitudes', () => {
    expect(wrapLongitude(190)).toBe(-170)
    expect(wrapLongitude(-190)).toBe(170)
    expect(wrapLongitude(540)).toBe(180)
    expect(wrapLongitude(45)).toBe(45)
    expect(clampLatitude(95)).toBe(90)
    expect(clampLatitude(-100)).toBe(-90)
  })

  it('puts the view centre in the middle of the box and inverts pixels back to places', () => {
    const view: View = { center: [2.35, 48.86], zoom: 4 }
    const mid = pixelOf(view, W, H, { latitude: 48.86, longitude: 2.35 })!
    close(mid[0], W / 2)
    close(mid[1], H / 2)
    const back = pointAt(view, W, H, 123, 77)!
    const again = pixelOf(view, W, H, back)!
    close(again[0], 123)
    close(again[1], 77)
  })

  it('shows the whole world across the width at zoom 0', () => {
    const view: View = { center: [0, 0], zoom: 0 }
    const west = pixelOf(view, W, H, { latitude: 0, longitude: -179.999 })!
    const east = pixelOf(view, W, H, { latitude: 0, longitude: 179.999 })!
    close(east[0] - west[0], W, 1)
  })

  it('north is up and east is right', () => {
    const view: View = { center: [0, 0], zoom: 2 }
    const north = pointAt(view, W, H, W / 2, 10)!
    const east = pointAt(view, W, H, W - 10, H / 2)!
    expect(north.latitude).toBeGreaterThan(0)
    expect(east.longitude).toBeGreaterThan(0)
  })

  it('wraps clicks across the antimeridian', () => {
    const view: View = { center: [179, 0], zoom: 3 }
    const p = pointAt(view, W, H, W - 1, H / 2)!
    expect(p.longitude).toBeCloseTo(-158.5, 0) // 179° + 22.5° east, wrapped
  })

  it('pans by pixels and zooms around a fixed pixel', () => {
    const view: View = { center: [10, 10], zoom: 3 }
    const moved = panBy(view, W, H, 50, 0)
    expect(moved.center[0]).toBeLessThan(10) // dragging right shows what is west
    const anchor = pointAt(view, W, H, 300, 100)!
    const zoomed = zoomAround(view, W, H, 5, 300, 100)
    expect(zoomed.zoom).toBe(5)
    const p = pixelOf(zoomed, W, H, anchor)!
    close(p[0], 300, 2)
    close(p[1], 100, 2)
    expect(zoomAround(view, W, H, 99).zoom).toBe(12)
  })

  it('fits a view around places, the short way round, inside the padding', () => {
    const paris = { latitude: 48.86, longitude: 2.35 }
    const rome = { latitude: 41.9, longitude: 12.5 }
    const view = fitView([paris, rome], W, H, 32)
    for (const p of [paris, rome]) {
      const [x, y] = pixelOf(view, W, H, p)!
      expect(x).toBeGreaterThanOrEqual(31.9)
      expect(x).toBeLessThanOrEqual(W - 31.9)
      expect(y).toBeGreaterThanOrEqual(31.9)
      expect(y).toBeLessThanOrEqual(H - 31.9)
    }
    const pacific = fitView([{ latitude: 35.68, longitude: 139.69 }, { latitude: 37.77, longitude: -122.42 }], W, H)
    expect(Math.abs(pacific.center[0])).toBeGreaterThan(150)
    expect(fitView([paris], W, H, 32, 9).zoom).toBe(9)
    expect(fitView([], W, H).zoom).toBe(0)
  })
})
