// The quota question, loaded when it first asks: the dialog's code stays off the first screen (the drop targets
// that may ask are mounted everywhere).
import { lazy, Suspense, type ComponentProps } from 'react'

const QuotaConfirmDialog = lazy(() => import('../../components/ui/QuotaConfirmDialog').then((m) => ({ default: m.QuotaConfirmDialog })))

export function QuotaQuestionDialog(props: ComponentProps<typeof QuotaConfirmDialog>) {
  return (
    <Suspense fallback={null}>
      <QuotaConfirmDialog {...props} />
    </Suspense>
  )
}
