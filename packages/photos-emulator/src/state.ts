// The emulator's data model and in-memory store: seed + applied changes, dirty tracking, cheap indexes.
import type { ContentCategory, Photo } from './api-types.gen'
import type { ChangeRecord, SequenceEntry } from './types'

export interface ItemRecord {
  id: string
  owner: string
  filename: string
  mimeType: string
  description?: string
  width: number
  height: number
  /** ms since epoch; for items without capture date this is the upload time. */
  creationTime: number
  hasCaptureDate: boolean
  photo?: Photo
  video?: { cameraMake?: string; cameraModel?: string; fps?: number; durationMs?: number }
  /** Emulator-clock time from which an uploaded video is READY (absent: READY). */
  videoReadyAt?: number
  categories: ContentCategory[]
  favorite: boolean
  archived: boolean
  appCreated: boolean
  /** Seed file name (seed items) or blob id (uploads). */
  file?: string
  posterFile?: string
  blob?: string
  /** Creation order, for stable sorting. */
  seq: number
}

export interface ShareRecord {
  token: string
  shareableUrl: string
  isCollaborative: boolean
  isCommentable: boolean
  /** Non-owners who joined. */
  members: string[]
}

export interface AlbumRecord {
  id: string
  owner: string
  title: string
  coverId?: string
  appCreated: boolean
  createdAt: number
  seq: number
  entries: SequenceEntry[]
  share?: ShareRecord
}

export interface UploadRecord {
  token: string
  user: string
  blob: string
  fileName?: string
  contentType?: string
  size: number
  createdAt: number
  used?: boolean
}

export interface SessionRecord {
  id: string
  user: string
  rawSize?: number
  fileName?: string
  contentType?: string
  received: number
  status: 'active' | 'final' | 'cancelled'
  createdAt: number
  token?: string
}

/** A Picker API session (picker/). */
export interface PickerSessionRecord {
  id: string
  user: string
  maxItemCount: number
  createdAt: number
  /** Emulator-clock ms after which the picking page and polling end (extended when the user picks). */
  expiresAt: number
  /** Library ids of the picked items, in the order picked; set once, when the user presses Done. */
  picked?: string[]
  pickedAt?: number
  deleted?: boolean
}

export interface MetaRecord {
  epoch: number
  counter: number
}

type Kind = 'item' | 'album' | 'upload' | 'session' | 'picker' | 'meta'

export class Store {
  items = new Map<string, ItemRecord>()
  albums = new Map<string, AlbumRecord>()
  uploads = new Map<string, UploadRecord>()
  sessions = new Map<string, SessionRecord>()
  pickerSessions = new Map<string, PickerSessionRecord>()
  shareTokens = new Map<string, string>()
  meta: MetaRecord = { epoch: 0, counter: 0 }
  private dirty = new Map<string, { kind: Kind; id: string }>()
  private libraryCache = new Map<string, ItemRecord[]>()
  private itemAlbumsCache: Map<string, Set<string>> | undefined
  private nextSeq = 0

  seq(): number {
    return this.nextSeq++
  }

  addItem(item: ItemRecord, persist = true): void {
    this.items.set(item.id, item)
    if (item.seq >= this.nextSeq) this.nextSeq = item.seq + 1
    this.libraryCache.delete(item.owner)
    if (persist) this.touch('item', item.id)
  }

  addAlbum(album: AlbumRecord, persist = true): void {
    this.albums.set(album.id, album)
    if (album.seq >= this.nextSeq) this.nextSeq = album.seq + 1
    if (album.share) this.shareTokens.set(album.share.token, album.id)
    this.itemAlbumsCache = undefined
    if (persist) this.touch('album', album.id)
  }

  /** Marks a record as changed; call after mutating it in place. */
  touch(kind: Kind, id: string): void {
    this.dirty.set(`${kind}:${id}`, { kind, id })
    if (kind === 'album') {
      this.itemAlbumsCache = undefined
      this.shareTokens.clear()
      for (const a of this.albums.values()) if (a.share) this.shareTokens.set(a.share.token, a.id)
    }
    if (kind === 'item') this.libraryCache.clear()
  }

  takeChanges(): ChangeRecord[] {
    const out: ChangeRecord[] = []
    for (const { kind, id } of this.dirty.values()) {
      let value: unknown = null
      if (kind === 'item') value = this.items.get(id) ?? null
      else if (kind === 'album') value = this.albums.get(id) ?? null
      else if (kind === 'upload') value = this.uploads.get(id) ?? null
      else if (kind === 'session') value = this.sessions.get(id) ?? null
      else if (kind === 'picker') value = this.pickerSessions.get(id) ?? null
      else if (kind === 'meta') value = this.meta
      out.push({ kind, id, value: value === null ? null : structuredClone(value) })
    }
    this.dirty.clear()
    return out
  }

  apply(records: ChangeRecord[]): void {
    for (const r of records) {
      if (r.kind === 'item') {
        if (r.value === null) this.items.delete(r.id)
        else this.addItem(r.value as ItemRecord, false)
      } else if (r.kind === 'album') {
        if (r.value === null) this.albums.delete(r.id)
        else this.addAlbum(r.value as AlbumRecord, false)
      } else if (r.kind === 'upload') {
        if (r.value === null) this.uploads.delete(r.id)
        else this.uploads.set(r.id, r.value as UploadRecord)
      } else if (r.kind === 'session') {
        if (r.value === null) this.sessions.delete(r.id)
        else this.sessions.set(r.id, r.value as SessionRecord)
      } else if (r.kind === 'picker') {
        if (r.value === null) this.pickerSessions.delete(r.id)
        else this.pickerSessions.set(r.id, r.value as PickerSessionRecord)
      } else if (r.kind === 'meta' && r.value) {
        this.meta = r.value as MetaRecord
      }
    }
    this.libraryCache.clear()
    this.itemAlbumsCache = undefined
    this.shareTokens.clear()
    for (const a of this.albums.values()) if (a.share) this.shareTokens.set(a.share.token, a.id)
  }

  /** The user's own items, newest first (cached; rebuilt only after item changes). */
  library(user: string): ItemRecord[] {
    let list = this.libraryCache.get(user)
    if (!list) {
      list = []
      for (const it of this.items.values()) if (it.owner === user) list.push(it)
      list.sort((a, b) => b.creationTime - a.creationTime || b.seq - a.seq)
      this.libraryCache.set(user, list)
    }
    return list
  }

  /** Albums that contain a media item. */
  albumsOf(itemId: string): Set<string> | undefined {
    if (!this.itemAlbumsCache) {
      const map = new Map<string, Set<string>>()
      for (const a of this.albums.values())
        for (const e of a.entries) {
          if (e.kind !== 'mediaItem') continue
          let s = map.get(e.id)
          if (!s) map.set(e.id, (s = new Set()))
          s.add(a.id)
        }
      this.itemAlbumsCache = map
    }
    return this.itemAlbumsCache.get(itemId)
  }

  albumByToken(token: string): AlbumRecord | undefined {
    const id = this.shareTokens.get(token)
    return id ? this.albums.get(id) : undefined
  }

  /** A fresh key for deterministic new ids. */
  nextKey(kind: string): string {
    this.meta.counter++
    this.touch('meta', 'meta')
    return `${kind}:${this.meta.epoch}:${this.meta.counter}`
  }
}
