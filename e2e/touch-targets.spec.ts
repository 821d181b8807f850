// On a phone every control a finger can reach on the main views is at least 44×44 CSS px (WCAG 2.5.5, and the size
// Apple and Google recommend), so nothing needs a second try.
import { test, expect, type Page } from './helpers'
import { openDemo } from './helpers'

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

/** Every visible control on the page that is smaller than 44×44, described for the failure message. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, select, input:not([type=hidden]), textarea, [role=button], [role=checkbox], [role=gridcell], [tabindex]:not([tabindex="-1"])'
    const small: string[] = []
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      // A radio or checkbox is tapped through its label.
      const target = el instanceof HTMLInputElement && /radio|checkbox/.test(el.type) ? (el.closest('label') ?? el) : el
      const r = target.getBoundingClientRect()
      const style = getComputedStyle(el)
      const hidden = r.width === 0 || r.height === 0 || style.visibility === 'hidden' || el.closest('[aria-hidden=true], .sr-only')
      // Visually hidden controls (1×1, for screen readers: hidden inputs, popovers' Dismiss) take no taps.
      if (hidden || r.width <= 1 || r.height <= 1) continue
      if (r.width < 43.5 || r.height < 43.5) {
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''
        small.push(`${el.tagName.toLowerCase()} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`)
      }
    }
    return small
  })
}

const views = [
  { path: '/library', ready: (p: Page) => p.getByRole('grid').first() },
  { path: '/albums', ready: (p: Page) => p.getByRole('heading', { level: 1, name: 'Albums' }) },
  { path: '/sharing', ready: (p: Page) => p.getByRole('heading', { level: 1, name: 'Sharing' }) },
  { path: '/search?type=photos', ready: (p: Page) => p.getByRole('grid').first() }, // results need a filter
  { path: '/upload', ready: (p: Page) => p.getByRole('heading', { level: 1, name: 'Upload' }) },
]

test.describe('touch targets on a phone', () => {
  for (const view of views) {
    test(`${view.path}: every control is at least 44×44`, async ({ page }) => {
      await openDemo(page, view.path)
      await expect(view.ready(page)).toBeVisible()
      expect(await smallTargets(page)).toEqual([])
    })
  }

  test('the header settings, and the viewer: every control is at least 44×44', async ({ page }) => {
    await openDemo(page, '/library')
    await page.getByRole('button', { name: 'Settings' }).click()
    await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible()
    expect(await smallTargets(page)).toEqual([])
    await page.keyboard.press('Escape')
    await page.getByRole('gridcell').first().click()
    await expect(page.getByRole('dialog').first()).toBeVisible()
    expect(await smallTargets(page)).toEqual([])
  })
})

test('phone viewer: visible Previous and Next buttons step through the photos', async ({ page }) => {
  await openDemo(page, '/library')
  await page.getByRole('gridcell').nth(1).click()
  const viewer = page.getByRole('dialog').first()
  const next = viewer.getByRole('button', { name: 'Next' })
  const previous = viewer.getByRole('button', { name: 'Previous' })
  await expect(next).toBeVisible()
  await expect(previous).toBeVisible()
  const url = page.url()
  await next.click()
  await expect(page).not.toHaveURL(url)
  await previous.click()
  await expect(page).toHaveURL(url)
})
