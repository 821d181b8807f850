// Persistence on IndexedDB (idb): only changes over the regenerated seed — records (incl. tombstones) and blobs.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { ChangeRecord, Persistence } from '../types'

interface EmulatorDb extends DBSchema {
  records: { key: string; value: ChangeRecord }
  blobs: { key: string; value: Uint8Array }
}

export function createIdbPersistence(name = 'shoebox-emulator'): Persistence {
  let db: Promise<IDBPDatabase<EmulatorDb>> | undefined
  const open = (): Promise<IDBPDatabase<EmulatorDb>> =>
    (db ??= openDB<EmulatorDb>(name, 1, {
      upgrade(d) {
        d.createObjectStore('records')
        d.createObjectStore('blobs')
      },
    }))
  return {
    async loadRecords() {
      return (await open()).getAll('records')
    },
    async putRecords(records) {
      const tx = (await open()).transaction('records', 'readwrite')
      await Promise.all([...records.map((r) => tx.store.put(r, `${r.kind}:${r.id}`)), tx.done])
    },
    async putBlob(id, bytes) {
      await (await open()).put('blobs', bytes.slice(), id)
    },
    async getBlob(id) {
      const v = await (await open()).get('blobs', id)
      return v ? new Uint8Array(v) : undefined
    },
    async deleteBlob(id) {
      await (await open()).delete('blobs', id)
    },
    async clear() {
      const tx = (await open()).transaction(['records', 'blobs'], 'readwrite')
      await Promise.all([tx.objectStore('records').clear(), tx.objectStore('blobs').clear(), tx.done])
    },
  }
}
