// baseUrl issuing (signed, with issue time; valid 60 minutes) and the media byte endpoint behind it.
import type { Core, Ctx } from './context'
import type { ItemRecord } from './state'
import { stripJpegGps } from './media-meta'
import { decodeText, displayNameOf, encodeText, hash32 } from './util'

export const BASE_URL_LIFETIME_MS = 60 * 60 * 1000
/** Size of a bare baseUrl without parameters (Google's bare output is unconfirmed). */
const BARE_SIZE = 512

export const sign = (core: Core, payload: string): string =>
  hash32(payload, hash32(core.secret())).toString(36) + hash32(core.secret(), hash32(payload)).toString(36)

/** kind: 'i' media item (photo, video, cover), 'a' avatar of a user. */
/** Needs only the core and the request's root, so the picking page can sign URLs without a Library context. */
export function mediaUrl(ctx: Pick<Ctx, 'core' | 'root'>, kind: 'i' | 'a', id: string): string {
  const payload = `${kind}|${id}|${ctx.core.now()}`
  return `${ctx.root}/media/lr/${encodeText(`${payload}|${sign(ctx.core, payload)}`)}`
}

export interface SizeParams {
  width?: number
  height?: number
  crop: boolean
  download: boolean
  video: boolean
}

export function parseParams(text: string): SizeParams | undefined {
  const out: SizeParams = { crop: false, download: false, video: false }
  if (!text) return out
  for (const part of text.split('-')) {
    let m: RegExpExecArray | null
    if ((m = /^w(\d+)$/.exec(part))) out.width = Number(m[1])
    else if ((m = /^h(\d+)$/.exec(part))) out.height = Number(m[1])
    else if (part === 'c') out.crop = true
    else if (part === 'd') out.download = true
    else if (part === 'dv') out.video = true
    else if (part === 'no' || part === 'k' || part === 'p' || part === '') continue
    else return undefined
  }
  return out
}

export function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

