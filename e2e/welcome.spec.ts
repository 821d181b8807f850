// The first minute: a welcome on the first visit, the library from then on, and never a blank page while the
// demo's service worker gets ready.
import { test, expect, expectNoAxeViolations, type Page } from './helpers'

const viewports = [
  { label: 'phone', width: 390, height: 844 },
  { label: 'desktop', width: 1440, height: 900 },
] as const

async function expectWelcome(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Shoebox' })).toBeVisible()
  await expect(page.getByText('runs a built-in copy of the Google Photos service inside your browser')).toBeVisible()
  await expect(page.getByText('Nothing you do here leaves this device', { exact: false })).toBeVisible()
}

for (const viewport of viewports) {
  test(`on ${viewport.label}, the first visit welcomes and the next opens the library`, async ({ page }) => {
    await page.setViewportSize(viewport)
    const refused: string[] = []
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) refused.push(message.text())
    })
    const preloaded = () => page.locator('link[rel=modulepreload]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname))
    await page.goto('/')
    await expectWelcome(page)
    await expect(page).toHaveURL(/\/$/)
    // index.html preloaded the welcome's code, not the library's, which a first visit does not show.
    expect(await preloaded()).toContainEqual(expect.stringMatching(/\/StartRoute-/))
    expect(await preloaded()).not.toContainEqual(expect.stringMatching(/\/LibraryRoute-/))
    // The language and theme can be chosen before anything else.
    const settings = page.getByRole('group', { name: 'Language and theme' })
    await expect(settings.getByRole('combobox', { name: 'Language' })).toBeVisible()
    await settings.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' })
    await expect(page.locator('html')).toHaveClass(/dark/)
    // A demo-only copy says how its owner turns Google sign-in on, rather than offering nothing.
    const google = page.getByRole('region', { name: 'Use your Google Photos' })
    await expect(google).toContainText('VITE_GOOGLE_CLIENT_ID')
    await expect(google).toContainText('Using your Google account')
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Start exploring' }).click()
    await expect(page).toHaveURL(/\/library$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()

    await page.goto('/')
    await expect(page).toHaveURL(/\/library$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
    // A returning visitor's "/" preloaded the library's code instead; the page's CSP let index.html's script run.
    expect(await preloaded()).toContainEqual(expect.stringMatching(/\/LibraryRoute-/))
    expect(await preloaded()).not.toContainEqual(expect.stringMatching(/\/StartRoute-/))
    expect(refused).toEqual([])
    // The welcome stays one address away.
    await page.goto('/welcome')
    await expectWelcome(page)
  })
}

test('the welcome in Hebrew reads right to left, in Hebrew', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'עברית' })
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  const heading = page.getByRole('heading', { level: 1, name: 'ברוכים הבאים ל־Shoebox' })
  await expect(heading).toBeVisible()
  // Right to left: the heading starts at the right edge of the page.
  const box = await heading.boundingBox()
  expect(box).not.toBeNull()
  if (box) expect(390 - (box.x + box.width)).toBeLessThan(40)
  await expect(page.getByRole('combobox', { name: 'שפה' })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'להתחיל לסייר' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'ספרייה' })).toBeVisible()
})

test.describe('while the demo is not ready yet', () => {
  // With service workers blocked the demo never becomes ready, which holds the waiting state for the test.
  test.use({ serviceWorkers: 'block' })

  for (const viewport of viewports) {
    test(`on ${viewport.label}, the app's frame and a skeleton show, not a blank page`, async ({ page }) => {
      await page.setViewportSize(viewport)
      await page.goto('/albums')
      const nav = page.getByRole('navigation', { name: 'Main' }).locator('visible=true')
      await expect(nav.getByRole('link', { name: 'Albums' })).toHaveAttribute('aria-current', 'page')
      await expect(page.getByRole('status', { name: 'Preparing the demo library…' })).toBeVisible()
      await expect(page.getByRole('link', { name: 'Shoebox' }).locator('visible=true')).toBeVisible()
      await expectNoAxeViolations(page)
    })
  }
})
