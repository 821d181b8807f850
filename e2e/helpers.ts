import { expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

export const sections = [
  { path: '/library', name: 'Library' },
  { path: '/albums', name: 'Albums' },
  { path: '/sharing', name: 'Sharing' },
  { path: '/search', name: 'Search' },
  { path: '/upload', name: 'Upload' },
] as const

/** Opens a page of the demo and waits until the demo's service worker answers for it. */
export async function openDemo(page: Page, path = '/library') {
  await page.goto(path)
  await expect(page.locator('main#main nav, aside nav, body > div nav').first()).toBeAttached()
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
}

/** A first visit caches the whole app for offline use once its first screen is shown; waits until that is done. */
export async function waitUntilOfflineReady(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'true', { timeout: 30_000 })
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(summary, 'axe violations').toEqual([])
}

export async function chooseLanguage(page: Page, label: string) {
  await page.getByRole('combobox', { name: /Language|语言|שפה/ }).selectOption({ label })
}
