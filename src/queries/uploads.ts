// Uploads as a mutation: the whole pipeline (bytes, then batchCreate in order) with progress, then invalidation.
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore } from 'react'
import { estimateRequests, quotaWarningFor, type AlbumPosition, type QuotaUsage, type QuotaWarning, type RequestEstimate, type UploadFileResult, type UploadInput, type UploadProgressEvent } from '../api'
import { usePhotosClient } from './client-context'
import { mutationKeys } from './keys'
import { invalidateAfterCreate } from './media-items'

export interface UploadFilesVariables {
  files: UploadInput[]
  albumId?: string
  albumPosition?: AlbumPosition
  onProgress?: (event: UploadProgressEvent) => void
  signal?: AbortSignal
}

/** Resolves with one result per file (created, failed, unknown, invalid); it rejects only on a programming error. */
export function useUploadFiles() {
  const client = usePhotosClient()
  const queryClient = useQueryClient()
  return useMutation<UploadFileResult[], Error, UploadFilesVariables>({
    mutationKey: mutationKeys.uploads.files,
    mutationFn: ({ files, albumId, albumPosition, onProgress, signal }) =>
      client.uploads.uploadFiles(files, { albumId, albumPosition, onProgress, signal }),
    onSettled: (_d, _e, { albumId }) => invalidateAfterCreate(queryClient, albumId),
  })
}

/** This browser's request count today (API and media bytes), live. */
export function useQuotaUsage(): QuotaUsage {
  const { quota } = usePhotosClient()
  // usage() builds a new object each time: cache it per change so useSyncExternalStore sees a stable snapshot.
  return useSyncExternalStore(
    (onChange) => quota.subscribe(onChange),
    () => snapshotOf(quota),
  )
}

/**
 * Asks before a big action: the warning for `action` when it would spend a large share of today's allowance
 * (see quotaWarningFor), or undefined (also always where the backend counts no allowance, as in the demo).
 */
export function useQuotaWarning(): (action: RequestEstimate) => QuotaWarning | undefined {
  const client = usePhotosClient()
  return useCallback(
    (action) => (client.capabilities.dailyQuota ? quotaWarningFor(estimateRequests(action), client.quota.remaining().api) : undefined),
    [client],
  )
}

const snapshots = new WeakMap<object, { key: string; value: QuotaUsage }>()
function snapshotOf(quota: { usage(): QuotaUsage }): QuotaUsage {
  const value = quota.usage()
  const key = `${value.day}:${value.api}:${value.media}`
  const cached = snapshots.get(quota)
  if (cached && cached.key === key) return cached.value
  snapshots.set(quota, { key, value })
  return value
}
