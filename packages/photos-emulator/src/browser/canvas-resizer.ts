// ImageResizer for the browser / service worker: createImageBitmap + OffscreenCanvas → JPEG.
import type { ImageResizer, ResizeRequest } from '../types'

async function toJpeg(canvas: OffscreenCanvas): Promise<Uint8Array> {
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.82 })
  return new Uint8Array(await blob.arrayBuffer())
}

export function createCanvasResizer(): ImageResizer {
  return {
    async resize(bytes: Uint8Array, req: ResizeRequest): Promise<Uint8Array> {
      const bitmap = await createImageBitmap(new Blob([bytes.slice().buffer as ArrayBuffer]), { imageOrientation: 'from-image' })
      const sw = bitmap.width
      const sh = bitmap.height
      let dw: number
      let dh: number
      let sx = 0
      let sy = 0
      let cw = sw
      let ch = sh
      if (req.crop && req.width && req.height) {
        dw = req.width
        dh = req.height
        const scale = Math.max(dw / sw, dh / sh)
        cw = Math.round(dw / scale)
        ch = Math.round(dh / scale)
        sx = Math.floor((sw - cw) / 2)
        sy = Math.floor((sh - ch) / 2)
      } else {
        const scale = Math.min(1, req.width ? req.width / sw : Infinity, req.height ? req.height / sh : Infinity)
        dw = Math.max(1, Math.round(sw * scale))
        dh = Math.max(1, Math.round(sh * scale))
      }
      const canvas = new OffscreenCanvas(dw, dh)
      const g = canvas.getContext('2d')
      if (!g) throw new Error('2d context unavailable')
      g.imageSmoothingQuality = 'high'
      g.drawImage(bitmap, sx, sy, cw, ch, 0, 0, dw, dh)
      bitmap.close()
      return toJpeg(canvas)
    },
    async placeholder(width: number, height: number, rgb: [number, number, number]): Promise<Uint8Array> {
      const canvas = new OffscreenCanvas(width, height)
      const g = canvas.getContext('2d')
      if (!g) throw new Error('2d context unavailable')
      g.fillStyle = `rgb(${rgb[0]},${rgb[1]},${rgb[2]})`
      g.fillRect(0, 0, width, height)
      return toJpeg(canvas)
    },
  }
}
