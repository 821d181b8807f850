// Horizontal swipe detection for the viewer: a quick, mostly horizontal drag of at least 50 px.

export function classifySwipe(dx: number, dy: number, ms: number, threshold = 50): 'left' | 'right' | null {
  if (Math.abs(dx) < threshold || Math.abs(dx) < Math.abs(dy) * 1.5 || ms > 1000) return null
  return dx < 0 ? 'left' : 'right'
}

/** Which way a swipe moves through the sequence: in LTR a left swipe shows the next item; RTL mirrors it. */
export function swipeStep(direction: 'left' | 'right', rtl: boolean): 1 | -1 {
  const next = rtl ? 'right' : 'left'
  return direction === next ? 1 : -1
}
