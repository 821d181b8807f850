// The first minute's remaining pieces: Reset demo starts over at the welcome, Sharing shows alice's album,
// the keyboard shortcut sheet, dropping files anywhere, the Web Share Target, the install prompt's screenshots
// and route loading that shows the app's frame.
import { test, expect, expectNoAxeViolations, openDemo, api, chooseLanguage, shareToShoebox, type Page } from './helpers'

const phone = { width: 390, height: 844 }

async function resetDemo(page: Page) {
  await api(page, '_emulator/reset', { method: 'POST' })
}

test('Reset demo starts the demo over from the welcome', async ({ page }) => {
  await openDemo(page, '/library')
  await page.getByRole('button', { name: 'Demo', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Reset demo…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Reset demo' })
  await expect(dialog).toContainText('starts again from the welcome')
  await dialog.getByRole('button', { name: 'Reset demo' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Shoebox' })).toBeVisible()
  await expect(page).toHaveURL(/\/$/)
  await page.getByRole('button', { name: 'Start exploring' }).click()
  await expect(page).toHaveURL(/\/library$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible({ timeout: 30_000 })
})

test('Sharing shows the album alice shared with the demo user; under the 2025 rules it explains why not', async ({ page }) => {
  await openDemo(page, '/library')
  await resetDemo(page)
  await page.goto('/sharing')
  const card = page.getByRole('list', { name: 'Shared albums' }).getByRole('link', { name: /Midsummer at the lake/ })
  await expect(card).toBeVisible()
  await card.click()
  await expect(page.getByRole('heading', { level: 1, name: 'Midsummer at the lake' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Leave album' })).toBeVisible()
  await api(page, '_emulator/config', { method: 'POST', body: { profile: '2025' } })
  await page.goto('/sharing')
  await expect(page.getByRole('alert').filter({ hasText: 'Google no longer lets apps share albums' })).toBeVisible()
  await api(page, '_emulator/config', { method: 'POST', body: { profile: 'legacy' } })
})

test.describe('keyboard shortcut sheet', () => {
  test('? opens it with every shortcut, never while typing, and Esc closes it', async ({ page }) => {
    await openDemo(page, '/library')
    await expect(page.getByRole('grid').first()).toBeVisible()
    await page.keyboard.press('Shift+?')
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(sheet).toBeVisible()
    for (const name of ['Everywhere', 'Photo grid', 'Photo viewer']) await expect(sheet.getByRole('region', { name })).toBeVisible()
    for (const text of ['Open search', 'Select all', 'Clear the selection', 'Next photo', 'Show or hide info', 'Save the description']) {
      await expect(sheet.getByText(text, { exact: true })).toBeVisible()
    }
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(sheet).toBeHidden()

    // "/" opens search; "?" typed into a field is text.
    await page.keyboard.press('/')
    await expect(page).toHaveURL(/\/search/)
    await page.goto('/sharing')
    const field = page.getByRole('textbox', { name: 'Link or share code' })
    await field.click()
    await page.keyboard.type('?')
    await expect(field).toHaveValue('?')
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0)
  })

  test('on a phone it is in the Settings panel, and in Hebrew it speaks Hebrew', async ({ page }) => {
    await page.setViewportSize(phone)
    await openDemo(page, '/albums')
    await chooseLanguage(page, 'עברית')
    await page.getByRole('button', { name: 'הגדרות' }).click()
    await page.getByRole('button', { name: 'קיצורי מקלדת' }).click()
    const sheet = page.getByRole('dialog', { name: 'קיצורי מקלדת' })
    await expect(sheet).toBeVisible()
    await expect(sheet.getByText('בחירת הכול', { exact: true })).toBeVisible()
    // Right to left: "next" is the left arrow.
    const next = sheet.getByRole('term').filter({ hasText: 'התמונה הבאה' })
    await expect(next.locator('xpath=following-sibling::dd[1]')).toHaveText('←')
  })
})

/** Dispatches a drag of `files` (or of plain text) over the page and, optionally, the drop. */
async function dragOver(page: Page, kind: 'files' | 'text', drop: boolean) {
  await page.evaluate(
    async ({ kind, drop }) => {
      const dt = new DataTransfer()
      if (kind === 'files') {
        const bytes = await (await fetch('/demo-library/food-espresso.jpg')).blob()
        dt.items.add(new File([bytes], 'dropped-espresso.jpg', { type: 'image/jpeg' }))
      } else dt.setData('text/plain', 'just some text')
      const target = document.querySelector('main') ?? document.body
      target.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }))
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }))
      if (drop) target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    },
    { kind, drop },
  )
}

test('files dropped on any page go to the upload; other drags are ignored', async ({ page }) => {
  await openDemo(page, '/albums')
  await resetDemo(page)
  await expect(page.getByRole('list', { name: 'Your albums' })).toBeVisible()
  await dragOver(page, 'text', false)
  await expect(page.getByRole('status').filter({ hasText: 'Drop to upload' })).toHaveCount(0)
  await dragOver(page, 'files', false)
  const overlay = page.getByRole('status').filter({ hasText: 'Drop to upload' })
  await expect(overlay).toBeVisible()
  await expect(overlay).toContainText('the Upload page shows their progress')
  await dragOver(page, 'files', true)
  await expect(page).toHaveURL(/\/upload$/)
  await expect(page.getByRole('heading', { level: 2, name: 'Uploads' })).toBeVisible()
  await expect(page.getByText('dropped-espresso.jpg')).toBeVisible()
})

test('a file dropped on the library at once, before the upload code has arrived, is uploaded to the library', async ({ page }) => {
  await openDemo(page, '/library')
  await resetDemo(page)
  await expect(page.getByRole('gridcell').first()).toBeVisible()
  await dragOver(page, 'files', true) // enter and drop in one go: the uploader loads on the drag
  const dock = page.getByRole('region', { name: 'Uploads' })
  await expect(dock.getByText('1 of 1 uploaded')).toBeVisible({ timeout: 30_000 })
})

test('Web Share Target: photos shared to the app open the upload page with those files', async ({ page }) => {
  test.setTimeout(120_000) // a full navigation through the service worker, twice
  await openDemo(page, '/library')
  await resetDemo(page)
  const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json())
  expect(manifest.share_target).toMatchObject({ action: './share-target', method: 'POST', enctype: 'multipart/form-data' })
  expect(manifest.share_target.params.files[0]).toEqual({ name: 'media', accept: ['image/*', 'video/*'] })
  // The system share sheet POSTs a multipart form to the share target; the service worker answers it.
  await shareToShoebox(page, [
    { name: 'shared-flower.jpg', type: 'image/jpeg' },
    { name: 'notes.txt', type: 'text/plain', text: 'not a photo' },
  ])
  await expect(page.getByText('shared-flower.jpg')).toBeVisible({ timeout: 30_000 })
  await expect(page).toHaveURL(/\/upload$/)
  await expect(page.getByText('notes.txt')).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: /1 of 1/ })).toBeVisible()
})

