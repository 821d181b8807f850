// Reads real metadata from uploaded bytes: type sniffing, pixel size (JPEG/PNG/GIF/WebP headers), EXIF via
// exifr, MP4/MOV duration, size and frame rate from the moov boxes. Also strips GPS from JPEG EXIF for =d.
import exifr from 'exifr'
import type { Photo } from './api-types.gen'

export interface SniffedMedia {
  mimeType: string
  kind: 'photo' | 'video'
  width: number
  height: number
  /** ms since epoch, from EXIF DateTimeOriginal / MP4 creation time; undefined when absent. */
  captureTime?: number
  photo?: Photo
  video?: { cameraMake?: string; cameraModel?: string; fps?: number; durationMs?: number }
}

const ascii = (b: Uint8Array, o: number, n: number): string => String.fromCharCode(...b.subarray(o, o + n))
const u16be = (b: Uint8Array, o: number): number => (b[o] << 8) | b[o + 1]
const u32be = (b: Uint8Array, o: number): number => ((b[o] << 24) >>> 0) + ((b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3])
const u16le = (b: Uint8Array, o: number): number => b[o] | (b[o + 1] << 8)
const u24le = (b: Uint8Array, o: number): number => b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)

export function sniffMime(b: Uint8Array): string | undefined {
  if (b.length < 12) return undefined
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg'
  if (b[0] === 0x89 && ascii(b, 1, 3) === 'PNG') return 'image/png'
  if (ascii(b, 0, 4) === 'GIF8') return 'image/gif'
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'image/webp'
  if (ascii(b, 0, 2) === 'BM') return 'image/bmp'
  if (ascii(b, 4, 4) === 'ftyp') {
    const brand = ascii(b, 8, 4)
    if (['heic', 'heix', 'mif1', 'msf1', 'heim', 'heis'].includes(brand)) return 'image/heif'
    if (brand === 'avif') return 'image/avif'
    if (brand === 'qt  ') return 'video/quicktime'
    if (brand.startsWith('3g')) return 'video/3gpp'
    return 'video/mp4'
  }
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'AVI ') return 'video/x-msvideo'
  if (b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return 'video/x-matroska'
  if ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a) || (b[0] === 0x4d && b[1] === 0x4d && b[3] === 0x2a)) return 'image/tiff'
  return undefined
}

function jpegSize(b: Uint8Array): [number, number] | undefined {
  let o = 2
  while (o + 9 < b.length) {
    if (b[o] !== 0xff) return undefined
    const marker = b[o + 1]
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      o += 2
      continue
    }
    const len = u16be(b, o + 2)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return [u16be(b, o + 7), u16be(b, o + 5)]
    o += 2 + len
  }
  return undefined
}

function webpSize(b: Uint8Array): [number, number] | undefined {
  const chunk = ascii(b, 12, 4)
  if (chunk === 'VP8X') return [u24le(b, 24) + 1, u24le(b, 27) + 1]
  if (chunk === 'VP8 ') return [u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff]
  if (chunk === 'VP8L') {
    const bits = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24)
    return [(bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1]
  }
  return undefined
}

export function imageSize(b: Uint8Array, mime: string): [number, number] | undefined {
  if (mime === 'image/jpeg') return jpegSize(b)
  if (mime === 'image/png') return [u32be(b, 16), u32be(b, 20)]
  if (mime === 'image/gif') return [u16le(b, 6), u16le(b, 8)]
  if (mime === 'image/webp') return webpSize(b)
  if (mime === 'image/bmp') return [Math.abs(b[18] | (b[19] << 8) | (b[20] << 16) | (b[21] << 24)), Math.abs(b[22] | (b[23] << 8) | (b[24] << 16) | (b[25] << 24))]
  return undefined
}

interface Mp4Info {
  width: number
  height: number
  durationMs?: number
  fps?: number
  creation?: number
}

