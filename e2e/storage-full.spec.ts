// The demo's browser storage is full: a write is refused whole, the message says so and names the way out
// (Reset demo, free space), and once there is room the same action works. The emulator's storageFull switch makes
// its persistence throw QuotaExceededError, as a full IndexedDB does.
import { readFileSync } from 'node:fs'
import { test, expect, openDemo, api } from './helpers'

const STORAGE_FULL = /^The demo’s storage is full\. .*not saved.*Reset demo/

test.describe('demo storage full', () => {
  test.beforeEach(async ({ page }) => {
    await openDemo(page, '/albums')
    await api(page, '_emulator/reset', { body: {} })
    await page.reload()
  })
  test.afterEach(async ({ page }) => {
    await api(page, '_emulator/config', { body: { storageFull: false } })
  })

  test('a new album is refused whole with the storage message, and works once there is room', async ({ page }) => {
    await api(page, '_emulator/config', { body: { storageFull: true } })
    await page.getByRole('button', { name: 'New album' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'New album' })
    await dialog.getByRole('textbox', { name: 'Album title' }).fill('No room')
    await dialog.getByRole('button', { name: 'Create' }).click()
    await expect(dialog.getByText(STORAGE_FULL)).toBeVisible()
    await expect(dialog.getByText(/Internal error|had a problem/)).toHaveCount(0)
    // Nothing half-written: the server holds no such album.
    const listed = await api<{ albums?: { title?: string }[] }>(page, 'v1/albums?pageSize=50')
    expect(listed.albums?.map((a) => a.title)).not.toContain('No room')

    await api(page, '_emulator/config', { body: { storageFull: false } })
    await dialog.getByRole('button', { name: 'Create' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'No room' })).toBeVisible()
  })

  test('an upload says the storage is full and can be retried after freeing space', async ({ page }) => {
    await page.goto('/upload')
    await api(page, '_emulator/config', { body: { storageFull: true } })
    await page.locator('input[type=file]').setInputFiles([{ name: 'cups.jpg', mimeType: 'image/jpeg', buffer: readFileSync('public/demo-library/aarhus-colorful-cups.jpg') }])
    const queue = page.getByRole('region', { name: 'Uploads' })
    await expect(queue.getByText(/^The demo’s storage in this browser is full, so this file was not kept\./)).toBeVisible({ timeout: 30_000 })
    await api(page, '_emulator/config', { body: { storageFull: false } })
    await queue.getByRole('button', { name: 'Retry cups.jpg' }).click()
    await expect(queue.getByText('1 of 1 uploaded')).toBeVisible({ timeout: 30_000 })
  })
})
