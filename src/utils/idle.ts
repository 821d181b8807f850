// Work that must not compete with the first screen: it runs once the page has loaded and the browser is idle.

/** Runs `run` after the load event, when the browser is idle (at most 2 s later); returns a cancel function. */
export function whenIdleAfterLoad(run: () => void): () => void {
  let cancelled = false
  let cancelIdle: (() => void) | undefined
  const schedule = () => {
    if (cancelled) return
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(run, { timeout: 2000 })
      cancelIdle = () => cancelIdleCallback(id)
    } else {
      // Safari has no requestIdleCallback: a short timeout stands in.
      const id = setTimeout(run, 200)
      cancelIdle = () => clearTimeout(id)
    }
  }
  if (document.readyState === 'complete') schedule()
  else window.addEventListener('load', schedule, { once: true })
  return () => {
    cancelled = true
    window.removeEventListener('load', schedule)
    cancelIdle?.()
  }
}
