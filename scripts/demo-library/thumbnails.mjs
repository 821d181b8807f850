// Thumbnail sizes of the demo library's photos and video posters, made when the app is built (not committed):
// the service worker's emulator then answers a grid request by scaling a small JPEG instead of decoding a
// 2048 px photo. Results are cached under node_modules/.cache, keyed by the source's content, so rebuilds
// reuse them.
//   <outDir>/demo-library/thumbs/<size>/<file>   the photo upright (EXIF orientation applied), longest side <size>
import { createHash } from 'node:crypto'
import { copyFile, mkdir, readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'

const CACHE_DIR = 'node_modules/.cache/shoebox-demo-thumbnails'

async function exists(path) {
  return stat(path).then(
    () => true,
    () => false,
  )
}

/**
 * Writes every thumbnail of `sourceDir`'s JPEGs into `<targetDir>/<size>/`, one per longest side in `sizes`
 * (src/config/demo-thumbnails.ts; the emulator picks the smallest that covers a request).
 */
export async function makeDemoThumbnails(sourceDir, targetDir, sizes) {
  const { default: sharp } = await import('sharp')
  sharp.concurrency(1) // the build machine is shared
  const files = (await readdir(sourceDir)).filter((file) => file.endsWith('.jpg'))
  for (const size of sizes) await mkdir(join(targetDir, String(size)), { recursive: true })
  await mkdir(CACHE_DIR, { recursive: true })
  for (const file of files) {
    const bytes = await readFile(join(sourceDir, file))
    const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16)
    for (const size of sizes) {
      const cached = join(CACHE_DIR, `${digest}-${size}.jpg`)
      if (!(await exists(cached))) {
        await sharp(bytes)
          .rotate()
          .resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true })
          .jpeg({ quality: 82, mozjpeg: true })
          .toFile(cached)
      }
      await copyFile(cached, join(targetDir, String(size), file))
    }
  }
  return files.length
}
