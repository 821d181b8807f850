// How many card columns fit: the one rule behind the windowed card grids.

/** How many columns of cards at least `minWidth` wide fit in `width`, between `min` and `max`. */
export function columnsFor(width: number, minWidth: number, gap: number, min = 1, max = 6): number {
  if (width <= 0) return min
  return Math.min(max, Math.max(min, Math.floor((width + gap) / (minWidth + gap))))
}
