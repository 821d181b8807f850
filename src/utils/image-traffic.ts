// The grid's thumbnails on their way. Background work that competes with them for the network and the service
// worker (which also makes the demo's thumbnails), such as caching the app for offline use, waits until the
// first screen's images have arrived.

let inFlight = 0
let everStarted = false
const changed = new Set<() => void>()
const notify = () => {
  for (const listener of [...changed]) listener()
}

export const imageTraffic = {
  started() {
    inFlight += 1
    everStarted = true
    notify()
  },
  ended() {
    inFlight = Math.max(0, inFlight - 1)
    notify()
  },
}

/**
 * Runs `run` once images have been shown and none has been on its way for `quietMs`, or after `giveUpMs` when no
 * image started at all (a page without a grid). Returns a cancel function.
 */
export function afterImagesSettle(run: () => void, { quietMs = 500, giveUpMs = 5000 } = {}): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const schedule = () => {
    clearTimeout(timer)
    if (inFlight > 0) return
    timer = setTimeout(
      () => {
        changed.delete(schedule)
        run()
      },
      everStarted ? quietMs : giveUpMs,
    )
  }
  changed.add(schedule)
  schedule()
  return () => {
    clearTimeout(timer)
    changed.delete(schedule)
  }
}
