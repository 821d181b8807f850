// Small things a new user meets in the first minutes: labels in their language, keyboard order, clear feedback.
import { test, expect, openDemo, chooseLanguage } from './helpers'

test('the New album dialog: Tab meets the close button first, then the title, Cancel and Create', async ({ page }) => {
  await openDemo(page, '/albums')
  await page.getByRole('button', { name: 'New album' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New album' })
  await expect(dialog).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('textbox', { name: 'Album title' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Create' })).toBeFocused()
  // Round again: still inside the dialog, the close button first.
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()
})

test('the notifications region is labelled in Hebrew and Chinese, and menus read right to left in Hebrew', async ({ page }) => {
  await openDemo(page, '/library')
  // The region appears with the first toast: switching the demo's API rules raises one.
  await page.getByRole('button', { name: 'Demo' }).click()
  await page.getByRole('menuitem', { name: 'Since 2025: only Shoebox’s own photos, no sharing' }).click()
  await expect(page.getByText('The demo now follows Google’s rules since 2025.')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Notifications (Alt+T)' })).toBeAttached()
  await chooseLanguage(page, 'עברית')
  await expect(page.getByRole('region', { name: 'התראות (Alt+T)' })).toBeAttached()
  // react-aria's menus follow the app's language, not the browser's (English here): Hebrew reads right to left.
  await page.getByRole('button', { name: 'הדגמה' }).click()
  await expect(page.getByRole('menu', { name: 'הדגמה' })).toHaveCSS('direction', 'rtl')
  await page.keyboard.press('Escape')
  await chooseLanguage(page, '简体中文')
  await expect(page.getByRole('region', { name: '通知（Alt+T）' })).toBeAttached()
})

test('the demo badge and the phone settings open from the keyboard and give focus back; their code waits for them', async ({ page }) => {
  const laterCode: string[] = []
  page.on('request', (r) => {
    if (/\/assets\/(DemoMenu|SettingsPopover|DropUploader)-/.test(r.url())) laterCode.push(r.url())
  })
  await openDemo(page, '/library')
  await expect(page.getByRole('gridcell').first().locator('img')).toBeVisible()
  expect(laterCode).toEqual([]) // the first screen does not download the menus, nor the uploader for dropped files

  const badge = page.getByRole('button', { name: 'Demo', exact: true })
  await badge.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('menu', { name: 'Demo' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu')).toHaveCount(0)
  await expect(badge).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('menu', { name: 'Demo' })).toBeVisible()
  await page.keyboard.press('Escape')

  await page.setViewportSize({ width: 390, height: 844 })
  const settings = page.getByRole('button', { name: 'Settings' })
  await settings.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: 'Settings' })).toHaveCount(0)
  await expect(settings).toBeFocused()

  // Files dragged over the page fetch the uploader (they are dropped much later than it arrives).
  await page.evaluate(() => {
    const files = new DataTransfer()
    files.items.add(new File(['x'], 'dragged.jpg', { type: 'image/jpeg' }))
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: files, bubbles: true, cancelable: true }))
    window.dispatchEvent(new DragEvent('dragleave', { dataTransfer: files, bubbles: true, cancelable: true }))
  })
  await expect.poll(() => laterCode.filter((url) => /\/DropUploader-/.test(url)).length).toBe(1)
})
