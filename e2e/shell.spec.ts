import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchOptions } from '../playwright.config'
import { test, expect, chromium, chooseLanguage, expectNoAxeViolations, openDemo, sections, waitUntilOfflineReady } from './helpers'

test.describe('start page', () => {
  // The first visit and the return to "/" are in welcome.spec.ts.
  test('the welcome page explains the modes and the demo can be chosen', async ({ page }) => {
    await page.goto('/welcome')
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Shoebox' })).toBeVisible()
    await expect(page.getByText('set VITE_GOOGLE_CLIENT_ID', { exact: false })).toBeVisible()
    await page.getByRole('button', { name: 'Start exploring' }).click()
    await expect(page).toHaveURL(/\/library$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  })
})

test.describe('navigation', () => {
  for (const viewport of [
    { label: 'desktop', width: 1280, height: 800 },
    { label: 'phone', width: 390, height: 844 },
  ]) {
    test(`every section is reachable on ${viewport.label}`, async ({ page }) => {
      await page.setViewportSize(viewport)
      await openDemo(page)
      const nav = page.getByRole('navigation', { name: 'Main' })
      for (const section of sections) {
        await nav.getByRole('link', { name: section.name }).click()
        await expect(page).toHaveURL(new RegExp(`${section.path}$`))
        await expect(page.getByRole('heading', { level: 1, name: section.name })).toBeVisible()
        await expect(nav.getByRole('link', { name: section.name })).toHaveAttribute('aria-current', 'page')
      }
      const box = await nav.boundingBox()
      if (viewport.label === 'phone') expect(box!.y).toBeGreaterThan(viewport.height / 2) // bottom bar
      else expect(box!.x).toBeLessThan(viewport.width / 2) // sidebar at the start
    })
  }

  test('an unknown address shows the not-found page inside the shell', async ({ page }) => {
    await openDemo(page, '/no/such/page')
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await page.getByRole('link', { name: 'Go to your library' }).click()
    await expect(page).toHaveURL(/\/library$/)
  })
})

test.describe('languages and themes', () => {
  test('Hebrew mirrors the layout right-to-left and is remembered', async ({ page }) => {
    await openDemo(page)
    await chooseLanguage(page, 'עברית')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.locator('html')).toHaveAttribute('lang', 'he')
    const nav = page.getByRole('navigation', { name: 'ניווט ראשי' })
    await expect(nav.getByRole('link', { name: 'ספרייה' })).toBeVisible()
    const box = await nav.boundingBox()
    expect(box!.x + box!.width).toBeGreaterThan((page.viewportSize()!.width * 3) / 4) // sidebar on the right
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.getByRole('heading', { level: 1, name: 'ספרייה' })).toBeVisible()
  })

  test('Chinese translates the shell', async ({ page }) => {
    await openDemo(page)
    await chooseLanguage(page, '简体中文')
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
    const nav = page.getByRole('navigation', { name: '主导航' })
    for (const name of ['照片库', '相册', '共享', '搜索', '上传']) {
      await expect(nav.getByRole('link', { name })).toBeVisible()
    }
  })

  test('the browser language is followed when none was chosen', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'he-IL' })
    const page = await context.newPage()
    await openDemo(page)
    await expect(page.getByRole('navigation', { name: 'ניווט ראשי' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await context.close()
  })

  test('the dark theme can be chosen and follows the system by default', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' })
    const page = await context.newPage()
    await openDemo(page)
    await expect(page.locator('html')).toHaveClass(/dark/)
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(background).not.toBe('rgb(255, 255, 255)')
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Light' })
    await expect(page.locator('html')).not.toHaveClass(/dark/)
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' })
    await expect(page.locator('html')).toHaveClass(/dark/)
    await page.reload()
    await expect(page.locator('html')).toHaveClass(/dark/)
    await context.close()
  })
})

test.describe('progressive web app', () => {
  test('the app reloads offline after a first visit', async ({ page, context }) => {
    await openDemo(page)
    await waitUntilOfflineReady(page)
    await context.setOffline(true)
    await page.reload()
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Albums' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Albums' })).toBeVisible()
    await context.setOffline(false)
  })

  test('Chromium finds the app installable', async ({ baseURL }) => {
    const profile = await mkdtemp(join(tmpdir(), 'shoebox-install-'))
    const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL })
    try {
      const page = await context.newPage()
      await page.goto('/library')
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
      const cdp = await context.newCDPSession(page)
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
      expect(installabilityErrors).toEqual([])
      const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json())
      expect(manifest.icons.map((icon: { sizes: string; purpose?: string }) => `${icon.sizes} ${icon.purpose ?? 'any'}`)).toEqual([
        '192x192 any',
        '512x512 any',
        '512x512 maskable',
      ])
    } finally {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    }
  })
})

test.describe('accessibility', () => {
  for (const path of ['/welcome', ...sections.map((s) => s.path), '/missing-page']) {
    test(`axe finds no WCAG 2.1 AA violations on ${path}`, async ({ page }) => {
      if (path === '/welcome') await page.goto(path)
      else await openDemo(page, path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expectNoAxeViolations(page)
    })
  }
})
