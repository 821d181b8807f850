import type { RefObject } from 'react'

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
