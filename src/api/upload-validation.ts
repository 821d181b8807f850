// Which files Google Photos accepts (contract §5), checked before any byte is sent. Exported for the upload UI.
import { UploadValidationError } from './errors'

const MAX_PHOTO_BYTES = 200 * 1024 * 1024
const MAX_VIDEO_BYTES = 20 * 1024 * 1024 * 1024

const PHOTO_EXT: Record<string, string> = {
  avif: 'image/avif',
  bmp: 'image/bmp',
  gif: 'image/gif',
  heic: 'image/heic',
  heif: 'image/heif',
  ico: 'image/x-icon',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
  png: 'image/png',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  webp: 'image/webp',
  // "some RAW": the common camera formats.
  dng: 'image/x-adobe-dng',
  cr2: 'image/x-canon-cr2',
  cr3: 'image/x-canon-cr3',
  nef: 'image/x-nikon-nef',
  nrw: 'image/x-nikon-nrw',
  arw: 'image/x-sony-arw',
  orf: 'image/x-olympus-orf',
  raf: 'image/x-fuji-raf',
  rw2: 'image/x-panasonic-rw2',
  pef: 'image/x-pentax-pef',
  srw: 'image/x-samsung-srw',
}

const VIDEO_EXT: Record<string, string> = {
  '3gp': 'video/3gpp',
  '3g2': 'video/3gpp2',
  asf: 'video/x-ms-asf',
  avi: 'video/x-msvideo',
  divx: 'video/divx',
  m2t: 'video/mp2t',
  m2ts: 'video/mp2t',
  m4v: 'video/x-m4v',
  mkv: 'video/x-matroska',
  mmv: 'video/x-mmv',
  mod: 'video/mpeg',
  mov: 'video/quicktime',
  mp4: 'video/mp4',
  mpg: 'video/mpeg',
  mpeg: 'video/mpeg',
  mts: 'video/mp2t',
  tod: 'video/mpeg',
  wmv: 'video/x-ms-wmv',
}

export interface UploadFileInfo {
  name: string
  size: number
  /** The browser's File.type; may be empty. */
  type?: string
}

export interface ValidatedFile {
  kind: 'photo' | 'video'
  /** The MIME type to send as X-Goog-Upload-Content-Type. */
  mimeType: string
  maxBytes: number
}

const extension = (name: string) => {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase()
}

/** Accepted MIME type prefixes for the file picker's `accept` attribute. */
export const UPLOAD_ACCEPT = [...Object.keys(PHOTO_EXT), ...Object.keys(VIDEO_EXT)].map((e) => `.${e}`).join(',')

/** Returns what kind of media the file is, or throws an UploadValidationError (empty, unsupported, too large). */
export function validateUploadFile(file: UploadFileInfo): ValidatedFile {
  if (file.size <= 0) throw new UploadValidationError(file.name, 'empty', `${file.name} is empty.`)
  const ext = extension(file.name)
  const type = (file.type ?? '').toLowerCase()
  let kind: 'photo' | 'video' | undefined
  let mimeType: string | undefined
  if (PHOTO_EXT[ext]) {
    kind = 'photo'
    mimeType = type.startsWith('image/') ? type : PHOTO_EXT[ext]
  } else if (VIDEO_EXT[ext]) {
    kind = 'video'
    mimeType = type.startsWith('video/') ? type : VIDEO_EXT[ext]
  } else if (!ext && type.startsWith('image/') && Object.values(PHOTO_EXT).includes(type)) {
    kind = 'photo'
    mimeType = type
  } else if (!ext && type.startsWith('video/') && Object.values(VIDEO_EXT).includes(type)) {
    kind = 'video'
    mimeType = type
  }
  if (!kind || !mimeType) throw new UploadValidationError(file.name, 'unsupported-type', `${file.name} is not a photo or video format Google Photos accepts.`)
  const maxBytes = kind === 'photo' ? MAX_PHOTO_BYTES : MAX_VIDEO_BYTES
  if (file.size > maxBytes) {
    throw new UploadValidationError(file.name, 'too-large', `${file.name} is larger than ${kind === 'photo' ? '200 MB' : '20 GB'}, the limit for ${kind}s.`)
  }
  return { kind, mimeType, maxBytes }
}

/** Non-throwing form for the UI: `{ ok: true, … }` or `{ ok: false, error }`. */
export function checkUploadFile(file: UploadFileInfo): ({ ok: true } & ValidatedFile) | { ok: false; error: UploadValidationError } {
  try {
    return { ok: true, ...validateUploadFile(file) }
  } catch (e) {
    if (e instanceof UploadValidationError) return { ok: false, error: e }
    throw e
  }
}
