// Starting uploads: a batch that would spend a large share of today's Google Photos allowance asks first.
import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react'
import type { QuotaWarning } from '../../api'
import { useQuotaWarning } from '../../queries'
import type { UploadDestination } from './queue'

// Loaded when it first asks: the dialog's code stays off the first screen (the drop targets mount everywhere).
const QuotaConfirmDialog = lazy(() => import('../../components/ui/QuotaConfirmDialog').then((m) => ({ default: m.QuotaConfirmDialog })))

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
    <Suspense fallback={null}>
      <QuotaConfirmDialog
        question={pending.warning}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          setPending(null)
          add(pending.files, pending.destination)
        }}
      />
    </Suspense>
  ) : null
  return { addFiles, dialog }
}
