// The "Add from Google Photos" flow: a Picker session shown in a window opened by the click, polling until the user
// presses Done, the picked items with thumbnails (fetched with the token, shown from blob URLs), then the import:
// items already in the library are reused, the rest are downloaded (=d / =dv) and handed to the upload queue.
// The session is deleted when the flow ends, is cancelled or fails.
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  bytesReady,
  isAbortedError,
  isApiError,
  isNetworkError,
  isPickedVideo,
  isPickerError,
  type MediaItem,
  type PickedMediaItem,
  type PickingSession,
} from '../../../api'
import { useAddToAlbum, useCreateAlbum, useGooglePhotosPicker } from '../../../queries'
import { uploadStore } from '../store'
import { useUploader } from '../use-uploader'
import { recordImport, recordedImports } from './imported'
import { pickerPageUrl } from './picker-url'

export type PickerProblemKind =
  | 'popup-blocked'
  | 'closed'
  | 'timeout'
  | 'expired'
  | 'precondition'
  | 'not-ready'
  | 'too-many'
  | 'api-disabled'
  | 'scope-declined'
  | 'download-blocked'
  | 'download-blocked-relay'
  | 'network'
  | 'generic'

export interface PickedRow {
  item: PickedMediaItem
  /** The library item this photo already is (or was imported as). */
  existing?: MediaItem
  /** A video Google is still processing: its bytes cannot be had yet. */
  notReady: boolean
}

export type ImportDestination = { kind: 'library' } | { kind: 'album'; albumId: string; title?: string } | { kind: 'new-album'; title: string }

export type Phase =
  | { kind: 'idle' }
  | { kind: 'consent' }
  /** Permission granted in Google's window: the picker's window needs a click of its own (popup blockers). */
  | { kind: 'ready' }
  /** Picking in Google's window; `windowClosed`: it closed before Done (the user left, or a phone handed over to the Google Photos app). */
  | { kind: 'waiting'; windowClosed?: boolean }
  | { kind: 'loading' }
  | { kind: 'review'; rows: PickedRow[] }
  | { kind: 'importing'; rows: PickedRow[]; downloaded: number; total: number }
  | { kind: 'imported'; entryIds: string[]; reused: number; albumId?: string }
  | { kind: 'error'; problem: PickerProblemKind; detail?: string; activationUrl?: string; rows?: PickedRow[] }

const THUMB_SIZE = 160

const reasonsOf = (error: unknown): unknown[] => (isApiError(error) ? error.details.map((d) => d.reason) : [])

export function problemOf(error: unknown, during: 'picking' | 'download', { viaRelay = false }: { viaRelay?: boolean } = {}): PickerProblemKind {
  if (isPickerError(error, 'closed')) return 'closed'
  if (isPickerError(error, 'timeout')) return 'timeout'
  if (isPickerError(error, 'not-ready')) return 'not-ready'
  if (isApiError(error)) {
    if (error.httpStatus === 429) return 'too-many'
    if (error.status === 'FAILED_PRECONDITION') return 'precondition'
    if (error.httpStatus === 404) return 'expired'
    if (error.httpStatus === 403) {
      const reasons = reasonsOf(error)
      if (reasons.includes('ACCESS_TOKEN_SCOPE_INSUFFICIENT')) return 'scope-declined'
      // A picked item's baseUrl answers a bare 403 once its 60 minutes are over: only a new session helps.
      if (during === 'download' && !reasons.includes('SERVICE_DISABLED')) return 'expired'
      return 'api-disabled'
    }
  }
  // A byte download that never got an answer: most likely the browser refused it (CORS).
  if (isNetworkError(error)) return during === 'download' ? (viaRelay ? 'download-blocked-relay' : 'download-blocked') : 'network'
  return 'generic'
}

/** Google's "API not enabled" answer names the Cloud console page that enables it for the app's own project. */
export function activationUrlOf(error: unknown): string | undefined {
  if (!isApiError(error)) return undefined
  for (const detail of error.details) {
    const url = (detail.metadata as Record<string, unknown> | undefined)?.activationUrl
    if (typeof url !== 'string') continue
    try {
      const parsed = new URL(url)
      if (parsed.protocol === 'https:' && /^console\.(developers|cloud)\.google\.com$/.test(parsed.hostname)) return parsed.href
    } catch {
      // not a URL: the generic console link stays
    }
  }
  return undefined
}

