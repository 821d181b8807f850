// The upload side of the page-wide drop targets (UploadDropTarget.tsx), loaded when files are first dragged
// over the page: it starts the uploads, and asks first when a batch would spend much of today's quota.
import { useEffect } from 'react'
import type { UploadDestination } from './queue'
import { useQuotaConfirmedAdd } from './use-quota-confirmed'
import { useUploader } from './use-uploader'

export interface DropUploaderProps {
  /** The uploader is ready: `add` starts (or asks about) an upload. */
  onReady(add: (files: readonly File[], destination: UploadDestination) => void): void
  onGone(): void
}

export function DropUploader({ onReady, onGone }: DropUploaderProps) {
  const { add: addNow } = useUploader()
  const { addFiles, dialog } = useQuotaConfirmedAdd(addNow)
  useEffect(() => {
    onReady(addFiles)
    return onGone
  }, [addFiles, onReady, onGone])
  return dialog
}