test('the install prompt has wide and narrow screenshots, and the page’s theme colour is the manifest’s', async ({ page }) => {
  await page.goto('/')
  const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json())
  const shots: { src: string; sizes: string; type: string; form_factor: string; label: string }[] = manifest.screenshots
  expect(shots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide'])
  for (const shot of shots) {
    const size = await page.evaluate(async (src) => {
      const res = await fetch(src)
      const bitmap = await createImageBitmap(await res.blob())
      return { type: res.headers.get('Content-Type'), size: `${bitmap.width}x${bitmap.height}` }
    }, `/${shot.src}`)
    expect(size).toEqual({ type: 'image/png', size: shot.sizes })
    expect(shot.label.length).toBeGreaterThan(10)
  }
  const light = await page.locator('meta[name="theme-color"][media="(prefers-color-scheme: light)"]').getAttribute('content')
  const dark = await page.locator('meta[name="theme-color"][media="(prefers-color-scheme: dark)"]').getAttribute('content')
  expect(light).toBe(manifest.theme_color)
  expect(dark).toBe(manifest.user_preferences.color_scheme_dark.theme_color)
})

test('the first load shows the app’s frame and the page’s skeleton while the page’s code arrives', async ({ page, context }) => {
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  await context.route(/\/assets\/AlbumsRoute-[^/]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  await page.goto('/albums')
  await expect(page.getByRole('navigation', { name: 'Main' }).first()).toBeVisible()
  await expect(page.getByRole('link', { name: 'Albums' }).first()).toBeVisible()
  await expect(page.getByRole('status', { name: 'Loading…' })).toBeVisible()
  release()
  await expect(page.getByRole('heading', { level: 1, name: 'Albums' })).toBeVisible({ timeout: 30_000 })
})
