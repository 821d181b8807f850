// The map's geometry: a Web Mercator view (centre + zoom) over a box of pixels, its inverse for clicks, and fitting
// a view around the places of an enrichment. Pure functions over d3-geo, so they are tested without a DOM.
import { geoMercator, type GeoProjection } from 'd3-geo'
import type { Point } from '../validation'

export interface View {
  /** [longitude, latitude] at the middle of the box. */
  center: [number, number]
  /** 0 shows the whole world across 1 width; each step doubles the scale. */
  zoom: number
}

const MIN_ZOOM = 0
const MAX_ZOOM = 12
/** Mercator cannot show the poles; the view keeps its centre inside this latitude. */
const MAX_MERCATOR_LATITUDE = 85

export const clampLatitude = (lat: number, limit = 90) => Math.max(-limit, Math.min(limit, lat))
const clampZoom = (zoom: number) => Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom))

/** Any longitude into [-180, 180]. */
export function wrapLongitude(lng: number): number {
  if (lng >= -180 && lng <= 180) return lng
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180
  return wrapped === -180 && lng > 0 ? 180 : wrapped
}

export function projectionFor(view: View, width: number, height: number): GeoProjection {
  const scale = (width / (2 * Math.PI)) * 2 ** view.zoom
  const [lng, lat] = view.center
  return geoMercator()
    .scale(scale)
    .rotate([-lng, 0])
    .center([0, clampLatitude(lat, MAX_MERCATOR_LATITUDE)])
    .translate([width / 2, height / 2])
}

/** The place under a pixel of the box (longitude wrapped, latitude clamped), or undefined off the map. */
export function pointAt(view: View, width: number, height: number, x: number, y: number): Point | undefined {
  const inv = projectionFor(view, width, height).invert?.([x, y])
  if (!inv || !Number.isFinite(inv[0]) || !Number.isFinite(inv[1])) return undefined
  return { latitude: clampLatitude(inv[1]), longitude: wrapLongitude(inv[0]) }
}

/** Where a place falls in the box (may be outside it). */
export function pixelOf(view: View, width: number, height: number, point: Point): [number, number] | undefined {
  const xy = projectionFor(view, width, height)([point.longitude, clampLatitude(point.latitude, MAX_MERCATOR_LATITUDE)])
  return xy ? [xy[0], xy[1]] : undefined
}

/** Moves the view by a number of pixels (drag, arrow keys). */
export function panBy(view: View, width: number, height: number, dx: number, dy: number): View {
  const target = pointAt(view, width, height, width / 2 - dx, height / 2 - dy)
  if (!target) return view
  return { ...view, center: [target.longitude, clampLatitude(target.latitude, MAX_MERCATOR_LATITUDE)] }
}

/** Zooms keeping the place under (x, y) where it is (wheel, pinch, double-click). */
export function zoomAround(view: View, width: number, height: number, zoom: number, x = width / 2, y = height / 2): View {
  const next = clampZoom(zoom)
  const anchor = pointAt(view, width, height, x, y)
  if (!anchor) return { ...view, zoom: next }
  const scaled: View = { center: view.center, zoom: next }
  const moved = pixelOf(scaled, width, height, anchor)
  if (!moved) return scaled
  return panBy(scaled, width, height, x - moved[0], y - moved[1])
}

/** The mercator y of a latitude, in units of the world's width (0 at the equator). */
function mercY(lat: number): number {
  const phi = (clampLatitude(lat, MAX_MERCATOR_LATITUDE) * Math.PI) / 180
  return Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)
}

/**
 * The view that shows every point with `padding` pixels to spare, at most `maxZoom` (a single place is shown at a
 * city-sized zoom). Longitudes take the shorter way round, so Tokyo → San Francisco crosses the Pacific.
 */
export function fitView(points: readonly Point[], width: number, height: number, padding = 32, maxZoom = 9): View {
  if (points.length === 0) return { center: [0, 20], zoom: 0 }
  const base = points[0].longitude
  // Unwrap longitudes relative to the first point so the span is the short way round.
  const lngs = points.map((p) => {
    let d = p.longitude - base
    if (d > 180) d -= 360
    if (d < -180) d += 360
    return base + d
  })
  const ys = points.map((p) => mercY(p.latitude))
  const minX = Math.min(...lngs)
  const maxX = Math.max(...lngs)
  const minY = Math.min(...ys)
  const maxY = Math.max(...ys)
  const spanX = (maxX - minX) / 360
  const spanY = maxY - minY
  const usableW = Math.max(1, width - 2 * padding)
  const usableH = Math.max(1, height - 2 * padding)
  // At zoom z the world is width·2^z pixels wide.
  const zx = spanX > 0 ? Math.log2(usableW / (width * spanX)) : maxZoom
  const zy = spanY > 0 ? Math.log2(usableH / (width * spanY)) : maxZoom
  const zoom = clampZoom(Math.min(maxZoom, zx, zy))
  const midY = (minY + maxY) / 2
  const midLat = (Math.atan(Math.sinh(midY * 2 * Math.PI)) * 180) / Math.PI
  return { center: [wrapLongitude((minX + maxX) / 2), midLat], zoom }
}
