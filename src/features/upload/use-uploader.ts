// Starts uploads: refuses formats the API rejects before any byte is sent, then runs the pipeline (bytes, then
// batchCreate in order, into the library or an album at its start or end) and refreshes the grids as files finish.
import { useCallback } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { checkUploadFile, isNetworkError, type UploadFileResult } from '../../api'
import { invalidateAfterCreate, useUploadFiles } from '../../queries'
import { uploadFailureOf } from './failure'
import type { UploadDestination, UploadEntry } from './queue'
import { uploadStore } from './store'

let counter = 0
const newId = () => `up-${Date.now().toString(36)}-${(counter++).toString(36)}`

/** Puts files in the queue; the ones the API would refuse are marked so at once, the rest get `status`. */
export function enqueue(files: readonly File[], destination: UploadDestination, status: 'queued' | 'waiting'): UploadEntry[] {
  const now = Date.now()
  const entries: UploadEntry[] = files.map((file) => {
    const check = checkUploadFile({ name: file.name, size: file.size, type: file.type })
    return {
      id: newId(),
      file,
      name: file.name,
      size: file.size,
      kind: check.ok ? check.kind : undefined,
      status: check.ok ? status : 'refused',
      refusal: check.ok ? undefined : check.error.reason,
      destination,
      bytesSent: 0,
      addedAt: now,
    }
  })
  uploadStore.dispatch({ type: 'add', entries })
  return entries
}

export function useUploader() {
  const queryClient = useQueryClient()
  const upload = useUploadFiles()
  const { mutateAsync } = upload

  const run = useCallback(
    async (batch: UploadEntry[]) => {
      if (batch.length === 0) return
      const { albumId, position } = batch[0]!.destination
      for (const e of batch) uploadStore.dispatch({ type: 'start', id: e.id, now: performance.now() })
      // Refresh the grids while files land, at most every 1.5 s.
      let lastRefresh = 0
      let pending: ReturnType<typeof setTimeout> | undefined
      const refresh = () => {
        const wait = lastRefresh + 1500 - Date.now()
        if (wait <= 0) {
          lastRefresh = Date.now()
          void invalidateAfterCreate(queryClient, albumId)
        } else if (!pending) {
          pending = setTimeout(() => {
            pending = undefined
            refresh()
          }, wait)
        }
      }
      const settle = (entry: UploadEntry, result: UploadFileResult) => {
        if (result.status === 'created') {
          uploadStore.dispatch({ type: 'done', id: entry.id, mediaItemId: result.mediaItem?.id })
          refresh()
        } else if (result.status === 'unknown') uploadStore.dispatch({ type: 'unknown', id: entry.id })
        else uploadStore.dispatch({ type: 'failed', id: entry.id, ...uploadFailureOf(result) })
      }
      try {
        const results = await mutateAsync({
          files: batch.map((e) => ({ file: e.file, fileName: e.name })),
          albumId,
          // The end is where the API adds without a position, and a shared album the user only joined takes none.
          albumPosition: albumId && position === 'start' ? { position: 'FIRST_IN_ALBUM' } : undefined,
          onProgress: (event) => {
            const entry = batch[event.index]
            if (!entry) return
            if (event.phase === 'uploading') uploadStore.dispatch({ type: 'progress', id: entry.id, bytesSent: event.bytesSent, now: performance.now() })
            else if (event.phase === 'uploaded' || event.phase === 'creating') uploadStore.dispatch({ type: 'creating', id: entry.id })
            else if (event.phase === 'done' && event.result) settle(entry, event.result)
          },
        })
        results.forEach((result, i) => {
          const entry = batch[i]!
          if (uploadStore.get(entry.id)?.status !== 'done' && uploadStore.get(entry.id)?.status !== 'failed') settle(entry, result)
        })
      } catch (e) {
        for (const entry of batch) {
          const status = uploadStore.get(entry.id)?.status
          if (status === 'uploading' || status === 'creating' || status === 'queued') {
            uploadStore.dispatch({ type: 'failed', id: entry.id, errorKind: isNetworkError(e) ? 'network' : 'rejected', errorDetail: e instanceof Error ? e.message : undefined })
          }
        }
      } finally {
        if (pending) clearTimeout(pending)
        void invalidateAfterCreate(queryClient, albumId)
      }
    },
    [mutateAsync, queryClient],
  )

  /** Adds files to the queue: refused ones stay visible with the reason; the rest start at once. */
  const add = useCallback(
    (files: readonly File[], destination: UploadDestination) => {
      const entries = enqueue(files, destination, 'queued')
      void run(entries.filter((e) => e.status === 'queued'))
      return entries
    },
    [run],
  )

  const retry = useCallback(
    (id: string) => {
      uploadStore.dispatch({ type: 'retry', id })
      const entry = uploadStore.get(id)
      if (entry?.status === 'queued') void run([entry])
    },
    [run],
  )

  // `start`: runs entries already in the queue (waiting files the user has now sent somewhere).
  return { add, retry, start: run }
}
