// Builds the deterministic seed library (demo's items and albums, two other users' shared albums, and the
// optional generated large library) from the manifest. Same manifest + same N → same ids, every time.
import type { ContentCategory } from './api-types.gen'
import { ALBUM_ID_LENGTH, ENRICHMENT_ID_LENGTH, MEDIA_ID_LENGTH, SHARE_TOKEN_LENGTH, hash32, makeId, prng } from './util'
import { Store, type AlbumRecord, type ItemRecord } from './state'
import type { SeedItem, SeedManifest, SequenceEntry } from './types'

export const SEED_USERS = ['demo', 'alice', 'bob'] as const

const seedItemId = (owner: string, key: string): string =>
  makeId(owner === 'demo' ? `item:${key}` : `item:${owner}:${key}`, MEDIA_ID_LENGTH)
const seedAlbumId = (owner: string, key: string): string => makeId(`album:${owner}:${key}`, ALBUM_ID_LENGTH)
export const shareTokenFor = (albumId: string): string => makeId(`share:${albumId}`, SHARE_TOKEN_LENGTH)
export function shareableUrlFor(token: string): string {
  return `https://photos.app.goo.gl/${makeId(`url:${token}`, 17, '').slice(0, 17)}`
}

function itemFrom(s: SeedItem, id: string, owner: string, seq: number, appCreated: boolean): ItemRecord {
  const item: ItemRecord = {
    id,
    owner,
    filename: s.filename,
    mimeType: s.mimeType,
    width: s.width,
    height: s.height,
    creationTime: Date.parse(s.creationTime),
    hasCaptureDate: true,
    categories: [...s.categories],
    favorite: !!s.favorite,
    archived: !!s.archived,
    appCreated,
    file: s.file,
    seq,
  }
  if (s.description) item.description = s.description
  if (s.posterFile) item.posterFile = s.posterFile
  if (s.video) item.video = { ...s.video }
  else item.photo = { ...(s.photo ?? {}) }
  return item
}

/** Trips a person would name by what happened rather than by place and year. */
const TRIP_TITLES: Record<string, string> = { 'Brasília, Brazil': 'Our year in Brasília' }

const has = (s: SeedItem, cats: ContentCategory[]): boolean => s.categories.some((c) => cats.includes(c))

function album(owner: string, key: string, title: string, seq: number, ids: string[], appCreated: boolean): AlbumRecord {
  return {
    id: seedAlbumId(owner, key),
    owner,
    title,
    appCreated,
    createdAt: 0,
    seq,
    entries: ids.map((id): SequenceEntry => ({ kind: 'mediaItem', id, addedBy: owner })),
  }
}

function textEnrichment(albumId: string, text: string, owner: string): SequenceEntry {
  return { kind: 'enrichment', id: makeId(`enrichment:${albumId}:${text}`, ENRICHMENT_ID_LENGTH), addedBy: owner, enrichment: { textEnrichment: { text } } }
}

function share(a: AlbumRecord, isCollaborative: boolean, isCommentable: boolean): void {
  const token = shareTokenFor(a.id)
  a.share = { token, shareableUrl: shareableUrlFor(token), isCollaborative, isCommentable, members: [] }
}