export function useGooglePhotosImport({ maxItemCount = 2000 }: { maxItemCount?: number } = {}) {
  const { picker, account, findInLibrary } = useGooglePhotosPicker()
  const { i18n } = useTranslation()
  const uploader = useUploader()
  const createAlbum = useCreateAlbum()
  const addToAlbum = useAddToAlbum()
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const session = useRef<PickingSession | null>(null)
  const pickerWindow = useRef<Window | null>(null)
  const abort = useRef<AbortController | null>(null)
  // Picked thumbnails as blob URLs, fetched with the token when a row first shows (up to 2 000 can be picked).
  const thumbnails = useRef(new Map<string, Promise<string | undefined>>())

  const endSession = useCallback(() => {
    const current = session.current
    session.current = null
    if (current) void picker.deleteSession(current.id).catch(() => undefined)
  }, [picker])

  const releaseThumbnails = useCallback(() => {
    for (const url of thumbnails.current.values()) void url.then((u) => u && URL.revokeObjectURL(u))
    thumbnails.current = new Map()
  }, [])

  /** The picked item's thumbnail (a blob URL), undefined when its bytes cannot be had: the import will say why. */
  const thumbnailOf = useCallback(
    (item: PickedMediaItem): Promise<string | undefined> => {
      const cache = thumbnails.current
      let url = cache.get(item.id)
      if (!url) {
        url = picker.thumbnail(item, THUMB_SIZE * Math.ceil(window.devicePixelRatio || 1), { signal: abort.current?.signal }).then(
          (blob) => {
            const made = URL.createObjectURL(blob)
            if (thumbnails.current === cache) return made
            URL.revokeObjectURL(made) // the sheet was reset while this one was on its way
            return undefined
          },
          () => undefined,
        )
        cache.set(item.id, url)
      }
      return url
    },
    [picker],
  )

  /** Cancels whatever runs (a wait for Done, a download) and deletes the session. */
  const stopWaiting = useCallback(() => {
    abort.current?.abort()
    abort.current = null
    endSession()
  }, [endSession])

  /** Cancels whatever runs, closes the picker window, deletes the session, forgets the thumbnails. */
  const reset = useCallback(() => {
    stopWaiting()
    if (pickerWindow.current && !pickerWindow.current.closed) pickerWindow.current.close()
    pickerWindow.current = null
    releaseThumbnails()
    setPhase({ kind: 'idle' })
  }, [releaseThumbnails, stopWaiting])

  useEffect(() => reset, [reset])

  const fail = useCallback(
    (problem: PickerProblemKind, error?: unknown, rows?: PickedRow[]) => {
      if (pickerWindow.current && !pickerWindow.current.closed) pickerWindow.current.close()
      endSession()
      setPhase({ kind: 'error', problem, detail: error instanceof Error ? error.message : undefined, activationUrl: activationUrlOf(error), rows })
    },
    [endSession],
  )

  /** Runs the picking part in a window the click already opened. */
  const pickIn = useCallback(
    async (win: Window | null) => {
      stopWaiting()
      releaseThumbnails()
      if (!win) return fail('popup-blocked')
      pickerWindow.current = win
      const controller = new AbortController()
      abort.current = controller
      const { signal } = controller
      setPhase({ kind: 'waiting' })
      let picked = false
      try {
        const created = await picker.createSession({ maxItemCount, signal })
        session.current = created
        if (win.closed) throw new Error('closed before the session was ready')
        win.location.href = pickerPageUrl(created.pickerUri, i18n.language)
        let done: PickingSession
        try {
          done = await picker.waitForPicking(created, { signal, isWindowClosed: () => win.closed })
        } catch (error) {
          if (!isPickerError(error, 'closed')) throw error
          // On a phone Google's page may hand over to the Google Photos app and its tab close: say the window
          // closed, and still take the picks if Done comes, until the user starts again, cancels or time runs out.
          setPhase({ kind: 'waiting', windowClosed: true })
          done = await picker.waitForPicking(created, { signal })
        }
        // From here a closed window is the normal end of picking (the page closes itself on Done): a failure is
        // reported as what it is.
        picked = true
        setPhase({ kind: 'loading' })
        const items = await picker.listMediaItems(done.id, { signal })
        const ids = items.map((i) => i.id)
        const recorded = await recordedImports(account, ids)
        // Which picks the library already has saves a second copy (the API cannot delete one). When Google refuses
        // to say (403: a token without the Library's read permission; 400: ids it does not know, unconfirmed), the
        // import still works; any other failure stops here, before a duplicate can be made.
        const inLibrary = await findInLibrary([...ids, ...recorded.values()]).catch((error: unknown) => {
          if (isApiError(error) && (error.httpStatus === 403 || error.httpStatus === 400)) return new Map<string, MediaItem>()
          throw error
        })
        const rows: PickedRow[] = items.map((item) => ({
          item,
          existing: inLibrary.get(item.id) ?? inLibrary.get(recorded.get(item.id) ?? ''),
          notReady: !bytesReady(item),
        }))
        setPhase({ kind: 'review', rows })
      } catch (error) {
        if (signal.aborted || isAbortedError(error)) return
        const closed = !picked && win.closed && !isPickerError(error)
        fail(closed ? 'closed' : problemOf(error, 'picking'), error)
      }
    },
    [account, fail, findInLibrary, i18n.language, maxItemCount, picker, releaseThumbnails, stopWaiting],
  )

  // A consent started from the sheet ("Try again" after the window closed) ends whatever picking still waits.
  const startConsent = useCallback(() => {
    stopWaiting()
    setPhase({ kind: 'consent' })
  }, [stopWaiting])
  const consentGranted = useCallback(() => setPhase({ kind: 'ready' }), [])
  const consentDeclined = useCallback(() => fail('scope-declined'), [fail])

  /** Imports the rows that can be imported into the destination; reuses the ones already in the library. */
  const importRows = useCallback(
    async (rows: PickedRow[], destination: ImportDestination) => {
      const controller = new AbortController()
      abort.current = controller
      const toImport = rows.filter((r) => !r.existing && !r.notReady)
      const reused = rows.filter((r) => r.existing?.id)
      setPhase({ kind: 'importing', rows, downloaded: 0, total: toImport.length })
      try {
        let albumId: string | undefined
        let albumTitle: string | undefined
        if (destination.kind === 'album') {
          albumId = destination.albumId
          albumTitle = destination.title
        } else if (destination.kind === 'new-album') {
          const album = await createAlbum.mutateAsync({ title: destination.title })
          albumId = album.id
          albumTitle = album.title
        }
        if (albumId && reused.length > 0) {
          // Two picks may lead to one item (the original and its earlier copy): add it once.
          const existing = [...new Map(reused.map((r) => [r.existing!.id!, r.existing!])).values()]
          await addToAlbum.mutateAsync({ albumId, mediaItemIds: existing.map((m) => m.id!), items: existing })
        }
        const files: File[] = []
        for (const row of toImport) {
          const blob = await picker.download(row.item, { signal: controller.signal })
          const name = row.item.mediaFile?.filename || `${row.item.id}.${isPickedVideo(row.item) ? 'mp4' : 'jpg'}`
          files.push(new File([blob], name, { type: row.item.mediaFile?.mimeType || blob.type }))
          setPhase({ kind: 'importing', rows, downloaded: files.length, total: toImport.length })
        }
        const entries = files.length ? uploader.add(files, { albumId, albumTitle, position: 'end' }) : []
        trackImports(account, new Map(entries.map((entry, i) => [entry.id, toImport[i].item.id])))
        endSession()
        if (pickerWindow.current && !pickerWindow.current.closed) pickerWindow.current.close()
        setPhase({ kind: 'imported', entryIds: entries.map((e) => e.id), reused: reused.length, albumId })
      } catch (error) {
        if (controller.signal.aborted) return
        fail(problemOf(error, 'download', { viaRelay: picker.hasMediaRelay }), error, rows)
      }
    },
    [account, addToAlbum, createAlbum, endSession, fail, picker, uploader],
  )

  return { phase, pickIn, startConsent, consentGranted, consentDeclined, importRows, reset, thumbnailOf }
}

/** Records each finished upload as the import of its picked item (the queue may finish after the sheet closed). */
function trackImports(account: string, pickedByEntry: Map<string, string>) {
  if (pickedByEntry.size === 0) return
  const pending = new Map(pickedByEntry)
  const check = () => {
    for (const [entryId, pickedId] of pending) {
      const entry = uploadStore.get(entryId)
      if (!entry || entry.status === 'refused') pending.delete(entryId)
      else if (entry.status === 'done') {
        pending.delete(entryId)
        if (entry.mediaItemId) void recordImport(account, pickedId, entry.mediaItemId)
      }
    }
    if (pending.size === 0) unsubscribe()
  }
  const unsubscribe = uploadStore.subscribe(check)
  check()
}
