// In-memory persistence (the default, and the one tests use).
import type { ChangeRecord, Persistence } from './types'

export class MemoryPersistence implements Persistence {
  private records = new Map<string, ChangeRecord>()
  private blobs = new Map<string, Uint8Array>()

  async loadRecords(): Promise<ChangeRecord[]> {
    return [...this.records.values()].map((r) => structuredClone(r))
  }
  async putRecords(records: ChangeRecord[]): Promise<void> {
    for (const r of records) this.records.set(`${r.kind}:${r.id}`, structuredClone(r))
  }
  async putBlob(id: string, bytes: Uint8Array): Promise<void> {
    this.blobs.set(id, bytes.slice())
  }
  async getBlob(id: string): Promise<Uint8Array | undefined> {
    return this.blobs.get(id)
  }
  async deleteBlob(id: string): Promise<void> {
    this.blobs.delete(id)
  }
  async clear(): Promise<void> {
    this.records.clear()
    this.blobs.clear()
  }
}
