// The one place image and video URLs are built from a baseUrl, and how long a baseUrl can be trusted.

/**
 * Rendered sizes are rounded up into these buckets so the browser's HTTP cache hits across views. Neighbours
 * differ by at most ~1.5×, so a thumbnail can stay within 1.5× of its rendered size (see thumbnailPixels).
 */
const SIZE_BUCKETS = [128, 192, 256, 384, 512, 768, 1024, 1600, 2048, 4096] as const

/** Grid thumbnails never ask for more than this many image pixels per CSS pixel, whatever the screen's density. */
const MAX_THUMBNAIL_SCALE = 1.5

/** Google: a baseUrl is valid for 60 minutes. */
export const BASE_URL_LIFETIME_MS = 60 * 60_000
/** Seen expiring after ~40 min in practice; the query layer refreshes items older than this. */
export const BASE_URL_REFRESH_AFTER_MS = 45 * 60_000

/** The smallest bucket ≥ px (the largest bucket if px is bigger than all). */
export function sizeBucket(px: number): number {
  const want = Math.max(1, Math.ceil(px))
  for (const b of SIZE_BUCKETS) if (b >= want) return b
  return SIZE_BUCKETS[SIZE_BUCKETS.length - 1]
}

/**
 * Image pixels to ask for a thumbnail rendered `cssPx` wide (or high): the screen's density capped at 1.5, in
 * a size bucket, and never more than 1.5× the CSS size when a smaller bucket still covers it. A phone at DPR 3
 * gets slightly soft thumbnails and downloads a quarter of the bytes.
 */
export function thumbnailPixels(cssPx: number, dpr: number): number {
  const wanted = sizeBucket(cssPx * Math.min(Math.max(dpr, 1), MAX_THUMBNAIL_SCALE))
  if (wanted <= cssPx * MAX_THUMBNAIL_SCALE) return wanted
  const smaller = SIZE_BUCKETS.filter((b) => b < wanted).at(-1)
  return smaller !== undefined && smaller >= cssPx ? smaller : wanted
}

export interface MediaUrlOptions {
  /** Rendered CSS pixels; multiplied by `dpr`. */
  width?: number
  height?: number
  /** `-c`: crop to exactly the (bucketed) box. Let CSS `object-fit: cover` do the final crop. */
  crop?: boolean
  /** devicePixelRatio (default 1). */
  dpr?: number
}

/**
 * `=wW-hH[-c]` with W and H rounded up into SIZE_BUCKETS. Without a crop the image is scaled to fit the box
 * (aspect kept). With neither size, the smallest bucket is asked for (a bare baseUrl is not a valid image URL).
 */
export function mediaUrl(baseUrl: string, options: MediaUrlOptions = {}): string {
  const dpr = options.dpr && options.dpr > 0 ? options.dpr : 1
  const parts: string[] = []
  if (options.width !== undefined) parts.push(`w${sizeBucket(options.width * dpr)}`)
  if (options.height !== undefined) parts.push(`h${sizeBucket(options.height * dpr)}`)
  if (parts.length === 0) parts.push(`w${SIZE_BUCKETS[0]}`, `h${SIZE_BUCKETS[0]}`)
  if (options.crop && options.width !== undefined && options.height !== undefined) parts.push('c')
  return `${baseUrl}=${parts.join('-')}`
}

/** How many baseUrls' grid thumbnails are remembered for the viewer (the most recently shown). */
const SHOWN_THUMBNAILS_KEPT = 1000
const shownThumbnails = new Map<string, string>()

/**
 * Records a thumbnail URL (built by mediaUrl) that a grid has shown, so the viewer can show that very image,
 * already in the browser's cache, while the full size loads.
 */
export function rememberShownThumbnail(url: string): void {
  const at = url.lastIndexOf('=')
  if (at <= 0) return
  const baseUrl = url.slice(0, at)
  shownThumbnails.delete(baseUrl)
  shownThumbnails.set(baseUrl, url)
  if (shownThumbnails.size > SHOWN_THUMBNAILS_KEPT) {
    const oldest = shownThumbnails.keys().next()
    if (!oldest.done) shownThumbnails.delete(oldest.value)
  }
}

/** The thumbnail URL a grid last showed for this baseUrl, if any. */
export const shownThumbnail = (baseUrl: string): string | undefined => shownThumbnails.get(baseUrl)

/** `=d`: the original image bytes with Exif (location removed). */
export const downloadUrl = (baseUrl: string) => `${baseUrl}=d`
/** `=dv`: the transcoded video (only once `mediaMetadata.video.status` is READY). */
export const videoUrl = (baseUrl: string) => `${baseUrl}=dv`

/** Milliseconds since the item (and so its baseUrl) was fetched. */
export const baseUrlAge = (fetchedAt: number, now: number = Date.now()) => Math.max(0, now - fetchedAt)

/** True while the baseUrl is younger than `maxAgeMs` (default 45 min). */
export const isBaseUrlFresh = (fetchedAt: number, now: number = Date.now(), maxAgeMs: number = BASE_URL_REFRESH_AFTER_MS) =>
  baseUrlAge(fetchedAt, now) < maxAgeMs

/** When Google says the baseUrl stops working. */
export const baseUrlExpiresAt = (fetchedAt: number) => fetchedAt + BASE_URL_LIFETIME_MS
