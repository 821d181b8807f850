// Builds the emulator's own small test fixture (src/seed/fixture/ + fixture-library.json): a few tiny
// photos with EXIF and one short video with a poster, shaped like the demo manifest. Needs ffmpeg for the video.
// Run: node packages/photos-emulator/scripts/make-fixture.mjs
import { writeFileSync, mkdirSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const dir = `${packageDir}src/seed/fixture/`
mkdirSync(dir, { recursive: true })

const photos = [
  { key: 'beach-sunset', w: 640, h: 427, color: '#f08a4b', cats: ['LANDSCAPES', 'TRAVEL'], date: '2023-07-14T18:42:10Z', loc: { name: 'Lisbon, Portugal', latitude: 38.7223, longitude: -9.1393 }, fav: true },
  { key: 'old-town', w: 480, h: 640, color: '#7a8fa6', cats: ['CITYSCAPES', 'LANDMARKS', 'TRAVEL'], date: '2023-07-15T10:05:00Z', loc: { name: 'Lisbon, Portugal', latitude: 38.711, longitude: -9.13 } },
  { key: 'cat-window', w: 600, h: 600, color: '#c9b38a', cats: ['PETS', 'ANIMALS'], date: '2024-02-03T09:12:00Z', fav: true },
  { key: 'dog-park', w: 640, h: 480, color: '#6fa86b', cats: ['PETS', 'ANIMALS'], date: '2024-05-20T16:30:00Z' },
  { key: 'birthday-cake', w: 640, h: 480, color: '#e2a1c4', cats: ['BIRTHDAYS', 'PEOPLE', 'FOOD'], date: '2024-09-01T19:00:00Z', desc: 'Grandma turns 80' },
  { key: 'family-picnic', w: 800, h: 533, color: '#9ccf6a', cats: ['PEOPLE', 'GARDENS'], date: '2025-06-08T12:15:00Z' },
  { key: 'receipt', w: 400, h: 700, color: '#eeeeee', cats: ['RECEIPTS', 'DOCUMENTS', 'UTILITY'], date: '2025-01-10T08:00:00Z', archived: true },
  { key: 'mountain-lake', w: 800, h: 450, color: '#4b7fb0', cats: ['LANDSCAPES', 'TRAVEL'], date: '2022-08-21T07:45:00Z', loc: { name: 'Lake Bled, Slovenia', latitude: 46.3625, longitude: 14.0936 } },
]
const items = []
for (const p of photos) {
  const file = `${p.key}.jpg`
  const d = p.date.replace(/-/g, ':').replace('T', ' ').replace('Z', '')
  await sharp({ create: { width: p.w, height: p.h, channels: 3, background: p.color } })
    .composite([{ input: Buffer.from(`<svg width="${p.w}" height="${p.h}"><circle cx="${p.w / 2}" cy="${p.h / 2}" r="${Math.min(p.w, p.h) / 4}" fill="#ffffff" opacity="0.6"/></svg>`) }])
    .jpeg({ quality: 60 })
    .withExif({ IFD0: { Make: 'Fixture', Model: 'Cam 1', DateTime: d }, IFD2: { DateTimeOriginal: d, FNumber: '28/10', ISOSpeedRatings: '200', ExposureTime: '1/250', FocalLength: '35/1' } })
    .toFile(dir + file)
  const item = {
    key: p.key, file, mimeType: 'image/jpeg', filename: `IMG_${p.key.toUpperCase().replace(/-/g, '_')}.jpg`, width: p.w, height: p.h,
    bytes: 0, creationTime: p.date,
    photo: { cameraMake: 'Fixture', cameraModel: 'Cam 1', focalLength: 35, apertureFNumber: 2.8, isoEquivalent: 200, exposureTime: '0.004s' },
    categories: p.cats, author: 'Shoebox fixture', license: 'CC0-1.0',
  }
  if (p.desc) item.description = p.desc
  if (p.loc) item.location = p.loc
  if (p.fav) item.favorite = true
  if (p.archived) item.archived = true
  items.push(item)
}
// A two-second 320x240 video and its poster.
execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=25:duration=2', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', dir + 'waves.mp4'])
await sharp({ create: { width: 320, height: 240, channels: 3, background: '#2b6cb0' } }).jpeg({ quality: 60 }).toFile(dir + 'waves-poster.jpg')
items.push({
  key: 'waves', file: 'waves.mp4', posterFile: 'waves-poster.jpg', mimeType: 'video/mp4', filename: 'VID_WAVES.mp4', width: 320, height: 240, bytes: 0,
  creationTime: '2023-07-14T19:01:00Z', video: { cameraMake: 'Fixture', cameraModel: 'Cam 1', fps: 25, durationMs: 2000 },
  categories: ['LANDSCAPES', 'TRAVEL'], location: { name: 'Lisbon, Portugal', latitude: 38.7223, longitude: -9.1393 }, author: 'Shoebox fixture', license: 'CC0-1.0',
})
const { statSync } = await import('node:fs')
for (const it of items) it.bytes = statSync(dir + it.file).size
writeFileSync(`${packageDir}src/seed/fixture-library.json`, JSON.stringify({ version: 1, items }, null, 2) + '\n')
console.log(`fixture: ${items.length} items`)
