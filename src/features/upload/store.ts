// The upload queue lives outside React so uploads keep going (and stay visible) while you move between pages;
// while anything is still uploading or waiting to be sent, leaving or reloading the page asks first.
import { useSyncExternalStore } from 'react'
import { queueReducer, holdsUnsentFile, type QueueAction, type UploadEntry } from './queue'
import { onSignOut } from '../../auth/sign-out'
import { onSessionChange } from '../../auth/session'

let entries: UploadEntry[] = []
const listeners = new Set<() => void>()

function onBeforeUnload(event: BeforeUnloadEvent) {
  event.preventDefault()
  // Older browsers need returnValue set to show the prompt.
  event.returnValue = ''
}
let guarding = false

function guardUnload(active: boolean) {
  if (typeof window === 'undefined' || active === guarding) return
  guarding = active
  if (active) window.addEventListener('beforeunload', onBeforeUnload)
  else window.removeEventListener('beforeunload', onBeforeUnload)
}

export const uploadStore = {
  getSnapshot: (): readonly UploadEntry[] => entries,
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  },
  dispatch(action: QueueAction) {
    entries = queueReducer(entries, action)
    guardUnload(entries.some(holdsUnsentFile))
    listeners.forEach((l) => l())
  },
  get(id: string) {
    return entries.find((e) => e.id === id)
  },
  /** Empties the queue: on sign-out (its files belong to the account that picked them) and in tests. */
  reset() {
    entries = []
    guardUnload(false)
    listeners.forEach((l) => l())
  },
}

export function useUploadQueue(): readonly UploadEntry[] {
  return useSyncExternalStore(uploadStore.subscribe, uploadStore.getSnapshot, uploadStore.getSnapshot)
}

// Signing out or switching session forgets the queue and its files, so the next session never sees them.
onSignOut(() => uploadStore.reset())
onSessionChange(() => uploadStore.reset())
