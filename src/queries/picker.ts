// "Add from Google Photos": the Picker API of the current client, which account it acts for, and which picked
// items are already in the library (the same id under the 2025 rules, or an earlier import recorded on this device).
import { useMemo } from 'react'
import type { MediaItem, PickerApi } from '../api'
import { usePhotosClient } from './client-context'

export interface GooglePhotosPicker {
  picker: PickerApi
  /** Names the account for what is kept on this device. */
  account: string
  /**
   * Of these library ids, the ones the library API returns (visible, not deleted, this account's): a picked item
   * that is itself app-created, or the copy an earlier import created.
   */
  findInLibrary(ids: readonly string[]): Promise<Map<string, MediaItem>>
}

export function useGooglePhotosPicker(): GooglePhotosPicker {
  const client = usePhotosClient()
  return useMemo(
    () => ({
      picker: client.picker,
      account: client.account,
      async findInLibrary(ids) {
        const found = new Map<string, MediaItem>()
        const unique = [...new Set(ids)]
        if (unique.length === 0) return found
        const results = await client.mediaItems.batchGet(unique)
        for (const result of results) if (result.mediaItem?.id) found.set(result.mediaItem.id, result.mediaItem)
        return found
      },
    }),
    [client],
  )
}
