// Toasts for background events. sonner loads on the first toast, so it stays off the first render; toasts
// raised before its Toaster subscribes are replayed by sonner itself (see Toaster.tsx).
import type { ExternalToast } from 'sonner'

type Sonner = typeof import('sonner')

let sonner: Promise<Sonner> | undefined
const listeners = new Set<() => void>()

export function loadSonner(): Promise<Sonner> {
  if (!sonner) {
    sonner = import('sonner')
    for (const listener of listeners) listener()
  }
  return sonner
}

/** For the Toaster: whether any toast was asked for yet, and a subscription to that moment. */
export const toasterRequest = {
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  },
  isRequested: () => sonner !== undefined,
}

function show(kind: 'message' | 'success' | 'error', message: string, options?: ExternalToast) {
  void loadSonner().then(({ toast: sonnerToast }) => {
    if (kind === 'message') sonnerToast(message, options)
    else sonnerToast[kind](message, options)
  })
}

/** Same call shape as sonner's `toast` for what the app uses: plain, success and error. */
export const toast = Object.assign((message: string, options?: ExternalToast) => show('message', message, options), {
  success: (message: string, options?: ExternalToast) => show('success', message, options),
  error: (message: string, options?: ExternalToast) => show('error', message, options),
})
