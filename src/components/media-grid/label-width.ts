// How wide a date header's text is, so the layout can give every header the room it needs (a header is never
// cut off). Measured on a canvas in the grid's own font (text-sm, font-medium); an estimate where there is no
// canvas (tests).
import { useLayoutEffect, useMemo, useState, type RefObject } from 'react'

const FONT_SIZE = 14
const FONT_WEIGHT = 500
/** Rounding and font-hinting slack. */
const SLACK = 4

/** A text-width function for one font, remembering what it measured. */
function labelMeasurer(fontFamily: string): (text: string) => number {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d')
  if (context) context.font = `${FONT_WEIGHT} ${FONT_SIZE}px ${fontFamily || 'sans-serif'}`
  const cache = new Map<string, number>()
  return (text: string) => {
    let width = cache.get(text)
    if (width === undefined) {
      // Without a canvas: wide enough for CJK, where every character is a full em.
      width = Math.ceil(context ? context.measureText(text).width : text.length * FONT_SIZE) + SLACK
      cache.set(text, width)
    }
    return width
  }
}

export function useLabelWidth(ref: RefObject<HTMLElement | null>): (text: string) => number {
  const [fontFamily, setFontFamily] = useState('')
  useLayoutEffect(() => {
    if (ref.current) setFontFamily(getComputedStyle(ref.current).fontFamily)
  }, [ref])
  return useMemo(() => labelMeasurer(fontFamily), [fontFamily])
}
