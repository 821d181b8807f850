// How wide a date header's text is, so the layout can give every header the room it needs (a header is never
// cut off). Measured on a canvas in the grid's own font (text-sm, font-medium); an estimate where there is no
// canvas (tests).
import { useMemo, type RefObject } from 'react'

const FONT_SIZE = 14
const FONT_WEIGHT = 500
/** Rounding and font-hinting slack. */
const SLACK = 4

/** A text-width function in the element's font, remembering what it measured. */
function labelMeasurer(ref: RefObject<HTMLElement | null>): (text: string) => number {
  let context: CanvasRenderingContext2D | null | undefined
  const cache = new Map<string, number>()
  return (text: string) => {
    let width = cache.get(text)
    if (width === undefined) {
      // The font is read at the first measure, when the grid lays out (the page's style is settled by then), not
      // as it mounts, where reading it would make the browser compute the style of the new page then and there.
      if (context === undefined) {
        context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d')
        const fontFamily = ref.current ? getComputedStyle(ref.current).fontFamily : ''
        if (context) context.font = `${FONT_WEIGHT} ${FONT_SIZE}px ${fontFamily || 'sans-serif'}`
      }
      // Without a canvas: wide enough for CJK, where every character is a full em.
      width = Math.ceil(context ? context.measureText(text).width : text.length * FONT_SIZE) + SLACK
      cache.set(text, width)
    }
    return width
  }
}

export function useLabelWidth(ref: RefObject<HTMLElement | null>): (text: string) => number {
  return useMemo(() => labelMeasurer(ref), [ref])
}
