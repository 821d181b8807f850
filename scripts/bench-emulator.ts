// The emulator on a 10 000-item library, in-process: seed build, paging the whole library, a filtered search,
// and a resized thumbnail. Run by scripts/bench.mjs (or `npx tsx scripts/bench-emulator.ts`).
import { createTestEmulator } from '../src/test/emulator'

const ITEMS = 10_000
const auth = { headers: { Authorization: 'Bearer demo', 'Content-Type': 'application/json' } }
const ms = (start: number) => performance.now() - start

const built = performance.now()
const emu = createTestEmulator({ largeLibrary: { items: ITEMS }, validate: false })
await emu.fetch('/v1/albums', auth)
const seedMs = ms(built)

let pages = 0
let items = 0
let token: string | undefined
const walk = performance.now()
do {
  const query = new URLSearchParams({ pageSize: '100', ...(token ? { pageToken: token } : {}) })
  const page = (await (await emu.fetch(`/v1/mediaItems?${query}`, auth)).json()) as { mediaItems?: unknown[]; nextPageToken?: string }
  items += page.mediaItems?.length ?? 0
  token = page.nextPageToken
  pages += 1
} while (token)
const walkMs = ms(walk)

const search = performance.now()
const body = JSON.stringify({ pageSize: 100, filters: { dateFilter: { ranges: [{ startDate: { year: 2010, month: 1, day: 1 }, endDate: { year: 2020, month: 12, day: 31 } }] }, mediaTypeFilter: { mediaTypes: ['PHOTO'] } } })
await emu.fetch('/v1/mediaItems:search', { ...auth, method: 'POST', body })
const searchMs = ms(search)

const first = (await (await emu.fetch('/v1/mediaItems?pageSize=1', auth)).json()) as { mediaItems: { baseUrl: string }[] }
const thumb = performance.now()
const image = await emu.fetch(`${first.mediaItems[0].baseUrl}=w256-h256-c`)
await image.arrayBuffer()
const thumbMs = ms(thumb)

console.log(`\nEmulator, in-process, ${ITEMS.toLocaleString('en')} generated items + the demo library:`)
console.log(`  first request (seed build): ${seedMs.toFixed(0)} ms`)
console.log(`  list the whole library: ${items} items in ${pages} pages, ${walkMs.toFixed(0)} ms (${(walkMs / pages).toFixed(1)} ms/page)`)
console.log(`  filtered search (date range + photos), first page: ${searchMs.toFixed(1)} ms`)
console.log(`  256×256 cropped thumbnail (sharp): ${thumbMs.toFixed(0)} ms`)
