// Cross-tab freshness: after a write, the app's other tabs of the same session refresh the queries it touched.
// A BroadcastChannel per session (demo user or Google account) carries the query keys; each tab invalidates them
// in its own cache, so both modes work alike and a tab of another session never hears them.
import type { QueryClient, QueryKey } from '@tanstack/react-query'

interface WriteMessage {
  type: 'invalidate'
  keys: QueryKey[]
}

const channels = new WeakMap<QueryClient, BroadcastChannel>()

const otherTabsChannelName = (sessionKey: string): string => `shoebox:writes:${sessionKey}`

function isWriteMessage(data: unknown): data is WriteMessage {
  if (typeof data !== 'object' || data === null) return false
  const message = data as { type?: unknown; keys?: unknown }
  return message.type === 'invalidate' && Array.isArray(message.keys) && message.keys.every((k) => Array.isArray(k))
}

/**
 * Joins this session's channel: other tabs' writes invalidate the same keys in `queryClient`, and
 * `tellOtherTabs(queryClient, …)` reaches them. Returns the way to leave (on a session change or unmount).
 */
export function connectOtherTabs(queryClient: QueryClient, sessionKey: string): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined
  const channel = new BroadcastChannel(otherTabsChannelName(sessionKey))
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (!isWriteMessage(event.data)) return
    for (const queryKey of event.data.keys) void queryClient.invalidateQueries({ queryKey })
  }
  channels.set(queryClient, channel)
  return () => {
    if (channels.get(queryClient) === channel) channels.delete(queryClient)
    channel.close()
  }
}

/** After a write: the other tabs refresh these queries (this tab has already updated or invalidated its own). */
export function tellOtherTabs(queryClient: QueryClient, keys: readonly QueryKey[]): void {
  const message: WriteMessage = { type: 'invalidate', keys: [...keys] }
  channels.get(queryClient)?.postMessage(message)
}

/** Invalidates `keys` in this tab and in the app's other tabs of this session. */
export async function invalidateEverywhere(queryClient: QueryClient, keys: readonly QueryKey[]): Promise<void> {
  tellOtherTabs(queryClient, keys)
  await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })))
}
