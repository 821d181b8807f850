// The upload queue's state: one entry per file, from refused-before-upload, waiting (for the user to say where it
// goes) or queued, through uploading and creating, to done or failed (which keeps the file so it can be retried).
// Pure: the store applies these.

type EntryStatus = 'refused' | 'waiting' | 'queued' | 'uploading' | 'creating' | 'done' | 'failed' | 'unknown'

type RefusalReason = 'empty' | 'unsupported-type' | 'too-large'

export interface UploadDestination {
  albumId?: string
  albumTitle?: string
  position?: 'start' | 'end'
}

export interface UploadEntry {
  id: string
  file: File
  name: string
  size: number
  kind?: 'photo' | 'video'
  status: EntryStatus
  destination: UploadDestination
  bytesSent: number
  /** Smoothed bytes per second while uploading. */
  speed?: number
  lastProgressAt?: number
  refusal?: RefusalReason
  /** A short technical detail of a failure (the server's message), shown under the product copy. */
  errorDetail?: string
  /** Failure that will repeat (permission, quota): Retry is still offered, but the copy says why. */
  errorKind?: 'network' | 'quota' | 'permission' | 'server' | 'storage' | 'rejected'
  /** The server refused for good (a 4xx, or the file's contents): a Retry would be refused again, so none is offered. */
  permanent?: boolean
  mediaItemId?: string
  addedAt: number
}

export type QueueAction =
  | { type: 'add'; entries: UploadEntry[] }
  /** Waiting files set off to the destination the user chose. */
  | { type: 'send'; ids: readonly string[]; destination: UploadDestination }
  | { type: 'start'; id: string; now: number }
  | { type: 'progress'; id: string; bytesSent: number; now: number }
  | { type: 'creating'; id: string }
  | { type: 'done'; id: string; mediaItemId?: string }
  | { type: 'failed'; id: string; errorKind: NonNullable<UploadEntry['errorKind']>; errorDetail?: string; permanent?: boolean }
  | { type: 'unknown'; id: string }
  | { type: 'retry'; id: string }
  | { type: 'dismiss'; id: string }
  | { type: 'clearFinished' }

const ACTIVE: ReadonlySet<EntryStatus> = new Set(['queued', 'uploading', 'creating'])
export const isActive = (e: UploadEntry) => ACTIVE.has(e.status)
/** Files the user would lose by leaving: uploading, or waiting for a destination. */
export const holdsUnsentFile = (e: UploadEntry) => isActive(e) || e.status === 'waiting'

function patch(entries: readonly UploadEntry[], id: string, update: (e: UploadEntry) => UploadEntry): UploadEntry[] {
  return entries.map((e) => (e.id === id ? update(e) : e))
}

export function queueReducer(entries: readonly UploadEntry[], action: QueueAction): UploadEntry[] {
  switch (action.type) {
    case 'add':
      return [...entries, ...action.entries]
    case 'send':
      return entries.map((e) => (e.status === 'waiting' && action.ids.includes(e.id) ? { ...e, status: 'queued', destination: action.destination } : e))
    case 'start':
      return patch(entries, action.id, (e) => ({ ...e, status: 'uploading', bytesSent: 0, speed: undefined, lastProgressAt: action.now, errorKind: undefined, errorDetail: undefined }))
    case 'progress':
      return patch(entries, action.id, (e) => {
        const dt = (action.now - (e.lastProgressAt ?? action.now)) / 1000
        const delta = action.bytesSent - e.bytesSent
        const instant = dt > 0 && delta > 0 ? delta / dt : undefined
        // Smoothed like a download bar: new readings count for 30 %.
        const speed = instant === undefined ? e.speed : e.speed === undefined ? instant : e.speed * 0.7 + instant * 0.3
        return { ...e, status: e.status === 'queued' ? 'uploading' : e.status, bytesSent: Math.min(e.size, Math.max(e.bytesSent, action.bytesSent)), speed, lastProgressAt: action.now }
      })
    case 'creating':
      return patch(entries, action.id, (e) => ({ ...e, status: 'creating', bytesSent: e.size, speed: undefined }))
    case 'done':
      return patch(entries, action.id, (e) => ({ ...e, status: 'done', bytesSent: e.size, speed: undefined, mediaItemId: action.mediaItemId }))
    case 'failed':
      return patch(entries, action.id, (e) => ({ ...e, status: 'failed', speed: undefined, errorKind: action.errorKind, errorDetail: action.errorDetail, permanent: action.permanent === true }))
    case 'unknown':
      return patch(entries, action.id, (e) => ({ ...e, status: 'unknown', speed: undefined }))
    case 'retry':
      return patch(entries, action.id, (e) => ((e.status === 'failed' && !e.permanent) || e.status === 'unknown' ? { ...e, status: 'queued', bytesSent: 0, errorKind: undefined, errorDetail: undefined } : e))
    case 'dismiss':
      return entries.filter((e) => e.id !== action.id || isActive(e))
    case 'clearFinished':
      return entries.filter((e) => holdsUnsentFile(e) || e.status === 'failed' || e.status === 'unknown')
  }
}

export interface QueueSummary {
  total: number
  active: number
  done: number
  failed: number
  refused: number
  /** Files waiting for the user to choose where they go (not yet work: not in `total`). */
  waiting: number
  bytesSent: number
  bytesTotal: number
}

/** Totals for the progress header (refused and waiting files count neither as work nor as done). */
export function summarize(entries: readonly UploadEntry[]): QueueSummary {
  const s: QueueSummary = { total: 0, active: 0, done: 0, failed: 0, refused: 0, waiting: 0, bytesSent: 0, bytesTotal: 0 }
  for (const e of entries) {
    if (e.status === 'refused') {
      s.refused += 1
      continue
    }
    if (e.status === 'waiting') {
      s.waiting += 1
      continue
    }
    s.total += 1
    if (isActive(e)) s.active += 1
    if (e.status === 'done') s.done += 1
    if (e.status === 'failed' || e.status === 'unknown') s.failed += 1
    s.bytesTotal += e.size
    s.bytesSent += e.status === 'done' ? e.size : e.bytesSent
  }
  return s
}
