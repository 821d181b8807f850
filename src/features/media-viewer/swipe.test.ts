import { describe, expect, it } from 'vitest'
import { classifySwipe, swipeStep } from './swipe'

describe('swipe', () => {
  it('needs a quick, mostly horizontal drag', () => {
    expect(classifySwipe(-120, 10, 200)).toBe('left')
    expect(classifySwipe(90, -20, 300)).toBe('right')
    expect(classifySwipe(30, 0, 100)).toBeNull()
    expect(classifySwipe(80, 90, 100)).toBeNull()
    expect(classifySwipe(200, 0, 2000)).toBeNull()
  })
  it('mirrors in RTL', () => {
    expect(swipeStep('left', false)).toBe(1)
    expect(swipeStep('right', false)).toBe(-1)
    expect(swipeStep('right', true)).toBe(1)
    expect(swipeStep('left', true)).toBe(-1)
  })
})
