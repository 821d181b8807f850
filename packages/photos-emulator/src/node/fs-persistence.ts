// Persistence in a directory (--data DIR): records in one JSON file, blobs as files.
import { mkdirSync, existsSync, readFileSync } from 'node:fs'
import { readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { ChangeRecord, Persistence } from '../types'

export function createFsPersistence(dir: string): Persistence {
  mkdirSync(join(dir, 'blobs'), { recursive: true })
  const file = join(dir, 'records.json')
  const records = new Map<string, ChangeRecord>()
  if (existsSync(file)) for (const r of JSON.parse(readFileSync(file, 'utf8')) as ChangeRecord[]) records.set(`${r.kind}:${r.id}`, r)
  const blobPath = (id: string): string => join(dir, 'blobs', encodeURIComponent(id))
  const save = (): Promise<void> => writeFile(file, JSON.stringify([...records.values()]))
  return {
    async loadRecords() {
      return [...records.values()]
    },
    async putRecords(list) {
      for (const r of list) records.set(`${r.kind}:${r.id}`, r)
      await save()
    },
    async putBlob(id, bytes) {
      await writeFile(blobPath(id), bytes)
    },
    async getBlob(id) {
      try {
        return new Uint8Array(await readFile(blobPath(id)))
      } catch {
        return undefined
      }
    },
    async deleteBlob(id) {
      await rm(blobPath(id), { force: true })
    },
    async clear() {
      records.clear()
      await rm(dir, { recursive: true, force: true })
      await mkdir(join(dir, 'blobs'), { recursive: true })
      await save()
    },
  }
}
