import { describe, expect, it } from 'vitest'
import { pathAfterWelcome, paths } from './paths'

describe('pathAfterWelcome', () => {
  it('opens the page asked for before the welcome, query included', () => {
    const start = paths.start('/upload?shared=abc')
    expect(pathAfterWelcome(new URL(start, 'http://app.test').search)).toBe('/upload?shared=abc')
  })

  it('goes to the library without a page, or when the page is on another site', () => {
    expect(pathAfterWelcome('')).toBe('/library')
    for (const next of ['//evil.test/x', 'https://evil.test/', '/\\evil.test', 'library']) {
      expect(pathAfterWelcome(`?next=${encodeURIComponent(next)}`)).toBe('/library')
    }
  })
})
