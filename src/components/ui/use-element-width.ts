import { startTransition, useLayoutEffect, useState, type RefObject } from 'react'

/**
 * The element's content width, kept current with a ResizeObserver (0 before the first layout).
 * With `transition`, the width arrives as a transition (from the observer's first report, before the next paint):
 * whatever the caller lays out for a width then renders in slices the browser can interrupt, not in one long
 * task, and the caller shows a placeholder at width 0 meanwhile. Without it, the first width is set before the
 * browser paints, so nothing is ever painted at width 0.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, { transition = false } = {}): number {
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const observing = typeof ResizeObserver !== 'undefined'
    if (!transition || !observing) setWidth(el.clientWidth)
    if (!observing) return
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0]
      if (!entry) return
      const next = Math.floor(entry.contentRect.width)
      if (transition) startTransition(() => setWidth(next))
      else setWidth(next)
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref, transition])
  return width
}
