import type { RefObject } from 'react'

/**
 * For the real widget's onOpenChange: a widget first opened from its stand-in cannot give focus back on closing
 * (the element focused when it opened, the stand-in, is gone), so its trigger takes it when it was left nowhere.
 */
export function refocusTriggerIfLost(trigger: RefObject<HTMLElement | null>) {
  focusIfLost(() => trigger.current)
}

/**
 * Gives focus to `target()` on the next frame if focus was left nowhere by then: after the focused control was
 * removed (a button that disappears once its job is done), or after a dialog could not give it back. The frame
 * lets a closing dialog restore focus first.
 */
export function focusIfLost(target: () => HTMLElement | null | undefined) {
  requestAnimationFrame(() => {
    const active = document.activeElement
    if (!active || active === document.body) target()?.focus()
  })
}
