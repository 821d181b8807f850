import { afterEach, describe, expect, it } from 'vitest'
import { FIRST_SCREEN_DATA_ID, FIRST_SCREEN_SCRIPT, WELCOMED_STORAGE_KEY, type FirstScreenPreloads } from './first-screen'

const sets: FirstScreenPreloads = { base: '/', welcome: ['/assets/StartRoute.js'], library: ['/assets/Shell.js', '/assets/LibraryRoute.js'] }

/** Runs index.html's inline script on a page at `path`; returns the modules it asked the browser to preload. */
function preloadsAt(path: string, data: FirstScreenPreloads | null = sets): string[] {
  window.history.replaceState(null, '', path)
  document.head.innerHTML = data ? `<script type="application/json" id="${FIRST_SCREEN_DATA_ID}">${JSON.stringify(data)}</script>` : ''
  new Function(FIRST_SCREEN_SCRIPT)()
  return [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((link) => new URL(link.href).pathname)
}

afterEach(() => {
  localStorage.clear()
  document.head.innerHTML = ''
})

describe("index.html's choice of first-screen code", () => {
  it('preloads the welcome for a first visit to "/"', () => {
    expect(preloadsAt('/')).toEqual(['/assets/StartRoute.js'])
  })

  it('preloads the library once the welcome was left for the demo', () => {
    localStorage.setItem(WELCOMED_STORAGE_KEY, 'yes')
    expect(preloadsAt('/')).toEqual(['/assets/Shell.js', '/assets/LibraryRoute.js'])
  })

  it('preloads the library for any other address, first visit or not', () => {
    expect(preloadsAt('/library')).toEqual(['/assets/Shell.js', '/assets/LibraryRoute.js'])
    expect(preloadsAt('/albums/abc')).toEqual(['/assets/Shell.js', '/assets/LibraryRoute.js'])
  })

  it('understands a base path, with or without its trailing slash', () => {
    const under = { ...sets, base: '/shoebox/' }
    expect(preloadsAt('/shoebox/', under)).toEqual(['/assets/StartRoute.js'])
    expect(preloadsAt('/shoebox', under)).toEqual(['/assets/StartRoute.js'])
    expect(preloadsAt('/shoebox/library', under)).toEqual(['/assets/Shell.js', '/assets/LibraryRoute.js'])
  })

  it('does nothing on a page without the data', () => {
    expect(preloadsAt('/', null)).toEqual([])
  })
})
