import { afterEach, describe, expect, it } from 'vitest'
import { hasSeenWelcome, rememberWelcomeSeen } from './welcome'

describe('welcome memory', () => {
  afterEach(() => localStorage.clear())

  it('is unseen on a first visit and remembered once seen', () => {
    expect(hasSeenWelcome()).toBe(false)
    rememberWelcomeSeen()
    expect(hasSeenWelcome()).toBe(true)
  })
})
