// Renders the PWA icons from public/favicon.svg (run once after changing the logo; outputs are committed).
import sharp from 'sharp'
import { readFileSync } from 'node:fs'

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url))
const out = (name) => new URL(`../public/icons/${name}`, import.meta.url).pathname
for (const size of [192, 512]) {
  await sharp(svg, { density: 600 }).resize(size, size).png().toFile(out(`icon-${size}.png`))
}
// Maskable: the logo inside the 80% safe zone on the brand colour.
const inner = await sharp(svg, { density: 600 }).resize(400, 400).png().toBuffer()
await sharp({ create: { width: 512, height: 512, channels: 4, background: '#1f66d9' } })
  .composite([{ input: inner, top: 56, left: 56 }])
  .png()
  .toFile(out('maskable-512.png'))
await sharp(svg, { density: 600 }).resize(180, 180).flatten({ background: '#ffffff' }).png().toFile(out('apple-touch-icon-180.png'))
console.log('icons written')
