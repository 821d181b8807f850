// Records a session keeps on this device beyond the query cache (album stories, picked photos): each store
// registers how to forget one session's records, so sign-out can offer to forget them all at once.

type Forget = (sessionKey: string) => Promise<void>

const stores = new Map<string, Forget>()

/** `name` identifies the store (re-registering replaces it, so hot reloads do not pile up). */
export function registerLocalRecords(name: string, forget: Forget): void {
  stores.set(name, forget)
}

/** Forgets every registered store's records of `sessionKey`; one store's failure does not stop the others. */
export async function forgetLocalRecords(sessionKey: string): Promise<void> {
  await Promise.allSettled([...stores.values()].map((forget) => forget(sessionKey)))
}

/** A name for per-session storage (an IndexedDB database, say) that is safe in any store's naming rules. */
export function sessionStorageName(base: string, sessionKey: string): string {
  return `${base}:${encodeURIComponent(sessionKey)}`
}
