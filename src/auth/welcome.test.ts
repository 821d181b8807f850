import { afterEach, describe, expect, it } from 'vitest'
import { forgetWelcomeSeen, hasSeenWelcome, rememberWelcomeSeen, skipsWelcome } from './welcome'

describe('welcome memory', () => {
  afterEach(() => localStorage.clear())

  it('is unseen on a first visit and remembered once seen', () => {
    expect(hasSeenWelcome()).toBe(false)
    rememberWelcomeSeen()
    expect(hasSeenWelcome()).toBe(true)
  })

  it('is unseen again once forgotten (after Reset demo)', () => {
    rememberWelcomeSeen()
    forgetWelcomeSeen()
    expect(hasSeenWelcome()).toBe(false)
    expect(skipsWelcome('demo')).toBe(false)
  })
})

describe('skipsWelcome', () => {
  afterEach(() => localStorage.clear())

  it('keeps the welcome until it was seen in the demo, and never for a Google session or no mode', () => {
    expect(skipsWelcome('demo')).toBe(false)
    expect(skipsWelcome('google')).toBe(true)
    rememberWelcomeSeen()
    expect(skipsWelcome('demo')).toBe(true)
    expect(skipsWelcome(null)).toBe(false)
  })
})
