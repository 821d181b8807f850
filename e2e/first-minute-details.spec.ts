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

test('the notifications region is labelled in Hebrew and Chinese', async ({ page }) => {
  await openDemo(page, '/library')
  await expect(page.getByRole('region', { name: 'Notifications (Alt+T)' })).toBeAttached()
  await chooseLanguage(page, 'עברית')
  await expect(page.getByRole('region', { name: 'התראות (Alt+T)' })).toBeAttached()
  await chooseLanguage(page, '简体中文')
  await expect(page.getByRole('region', { name: '通知（Alt+T）' })).toBeAttached()
})
