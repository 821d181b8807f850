// What this device imported from Google Photos, per account: picked id → the media item the import created, so
// picking the same photo again offers that item instead of uploading a second copy. Kept in IndexedDB.
import type { IDBPDatabase } from 'idb'
import { registerLocalRecords } from '../../../auth/local-records'

const DB_NAME = 'shoebox-google-photos'
const STORE = 'imports'

interface ImportRecord {
  /** `${account}|${pickedId}` */
  key: string
  account: string
  pickedId: string
  mediaItemId: string
  importedAt: number
}

let database: Promise<IDBPDatabase> | undefined

function db(): Promise<IDBPDatabase> {
  // idb loads with the first look-up: the button that starts an import is on the first screen, the records are not.
  database ??= import('idb').then(
    ({ openDB }) =>
      openDB(DB_NAME, 1, {
        upgrade(d) {
          d.createObjectStore(STORE, { keyPath: 'key' })
        },
      }),
    (error: unknown) => {
      database = undefined // the code failed to arrive (offline): the next look-up tries again
      throw error
    },
  )
  return database
}

const keyOf = (account: string, pickedId: string) => `${account}|${pickedId}`

/** The recorded imports among `pickedIds` (picked id → created media item id). Without IndexedDB: none. */
export async function recordedImports(account: string, pickedIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  try {
    const d = await db()
    for (const pickedId of pickedIds) {
      const record = (await d.get(STORE, keyOf(account, pickedId))) as ImportRecord | undefined
      if (record) out.set(pickedId, record.mediaItemId)
    }
  } catch {
    // Private windows may refuse IndexedDB: then nothing is known, and the library check still applies.
  }
  return out
}

export async function recordImport(account: string, pickedId: string, mediaItemId: string, now = Date.now()): Promise<void> {
  try {
    const record: ImportRecord = { key: keyOf(account, pickedId), account, pickedId, mediaItemId, importedAt: now }
    await (await db()).put(STORE, record)
  } catch {
    // Not fatal: the next pick of this photo would offer to import it again.
  }
}

export async function forgetImport(account: string, pickedId: string): Promise<void> {
  try {
    await (await db()).delete(STORE, keyOf(account, pickedId))
  } catch {
    // nothing to forget
  }
}

// Sign-out may forget this account's records: the account names the session (`google:<account>`, `demo:<user>`).
registerLocalRecords('picked-photos', async (sessionKey) => {
  try {
    const tx = (await db()).transaction(STORE, 'readwrite')
    for (const record of (await tx.store.getAll()) as ImportRecord[]) {
      if (record.account === sessionKey) await tx.store.delete(record.key)
    }
    await tx.done
  } catch {
    // Nothing stored, or IndexedDB refused: nothing to forget.
  }
})