function avatarSvg(user: string, size: number): Uint8Array {
  const name = displayNameOf(user)
  const initials = name
    .split(/\s+/)
    .map((w) => w[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase()
  const hue = hash32(user) % 360
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100"><rect width="100" height="100" rx="50" fill="hsl(${hue},55%,45%)"/><text x="50" y="50" dy=".35em" text-anchor="middle" font-family="sans-serif" font-size="42" fill="#fff">${initials}</text></svg>`
  return new TextEncoder().encode(svg)
}

const body = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer as ArrayBuffer

async function originalBytes(core: Core, item: { file?: string; blob?: string }): Promise<Uint8Array | undefined> {
  if (item.blob) return core.opts.persistence ? await core.opts.persistence.getBlob(item.blob) : undefined
  if (item.file) return core.opts.seedBytes.read(item.file)
  return undefined
}

function rangeResponse(request: Request, bytes: Uint8Array, headers: Record<string, string>): Response {
  const range = request.headers.get('Range')
  const total = bytes.length
  const h = { ...headers, 'Accept-Ranges': 'bytes' }
  if (range) {
    const m = /^bytes=(\d*)-(\d*)$/.exec(range.trim())
    if (m && (m[1] || m[2])) {
      let start: number
      let end = total - 1
      if (m[1]) {
        start = Number(m[1])
        if (m[2]) end = Math.min(Number(m[2]), total - 1)
      } else {
        start = Math.max(0, total - Number(m[2]))
      }
      if (start >= total || start > end)
        return new Response(null, { status: 416, headers: { ...h, 'Content-Range': `bytes */${total}` } })
      const part = bytes.subarray(start, end + 1)
      return new Response(request.method === 'HEAD' ? null : body(part), {
        status: 206,
        headers: { ...h, 'Content-Range': `bytes ${start}-${end}/${total}`, 'Content-Length': String(part.length) },
      })
    }
  }
  return new Response(request.method === 'HEAD' ? null : body(bytes), { status: 200, headers: { ...h, 'Content-Length': String(total) } })
}

/**
 * The smallest ready-made thumbnail that still covers the requested output, so a grid request scales a small
 * JPEG instead of decoding the full seed photo. Undefined: none is big enough, or the host has none.
 */
async function seedThumbnail(
  core: Core,
  file: string,
  original: { width: number; height: number },
  box: { width?: number; height?: number; crop: boolean },
): Promise<{ bytes: Uint8Array; exact: boolean } | undefined> {
  const { thumbnailSizes, readThumbnail } = core.opts.seedBytes
  if (!thumbnailSizes || !readThumbnail || !original.width || !original.height) return undefined
  const fits = [box.width ? box.width / original.width : Infinity, box.height ? box.height / original.height : Infinity]
  const scale = Math.min(1, box.crop ? Math.max(...fits.filter(Number.isFinite)) : Math.min(...fits))
  const longestOriginal = Math.max(original.width, original.height)
  // Fitting into a box whose long side is a ready-made size gives that very thumbnail, to a pixel of rounding:
  // it is answered as it is, without decoding, like a static file. The usual grid request is one of these.
  const exact = box.crop ? undefined : thumbnailSizes.find((size) => sameFit(original, longestOriginal, size, scale, box))
  const size = exact ?? thumbnailSizes.find((s) => s >= Math.ceil(longestOriginal * scale))
  if (size === undefined) return undefined
  const bytes = await readThumbnail(file, size)
  return bytes && { bytes, exact: exact !== undefined }
}

/** Whether the ready-made thumbnail of long side `size` is (to a pixel) the photo fitted at `scale` into `box`. */
function sameFit(
  original: { width: number; height: number },
  longestOriginal: number,
  size: number,
  scale: number,
  box: { width?: number; height?: number },
): boolean {
  const made = Math.min(1, size / longestOriginal) // thumbnails are never upscaled
  const [width, height] = [Math.round(original.width * made), Math.round(original.height * made)]
  const fitsBox = (!box.width || width <= box.width) && (!box.height || height <= box.height)
  return fitsBox && Math.abs(width - original.width * scale) <= 1 && Math.abs(height - original.height * scale) <= 1
}

/** Headers of a baseUrl answer issued at `issued`: cacheable privately until it expires. */
export function cacheHeaders(core: Core, issued: number): Record<string, string> {
  const remaining = Math.max(0, Math.floor((BASE_URL_LIFETIME_MS - (core.now() - issued)) / 1000))
  return { 'Cache-Control': `private, max-age=${remaining}`, Expires: new Date(issued + BASE_URL_LIFETIME_MS).toUTCString() }
}

/** Serves `${basePath}/media/lr/<token>[=params]`. No Authorization needed, like Google's baseUrls. */
export async function serveMedia(core: Core, request: Request, rest: string): Promise<Response> {
  const eq = rest.indexOf('=')
  const token = eq < 0 ? rest : rest.slice(0, eq)
  const params = parseParams(eq < 0 ? '' : rest.slice(eq + 1))
  let decoded: string
  try {
    decoded = decodeText(token)
  } catch {
    return plain(404, 'Not Found')
  }
  const [kind, id, issuedText, sig] = decoded.split('|')
  if (!kind || !id || !issuedText || sign(core, `${kind}|${id}|${issuedText}`) !== sig) return plain(404, 'Not Found')
  if (!params) return plain(400, 'Bad Request: unknown image parameter')
  const issued = Number(issuedText)
  const age = core.now() - issued
  if (age > BASE_URL_LIFETIME_MS) return plain(403, 'Forbidden: this baseUrl has expired (baseUrls are valid for 60 minutes)')
  const cache = cacheHeaders(core, issued)

  if (kind === 'a') {
    const size = Math.min(params.width ?? params.height ?? 96, params.height ?? params.width ?? 96)
    return new Response(body(avatarSvg(id, size || 96)), { headers: { ...cache, 'Content-Type': 'image/svg+xml' } })
  }
  const item = core.store.items.get(id)
  if (!item) return plain(404, 'Not Found')
  return serveItemMedia(core, request, item, params, cache)
}

/** The bytes of one media item for a parsed suffix (sized JPEG, =d original, =dv video); shared with the Picker's baseUrls. */
export async function serveItemMedia(
  core: Core,
  request: Request,
  item: ItemRecord,
  params: SizeParams,
  cache: Record<string, string>,
): Promise<Response> {
  const isVideo = !!item.video
  if (params.video) {
    if (!isVideo) return plain(400, 'Bad Request: =dv is only for videos')
    if (item.videoReadyAt !== undefined && core.now() < item.videoReadyAt) return plain(404, 'Not Found: video is still processing')
    const bytes = await originalBytes(core, item)
    if (!bytes) return plain(404, 'Not Found')
    return rangeResponse(request, bytes, { ...cache, 'Content-Type': item.mimeType })
  }
  if (params.download && !isVideo && params.width === undefined && params.height === undefined) {
    const bytes = await originalBytes(core, item)
    if (!bytes) return plain(404, 'Not Found')
    return rangeResponse(request, stripJpegGps(bytes), {
      ...cache,
      'Content-Type': item.mimeType,
      'Content-Disposition': `attachment; filename="${item.filename.replace(/["\\\r\n]/g, '_')}"`,
    })
  }
  // Image output (photo, video thumbnail, cover).
  let width = params.width
  let height = params.height
  if (width === undefined && height === undefined) {
    width = BARE_SIZE
    height = BARE_SIZE
  }
  const seedFile = isVideo ? item.posterFile : item.blob ? undefined : item.file
  const thumbnail = seedFile ? await seedThumbnail(core, seedFile, item, { width, height, crop: params.crop }) : undefined
  if (thumbnail?.exact) return jpegResponse(request, thumbnail.bytes, cache)
  let source = thumbnail?.bytes
  if (!source && isVideo) {
    if (item.posterFile) source = await core.opts.seedBytes.read(item.posterFile)
    else {
      const h = hash32(item.id)
      source = await core.opts.imageResizer.placeholder(item.width || 640, item.height || 360, [(h & 0x7f) + 40, ((h >> 8) & 0x7f) + 40, ((h >> 16) & 0x7f) + 60])
    }
  } else if (!source) source = await originalBytes(core, item)
  if (!source) return plain(404, 'Not Found')
  const out = await core.opts.imageResizer.resize(source, { width: width || undefined, height: height || undefined, crop: params.crop && !!width && !!height })
  return jpegResponse(request, out, cache)
}

function jpegResponse(request: Request, bytes: Uint8Array, cache: Record<string, string>): Response {
  return new Response(request.method === 'HEAD' ? null : body(bytes), {
    headers: { ...cache, 'Content-Type': 'image/jpeg', 'Content-Length': String(bytes.length) },
  })
}
