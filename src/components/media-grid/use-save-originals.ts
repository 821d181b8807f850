// Saving the originals of a selection, with progress and a way to cancel (see DownloadProgress).
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MediaItem, SaveProgress } from '../../api'
import { toast } from '../ui/toast'
import { useGridMedia } from './grid-media'

export type SaveState = { phase: 'idle' } | { phase: 'saving'; progress: SaveProgress }

export interface OriginalsSaver {
  state: SaveState
  save: (items: readonly MediaItem[]) => void
  cancel: () => void
}

/** `zipName`: the file name of a zip of several items (a page passes its album's title, say). */
export function useSaveOriginals(zipName: string): OriginalsSaver {
  const { t } = useTranslation()
  const { saveOriginals } = useGridMedia()
  const [state, setState] = useState<SaveState>({ phase: 'idle' })
  const controller = useRef<AbortController | null>(null)
  // Leaving the page stops a zip in progress.
  useEffect(() => () => controller.current?.abort(), [])

  const save = useCallback(
    (items: readonly MediaItem[]) => {
      if (controller.current || items.length === 0) return
      const abort = new AbortController()
      controller.current = abort
      if (items.length > 1) setState({ phase: 'saving', progress: { done: 0, total: items.length, bytes: 0 } })
      saveOriginals(items, { zipName, signal: abort.signal, onProgress: (progress) => setState({ phase: 'saving', progress }) })
        .then(({ skipped }) => {
          if (skipped > 0) toast.error(t('download.skipped', { count: skipped }))
          else if (items.length > 1) toast.success(t('download.done', { name: zipName }))
        })
        .catch((error: unknown) => {
          if (abort.signal.aborted) toast(t('download.cancelled'))
          else toast.error(t('download.failed'), { description: error instanceof Error ? error.message : undefined })
        })
        .finally(() => {
          controller.current = null
          setState({ phase: 'idle' })
        })
    },
    [saveOriginals, t, zipName],
  )
  const cancel = useCallback(() => controller.current?.abort(), [])
  return { state, save, cancel }
}
