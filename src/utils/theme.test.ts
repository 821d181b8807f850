import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setTheme } from './theme'

describe('theme-color of the page', () => {
  beforeEach(() => {
    document.head.innerHTML =
      '<meta name="theme-color" content="#ffffff" media="(prefers-color-scheme: light)">' +
      '<meta name="theme-color" content="#0b0f14" media="(prefers-color-scheme: dark)">'
  })
  afterEach(() => {
    document.head.innerHTML = ''
    localStorage.clear()
  })
  const colours = () => [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].map((m) => m.content)

  it('follows a chosen theme whatever the system scheme, and the system again on "system"', () => {
    setTheme('dark')
    expect(colours()).toEqual(['#0b0f14', '#0b0f14'])
    setTheme('light')
    expect(colours()).toEqual(['#ffffff', '#ffffff'])
    setTheme('system')
    expect(colours()).toEqual(['#ffffff', '#0b0f14'])
  })
})