export function buildSeed(manifest: SeedManifest, largeItems: number): Store {
  const store = new Store()
  const src = manifest.items
  let seq = 0
  // The demo library was mostly put together with Shoebox, so the demo can edit, fill and share its albums.
  // Phone captures (GPS-tagged photos and videos) came in through the Google Photos app instead: they show
  // what the API refuses to touch, and what the 2025 profile hides.
  const fromPhoneBackup = (s: SeedItem) => Boolean(s.location) || s.mimeType.startsWith('video/')
  const demoItems = src.map((s) => itemFrom(s, seedItemId('demo', s.key), 'demo', seq++, !fromPhoneBackup(s)))
  for (const it of demoItems) store.addItem(it, false)
  const appItemIds = new Set(demoItems.filter((it) => it.appCreated).map((it) => it.id))
  // The newest few app-created items also form the favourites album below.
  const byDate = demoItems.filter((it) => it.appCreated).sort((a, b) => b.creationTime - a.creationTime || a.seq - b.seq)
  const appIds = byDate.slice(0, Math.min(6, Math.max(1, Math.ceil(demoItems.length / 8)))).map((i) => i.id)

  const albums: AlbumRecord[] = []
  // Trips: the largest location groups.
  const byPlace = new Map<string, SeedItem[]>()
  for (const s of src) if (s.location) byPlace.set(s.location.name, [...(byPlace.get(s.location.name) ?? []), s])
  const places = [...byPlace.entries()].filter(([, v]) => v.length >= 2).sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
  for (const [name, list] of places.slice(0, 3)) {
    const sorted = [...list].sort((a, b) => Date.parse(a.creationTime) - Date.parse(b.creationTime))
    const year = new Date(Date.parse(sorted[0].creationTime)).getUTCFullYear()
    const ids = sorted.map((s) => seedItemId('demo', s.key))
    // A trip made in the Google Photos app (from phone captures) is not app-created; one made with Shoebox is.
    const appCreated = ids.every((id) => appItemIds.has(id))
    albums.push(album('demo', `trip:${name}`, TRIP_TITLES[name] ?? `${name.split(',')[0]} ${year}`, seq++, ids, appCreated))
  }
  const groups: [string, string, ContentCategory[]][] = [
    ['family', 'Family & friends', ['PEOPLE', 'SELFIES', 'BIRTHDAYS', 'WEDDINGS']],
    ['pets', 'Dogs, a cat and a rabbit', ['PETS', 'ANIMALS']],
    ['food', 'Food', ['FOOD']],
  ]
  for (const [key, title, cats] of groups) {
    // Made with Shoebox, so they can hold only app-created items (as batchAddMediaItems requires).
    const ids = src.filter((s) => has(s, cats)).map((s) => seedItemId('demo', s.key)).filter((id) => appItemIds.has(id))
    if (ids.length) albums.push(album('demo', key, title, seq++, ids, true))
  }
  // The app-created album, shared by demo (only app-created albums can be shared).
  // Named the way a person would name it: the year of its newest photo.
  const favouritesYear = byDate.length ? new Date(byDate[0].creationTime).getUTCFullYear() : 2025
  const shoebox = album('demo', 'shoebox', `Favourites of ${favouritesYear}`, seq++, [...appIds].reverse(), true)
  shoebox.entries.unshift(textEnrichment(shoebox.id, 'The photos I liked most this year, for the frame in the hall.', 'demo'))
  shoebox.coverId = shoebox.entries.find((e) => e.kind === 'mediaItem')?.id
  share(shoebox, false, true)
  albums.push(shoebox)

  // Other users: albums created with this app and shared, that demo can join.
  const pick = (cats: ContentCategory[], n: number, salt: number): SeedItem[] => {
    const preferred = src.filter((s) => has(s, cats))
    const rest = src.filter((s) => !has(s, cats))
    const pool = [...preferred, ...rest]
    const out: SeedItem[] = []
    for (let i = 0; i < pool.length && out.length < n; i++) out.push(pool[(i + salt) % pool.length])
    return out
  }
  // [owner, key, title, caption, seed keys or else categories to prefer, collaborative, joined by demo]. demo has not joined the
  // first two (the join journey starts from them); alice's lake weekend is already shared with demo, so the
  // Sharing page of the demo is not empty.
  const others: [string, string, string, string, ContentCategory[] | { keys: string[] }, boolean, boolean][] = [
    ['alice', 'garden-party', 'Garden party', 'Bring your photos from Saturday! Alice', ['GARDENS', 'FLOWERS', 'FOOD', 'PEOPLE'], true, false],
    ['bob', 'road-trip', 'Road trip', 'Five days, one car, far too many landscapes.', ['LANDSCAPES', 'TRAVEL', 'CITYSCAPES'], false, false],
    ['alice', 'midsummer', 'Midsummer at the lake', 'The night the sun never really set.', { keys: ['night-midsummer-lake', 'night-darkest-hour', 'landscape-misty-pier', 'landscape-forest-path'] }, true, true],
  ]
  for (const [owner, key, title, caption, choice, collaborative, joinedByDemo] of others) {
    const keys = Array.isArray(choice) ? [] : choice.keys
    const byKey = src.filter((s) => keys.includes(s.key))
    // Another seed (the test fixture) lacks those photos: fall back to any four.
    const chosen = byKey.length ? byKey : pick(Array.isArray(choice) ? choice : [], Math.min(4, src.length), 0)
    const ids: string[] = []
    for (const s of chosen) {
      const it = itemFrom(s, seedItemId(owner, s.key), owner, seq++, true)
      store.addItem(it, false)
      ids.push(it.id)
    }
    const a = album(owner, key, title, seq++, ids, true)
    a.entries.push(textEnrichment(a.id, caption, owner))
    share(a, collaborative, true)
    if (joinedByDemo && a.share) a.share.members.push('demo')
    albums.push(a)
  }
  for (const a of albums) store.addAlbum(a, false)

  if (largeItems > 0 && src.length > 0) addLargeLibrary(store, src, largeItems)
  return store
}

/** N generated items for demo, reusing seed bytes, spread back over years before the oldest seed item. */
function addLargeLibrary(store: Store, src: SeedItem[], n: number): void {
  const rnd = prng(hash32('large-library'))
  let t = Math.min(...src.map((s) => Date.parse(s.creationTime)))
  const spanMs = 8 * 365 * 86_400_000
  const step = spanMs / n
  for (let i = 0; i < n; i++) {
    const s = src[i % src.length]
    t -= Math.max(1000, Math.floor(step * (0.5 + rnd())))
    const d = new Date(t)
    const stamp = d.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '_')
    const ext = s.filename.includes('.') ? s.filename.slice(s.filename.lastIndexOf('.')) : ''
    const it = itemFrom(s, makeId(`item:gen:${i}`, MEDIA_ID_LENGTH), 'demo', store.seq(), false)
    it.creationTime = t
    it.filename = `${s.video ? 'VID' : 'IMG'}_${stamp}${ext}`
    it.favorite = rnd() < 0.03
    it.archived = false
    delete it.description
    store.addItem(it, false)
  }
}