/** Walks the ISO-BMFF box tree: mvhd (duration, creation), tkhd (size), mdhd+stts of the video track (fps). */
export function mp4Info(b: Uint8Array): Mp4Info | undefined {
  const info: Mp4Info = { width: 0, height: 0 }
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
  const walk = (start: number, end: number, depth: number, track: { w: number; h: number; scale?: number; delta?: number; video?: boolean }): void => {
    let o = start
    while (o + 8 <= end) {
      let size = view.getUint32(o)
      const type = ascii(b, o + 4, 4)
      let header = 8
      if (size === 1 && o + 16 <= end) {
        size = Number(view.getBigUint64(o + 8))
        header = 16
      } else if (size === 0) size = end - o
      if (size < header || o + size > end) return
      const body = o + header
      if (type === 'moov' || type === 'mdia' || type === 'minf' || type === 'stbl') walk(body, o + size, depth + 1, track)
      else if (type === 'trak') {
        const t = { w: 0, h: 0 } as { w: number; h: number; scale?: number; delta?: number; video?: boolean }
        walk(body, o + size, depth + 1, t)
        if (t.video || (t.w && t.h && !info.width)) {
          if (t.w && t.h) {
            info.width = t.w
            info.height = t.h
          }
          if (t.scale && t.delta) info.fps = Math.round((t.scale / t.delta) * 1000) / 1000
        }
      } else if (type === 'mvhd') {
        const v = b[body]
        const scale = v === 1 ? view.getUint32(body + 20) : view.getUint32(body + 12)
        const dur = v === 1 ? Number(view.getBigUint64(body + 24)) : view.getUint32(body + 16)
        const created = v === 1 ? Number(view.getBigUint64(body + 4)) : view.getUint32(body + 4)
        if (scale) info.durationMs = Math.round((dur / scale) * 1000)
        // seconds since 1904-01-01
        if (created > 0) info.creation = (created - 2082844800) * 1000
      } else if (type === 'tkhd') {
        const v = b[body]
        const off = v === 1 ? body + 88 : body + 76
        if (off + 8 <= o + size) {
          track.w = Math.round(view.getUint32(off) / 65536)
          track.h = Math.round(view.getUint32(off + 4) / 65536)
        }
      } else if (type === 'mdhd') {
        const v = b[body]
        track.scale = v === 1 ? view.getUint32(body + 20) : view.getUint32(body + 12)
      } else if (type === 'hdlr') {
        if (ascii(b, body + 8, 4) === 'vide') track.video = true
      } else if (type === 'stts') {
        const count = view.getUint32(body + 4)
        if (count > 0) track.delta = view.getUint32(body + 12)
      }
      o += size
    }
  }
  try {
    walk(0, b.length, 0, { w: 0, h: 0 })
  } catch {
    return undefined
  }
  return info.width || info.durationMs ? info : undefined
}

