// sonner's Toaster, mounted once the first toast is asked for (toast.ts loads sonner then).
import { lazy, Suspense, useSyncExternalStore, type ComponentProps } from 'react'
import type { Toaster as SonnerToaster } from 'sonner'
import { loadSonner, toasterRequest } from './toast'

const LazySonnerToaster = lazy(() => loadSonner().then((m) => ({ default: m.Toaster })))

export function Toaster(props: ComponentProps<typeof SonnerToaster>) {
  const requested = useSyncExternalStore(toasterRequest.subscribe, toasterRequest.isRequested, () => false)
  if (!requested) return null
  return (
    <Suspense fallback={null}>
      <LazySonnerToaster {...props} />
    </Suspense>
  )
}
