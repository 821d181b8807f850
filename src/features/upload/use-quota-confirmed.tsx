// Starting uploads: a batch that would spend a large share of today's Google Photos allowance asks first.
import { useCallback, useState, type ReactNode } from 'react'
import type { QuotaWarning } from '../../api'
import { useQuotaWarning } from '../../queries'
import { QuotaQuestionDialog } from './QuotaQuestionDialog'
import type { UploadDestination } from './queue'

/** `add`, but a large batch waits for the user's yes in `dialog` (which the caller renders). */
export function useQuotaConfirmedAdd(add: (files: readonly File[], destination: UploadDestination) => unknown): {
  addFiles: (files: readonly File[], destination: UploadDestination) => void
  dialog: ReactNode
} {
  const warningFor = useQuotaWarning()
  const [pending, setPending] = useState<{ files: readonly File[]; destination: UploadDestination; warning: QuotaWarning } | null>(null)
  const addFiles = useCallback(
    (files: readonly File[], destination: UploadDestination) => {
      const warning = warningFor({ kind: 'upload', sizes: files.map((f) => f.size) })
      if (warning) setPending({ files, destination, warning })
      else add(files, destination)
    },
    [add, warningFor],
  )
  const dialog = pending ? (
    <QuotaQuestionDialog
      question={pending.warning}
      onCancel={() => setPending(null)}
      onConfirm={() => {
        setPending(null)
        add(pending.files, pending.destination)
      }}
    />
  ) : null
  return { addFiles, dialog }
}
