// The built app's security headers: served by `vite preview` as by a static host, the CSP also in index.html,
// media requests without a Referer, and another site cannot frame the app.
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test, expect, openDemo, type Request } from './helpers'

const directives = (csp: string) => new Map(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]))

test('every page and asset is served with the security headers, and index.html carries the CSP', async ({ page, request }) => {
  for (const path of ['/', '/library', '/manifest.webmanifest', '/sw.js']) {
    const response = await request.get(path)
    expect(response.ok(), path).toBe(true)
    const headers = response.headers()
    expect(headers['referrer-policy'], path).toBe('no-referrer')
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['x-frame-options'], path).toBe('DENY')
    const csp = directives(headers['content-security-policy'] ?? '')
    expect(csp.get('frame-ancestors'), path).toBe("'none'")
    // The demo build loads no script from elsewhere; the one inline script (index.html's choice of what to preload)
    // is allowed by its hash alone.
    expect(csp.get('script-src'), path).toMatch(/^'self' 'sha256-[A-Za-z0-9+/]+=*'$/)
    expect(csp.get('object-src'), path).toBe("'none'")
  }

  // That hash is the inline script's, so the browser runs it (and would refuse any other inline script).
  const start = await request.get('/')
  const inline = [...(await start.text()).matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`)
  expect(inline).toHaveLength(1)
  expect(directives(start.headers()['content-security-policy'] ?? '').get('script-src')).toBe(`'self' ${inline[0]}`)

  // A static host reads the same headers from _headers.
  const headersFile = await (await request.get('/_headers')).text()
  const served = (await request.get('/')).headers()['content-security-policy']
  expect(headersFile).toContain(`Content-Security-Policy: ${served}`)
  expect(headersFile).toContain('Referrer-Policy: no-referrer')

  // The meta tag carries everything but frame-ancestors, which only a header can.
  await page.goto('/library')
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  const metaDirectives = directives(meta ?? '')
  expect(metaDirectives.has('frame-ancestors')).toBe(false)
  const headerDirectives = directives(served ?? '')
  headerDirectives.delete('frame-ancestors')
  expect(metaDirectives).toEqual(headerDirectives)
})

test('media is fetched without a Referer', async ({ page }) => {
  const media: Request[] = []
  page.context().on('request', (r) => {
    if (r.resourceType() === 'image' && r.url().includes('/__emulator/')) media.push(r)
  })
  await openDemo(page, '/library')
  await expect(page.getByRole('main').locator('img').first()).toBeVisible()
  await expect.poll(() => media.length).toBeGreaterThan(0)
  for (const r of media) expect(await r.headerValue('referer'), r.url()).toBeFalsy()
  // And the images say so themselves, for hosts that serve no Referrer-Policy.
  const policies = await page.getByRole('main').locator('img').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('referrerpolicy')))
  expect(policies.length).toBeGreaterThan(0)
  expect(new Set(policies)).toEqual(new Set(['no-referrer']))
})

test('another site cannot frame the app', async ({ page, baseURL }) => {
  // Another site on this machine (Chromium refuses a public page's frames to local addresses before any header
  // could, so the other site must be local too): it frames Shoebox.
  const otherSite = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' })
    res.end(`<!doctype html><title>Other site</title><iframe title="Shoebox" src="${baseURL}/library"></iframe>`)
  })
  await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve))
  try {
    const { port } = otherSite.address() as AddressInfo
    const framed = page.waitForResponse((r) => r.url() === `${baseURL}/library`)
    await page.goto(`http://localhost:${port}/`)
    const response = await framed
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
    const frame = page.frames().find((f) => f !== page.mainFrame())
    // Chromium replaces a refused frame with its error page: the app never runs there.
    await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/)
    expect(await frame?.locator('#root').count()).toBe(0)
  } finally {
    otherSite.close()
  }
})