/** "YYYY:MM:DD HH:MM:SS" (+ optional offset "+02:00") → ms. EXIF local time without offset is taken as UTC. */
function exifDate(text: unknown, offset?: unknown): number | undefined {
  if (typeof text !== 'string') return undefined
  const m = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(text)
  if (!m || m[1] === '0000') return undefined
  const tz = typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : 'Z'
  const ms = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${tz}`)
  return Number.isNaN(ms) ? undefined : ms
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined)

function duration(seconds: number): string {
  return `${Number(seconds.toFixed(9))}s`
}

export async function readMedia(bytes: Uint8Array, declaredMime?: string): Promise<SniffedMedia | undefined> {
  const mime = sniffMime(bytes) ?? declaredMime
  if (!mime) return undefined
  if (mime.startsWith('video/')) {
    const info = mp4Info(bytes)
    if (!info) return mime === 'video/mp4' || mime === 'video/quicktime' ? undefined : { mimeType: mime, kind: 'video', width: 0, height: 0, video: {} }
    return {
      mimeType: mime,
      kind: 'video',
      width: info.width,
      height: info.height,
      captureTime: info.creation,
      video: { ...(info.fps ? { fps: info.fps } : {}), ...(info.durationMs ? { durationMs: info.durationMs } : {}) },
    }
  }
  if (!mime.startsWith('image/')) return undefined
  let size = imageSize(bytes, mime)
  let tags: Record<string, unknown> = {}
  try {
    const parsed: unknown = await exifr.parse(bytes, {
      tiff: true,
      exif: true,
      gps: false,
      reviveValues: false,
      translateValues: false,
      pick: ['Make', 'Model', 'DateTimeOriginal', 'OffsetTimeOriginal', 'CreateDate', 'FNumber', 'ISO', 'ExposureTime', 'FocalLength', 'ExifImageWidth', 'ExifImageHeight'],
    })
    if (parsed && typeof parsed === 'object') tags = parsed as Record<string, unknown>
  } catch {
    tags = {}
  }
  if (!size) {
    const w = num(tags.ExifImageWidth)
    const h = num(tags.ExifImageHeight)
    if (w && h) size = [w, h]
  }
  if (!size) return undefined
  const photo: Photo = {}
  const make = str(tags.Make)
  const model = str(tags.Model)
  if (make) photo.cameraMake = make
  if (model) photo.cameraModel = model
  const focal = num(tags.FocalLength)
  if (focal) photo.focalLength = focal
  const fnum = num(tags.FNumber)
  if (fnum) photo.apertureFNumber = fnum
  const iso = num(Array.isArray(tags.ISO) ? (tags.ISO as unknown[])[0] : tags.ISO)
  if (iso) photo.isoEquivalent = Math.round(iso)
  const exp = num(tags.ExposureTime)
  if (exp) photo.exposureTime = duration(exp)
  return {
    mimeType: mime,
    kind: 'photo',
    width: size[0],
    height: size[1],
    captureTime: exifDate(tags.DateTimeOriginal, tags.OffsetTimeOriginal) ?? exifDate(tags.CreateDate),
    photo,
  }
}

/**
 * Returns a copy of a JPEG whose EXIF GPS IFD is emptied (entry count 0, entries and out-of-line values zeroed),
 * like Google's `=d` which keeps EXIF "except the location metadata". Other formats are returned unchanged.
 */
export function stripJpegGps(input: Uint8Array): Uint8Array {
  if (!(input[0] === 0xff && input[1] === 0xd8)) return input
  const b = input.slice()
  let o = 2
  while (o + 4 < b.length && b[o] === 0xff) {
    const marker = b[o + 1]
    const len = u16be(b, o + 2)
    if (marker === 0xda) break
    if (marker === 0xe1 && ascii(b, o + 4, 6) === 'Exif\0\0') {
      const tiff = o + 10
      const le = b[tiff] === 0x49
      const r16 = (p: number): number => (le ? u16le(b, p) : u16be(b, p))
      const r32 = (p: number): number => (le ? (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0 : u32be(b, p))
      const ifd0 = tiff + r32(tiff + 4)
      const n = r16(ifd0)
      for (let i = 0; i < n; i++) {
        const e = ifd0 + 2 + i * 12
        if (r16(e) !== 0x8825) continue
        const gps = tiff + r32(e + 8)
        if (gps + 2 > b.length) break
        const count = r16(gps)
        const sizes: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 9: 4, 10: 8 }
        for (let j = 0; j < count; j++) {
          const g = gps + 2 + j * 12
          const bytes = (sizes[r16(g + 2)] ?? 1) * r32(g + 4)
          if (bytes > 4) {
            const at = tiff + r32(g + 8)
            if (at + bytes <= b.length) b.fill(0, at, at + bytes)
          }
          b.fill(0, g, g + 12)
        }
        b[gps] = 0
        b[gps + 1] = 0
      }
    }
    o += 2 + len
  }
  return b
}
