// The app's one token store (sessionStorage-backed) and the loading state of Google's sign-in script.
import { createTokenStore, type StorageLike } from './token-store'

function tabStorage(): StorageLike | null {
  try {
    // sessionStorage only: it dies with the tab, is not shared across tabs, and is never localStorage.
    return typeof window === 'undefined' ? null : window.sessionStorage
  } catch {
    return null // storage blocked: memory only
  }
}

export const authStore = createTokenStore({ storage: tabStorage() })

/** `idle` until the start page or Google mode needs the script; demo mode never loads it. */
export type ScriptStatus = 'idle' | 'loading' | 'ready' | 'failed'

let scriptStatus: ScriptStatus = 'idle'
let scriptAttempt = 0
const scriptListeners = new Set<() => void>()
const notify = () => scriptListeners.forEach((listener) => listener())

export const scriptState = {
  get: () => scriptStatus,
  attempt: () => scriptAttempt,
  set(next: ScriptStatus) {
    if (next === scriptStatus) return
    scriptStatus = next
    notify()
  },
  /** Loads Google's script again (after it failed: offline, blocked). */
  retry() {
    scriptAttempt += 1
    scriptStatus = 'loading'
    notify()
  },
  subscribe(listener: () => void) {
    scriptListeners.add(listener)
    return () => {
      scriptListeners.delete(listener)
    }
  },
}
