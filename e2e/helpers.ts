import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

// Specs import `test`, `expect` and Playwright's types from here, so every spec gets the fixtures below.
export * from '@playwright/test'

type CspWindow = Window & { __shoeboxCspViolation?: (report: string) => void }

/**
 * Records every Content-Security-Policy violation in the context's pages (a blocked script, style, image,
 * request or frame), as the page's `securitypolicyviolation` events report them.
 */
async function watchCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = []
  await context.exposeBinding('__shoeboxCspViolation', ({ page }, report: string) => {
    violations.push(`${report} (page ${page.url()})`)
  })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = `${e.effectiveDirective} refused ${e.blockedURI || 'inline'} from ${e.sourceFile || 'the document'}:${e.lineNumber}`
      void (window as CspWindow).__shoeboxCspViolation?.(report)
    })
  })
  return violations
}

/** Every journey fails on a Content-Security-Policy violation (an automatic fixture: no spec has to ask). */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations = await watchCspViolations(context)
      await use(violations)
      expect(violations, 'Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],
})

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

/** Picks the language in the header, or (on phones) in the Settings panel behind the header's button. */
export async function chooseLanguage(page: Page, label: string) {
  const picker = page.getByRole('combobox', { name: /Language|语言|שפה/ })
  if (!(await picker.isVisible())) await page.getByRole('button', { name: /^(Settings|设置|הגדרות)$/ }).click()
  await picker.selectOption({ label })
  if (await page.getByRole('dialog', { name: /^(Settings|设置|הגדרות)$/ }).isVisible()) await page.keyboard.press('Escape')
}

/** Calls the emulator (through the page's service worker) as `user`. */
export async function api<T>(page: Page, path: string, init: { method?: string; body?: unknown; user?: string } = {}): Promise<T> {
  return page.evaluate(
    async ({ path, method, body, user }) => {
      const res = await fetch(`/__emulator/${path}`, {
        method: method ?? (body === undefined ? 'GET' : 'POST'),
        headers: { Authorization: `Bearer ${user}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const text = await res.text()
      return (text ? JSON.parse(text) : {}) as T
    },
    { path, method: init.method, body: init.body, user: init.user ?? 'demo' },
  )
}

/** The data-index of the last grid cell a virtualised scroller has rendered (null before any). */
export const lastRenderedCell = (scroller: Locator) =>
  scroller.evaluate((el) => [...el.querySelectorAll('[role="gridcell"][data-index]')].at(-1)?.getAttribute('data-index') ?? null)

/**
 * Scrolls a virtualised grid down until `target` is rendered, as a person scrolls until they see it: after each
 * step it waits for the new rows to be drawn (the last rendered cell changes), never for a fixed time.
 */
export async function scrollUntilVisible(scroller: Locator, target: Locator, maxSteps = 40) {
  for (let i = 0; i < maxSteps && !(await target.count()); i++) {
    const before = await lastRenderedCell(scroller)
    await scroller.evaluate((el) => el.scrollBy(0, 500))
    await expect.poll(() => lastRenderedCell(scroller), { message: 'the grid draws the rows below' }).not.toBe(before)
  }
  await expect(target.first()).toBeVisible()
}

/**
 * What the system share sheet does with photos shared to the installed app: a multipart POST of the files to the
 * manifest's share target (the service worker answers it). A file is a demo photo's bytes under a new name, or text.
 */
export async function shareToShoebox(page: Page, files: { name: string; type: string; text?: string }[]) {
  await page.evaluate(async (files) => {
    const photo = await (await fetch('/demo-library/flowers-yellow.jpg')).blob()
    const dt = new DataTransfer()
    for (const f of files) dt.items.add(new File([f.text ?? photo], f.name, { type: f.type }))
    const form = document.createElement('form')
    form.method = 'post'
    form.enctype = 'multipart/form-data'
    form.action = '/share-target'
    const input = document.createElement('input')
    input.type = 'file'
    input.name = 'media'
    input.multiple = true
    input.files = dt.files
    form.append(input)
    document.body.append(form)
    form.submit()
  }, files)
}
