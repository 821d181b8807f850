// The device's record of the enrichments Shoebox added, per album (IndexedDB). The API cannot list enrichments,
// so this is the only way to show them again; each keeps where it was placed (see arrange.ts).
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb'
import { currentSessionKey, registerLocalRecords, sessionStorageName } from '../../auth'
import type { AlbumPosition, NewEnrichmentItem } from '../../api/types'
import type { Placed, Placement } from './arrange'

export interface LocalEnrichment extends Placed {
  albumId: string
  item: NewEnrichmentItem
  /** The position as it was sent to the API. */
  position: AlbumPosition
  createdAt: number
}

export type EnrichmentKind = 'text' | 'location' | 'map'

export function kindOf(item: NewEnrichmentItem): EnrichmentKind {
  if (item.textEnrichment) return 'text'
  if (item.locationEnrichment) return 'location'
  return 'map'
}

interface Schema extends DBSchema {
  enrichments: { key: string; value: LocalEnrichment; indexes: { byAlbum: string } }
}

export const DB_NAME = 'shoebox-enrichments'

/** One database per session. The default demo user keeps the name from before sessions had their own. */
export const dbNameFor = (sessionKey: string) => (sessionKey === 'demo:demo' ? DB_NAME : sessionStorageName(DB_NAME, sessionKey))

let open: { name: string; db: Promise<IDBPDatabase<Schema>> } | undefined

function db() {
  const name = dbNameFor(currentSessionKey())
  if (open?.name !== name) {
    const previous = open
    void previous?.db.then((database) => database.close(), () => {})
    open = {
      name,
      db: openDB<Schema>(name, 1, {
        upgrade(database) {
          const store = database.createObjectStore('enrichments', { keyPath: 'id' })
          store.createIndex('byAlbum', 'albumId')
        },
      }),
    }
  }
  return open.db
}

registerLocalRecords('enrichments', async (sessionKey) => {
  const name = dbNameFor(sessionKey)
  if (open?.name === name) await closeRecord()
  await deleteDB(name)
})

/** The album's records in creation order. */
export async function listEnrichments(albumId: string): Promise<LocalEnrichment[]> {
  const all = await (await db()).getAllFromIndex('enrichments', 'byAlbum', albumId)
  return all.sort((a, b) => a.seq - b.seq)
}

/** Records one enrichment the server accepted; its creation order follows every earlier one of the album. */
export async function recordEnrichment(entry: {
  id: string
  albumId: string
  item: NewEnrichmentItem
  position: AlbumPosition
  placement: Placement
}): Promise<LocalEnrichment> {
  const tx = (await db()).transaction('enrichments', 'readwrite')
  const existing = await tx.store.index('byAlbum').getAll(entry.albumId)
  const seq = existing.reduce((max, e) => Math.max(max, e.seq), 0) + 1
  const record: LocalEnrichment = { ...entry, seq, createdAt: Date.now() }
  await tx.store.put(record)
  await tx.done
  return record
}

/** Forgets the album's records on this device (the enrichments stay in the album; the API cannot delete them). */
export async function forgetAlbum(albumId: string): Promise<void> {
  const tx = (await db()).transaction('enrichments', 'readwrite')
  for (const key of await tx.store.index('byAlbum').getAllKeys(albumId)) await tx.store.delete(key)
  await tx.done
}

/** For tests: closes the connection so the database can be deleted. */
export async function closeRecord(): Promise<void> {
  if (!open) return
  const { db: database } = open
  open = undefined
  ;(await database).close()
}
