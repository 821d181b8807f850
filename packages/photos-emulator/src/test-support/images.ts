// Image fixtures built on the fly with sharp.
import sharp from 'sharp'

export async function jpeg(width: number, height: number, opts: { date?: string; gps?: boolean; make?: string } = {}): Promise<Uint8Array> {
  let img = sharp({ create: { width, height, channels: 3, background: '#3a7bd5' } }).jpeg({ quality: 70 })
  const ifd0: Record<string, string> = { Make: opts.make ?? 'TestMake', Model: 'TestModel' }
  const exif: Record<string, Record<string, string>> = { IFD0: ifd0 }
  if (opts.date) exif.IFD2 = { DateTimeOriginal: opts.date, FNumber: '18/10', ISOSpeedRatings: '400', ExposureTime: '1/125', FocalLength: '50/1' }
  if (opts.gps) exif.IFD3 = { GPSLatitudeRef: 'N', GPSLatitude: '38/1 42/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '9/1 8/1 0/1' }
  img = img.withExif(exif)
  return new Uint8Array(await img.toBuffer())
}

export async function png(width: number, height: number): Promise<Uint8Array> {
  return new Uint8Array(await sharp({ create: { width, height, channels: 4, background: '#00ff0080' } }).png().toBuffer())
}

export async function sizeOf(bytes: ArrayBuffer | Uint8Array): Promise<{ width: number; height: number; format: string }> {
  const m = await sharp(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).metadata()
  return { width: m.width ?? 0, height: m.height ?? 0, format: m.format ?? '' }
}
