// A header widget whose code is not on the first screen: a plain stand-in button shows instead. Pointing at it or
// focusing it starts fetching the code, so a press rarely waits; the press renders the real widget, already open,
// and from then on the real one stays.
import { useState, type RefObject } from 'react'

export function useOpenOnPress(load: () => Promise<unknown>) {
  const [pressed, setPressed] = useState(false)
  const prefetch = () => void load().catch(() => undefined) // a failure shows when the press renders it
  return {
    pressed,
    standInProps: { onPointerEnter: prefetch, onFocus: prefetch, onClick: () => setPressed(true) },
  }
}

/**
 * For the real widget's onOpenChange: a widget first opened from its stand-in cannot give focus back on closing
 * (the element focused when it opened, the stand-in, is gone), so its trigger takes it when it was left nowhere.
 */
export function refocusTriggerIfLost(trigger: RefObject<HTMLElement | null>) {
  requestAnimationFrame(() => {
    const active = document.activeElement
    if (!active || active === document.body) trigger.current?.focus()
  })
}
