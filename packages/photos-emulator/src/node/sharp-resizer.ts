// ImageResizer for Node and tests, on sharp.
import sharp from 'sharp'
import type { ImageResizer, ResizeRequest } from '../types'

export function createSharpResizer(): ImageResizer {
  return {
    async resize(bytes: Uint8Array, req: ResizeRequest): Promise<Uint8Array> {
      const img = sharp(bytes, { failOn: 'none' }).rotate()
      const out = req.crop
        ? img.resize({ width: req.width, height: req.height, fit: 'cover', position: 'centre', withoutEnlargement: false })
        : img.resize({ width: req.width, height: req.height, fit: 'inside', withoutEnlargement: true })
      return new Uint8Array(await out.jpeg({ quality: 82 }).toBuffer())
    },
    async placeholder(width: number, height: number, rgb: [number, number, number]): Promise<Uint8Array> {
      const buf = await sharp({ create: { width, height, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } } })
        .jpeg({ quality: 70 })
        .toBuffer()
      return new Uint8Array(buf)
    },
  }
}
