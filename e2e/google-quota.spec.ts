// Google mode: an action that would spend a large share of what is left of today's allowance asks first,
// naming the estimate and what remains; Cancel starts nothing, Continue goes ahead.
import { readFileSync } from 'node:fs'
import { expect, expectNoAxeViolations, test } from './helpers'
import { signInThenStopIntercepting } from './support/gsi-stub'

const EMULATOR = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? 8787}`
const photo = readFileSync('packages/photos-emulator/src/seed/fixture/beach-sunset.jpg')

test.beforeEach(async ({ page }) => {
  expect((await page.request.post(`${EMULATOR}/_emulator/reset`)).ok()).toBe(true)
  await page.request.delete(`${EMULATOR}/_emulator/faults`)
})

test('uploading a batch late in a busy day asks first, with the estimate and what is left', async ({ page }) => {
  test.setTimeout(120_000)
  await signInThenStopIntercepting(page)
  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Upload' }).click()
  await expect(page.getByRole('button', { name: 'Choose files' })).toBeEnabled()

  // This browser has used 9 995 of today's 10 000 requests.
  await page.evaluate(() => localStorage.setItem('shoebox.quota.v1', JSON.stringify({ day: new Date().toISOString().slice(0, 10), api: 9995, media: 0 })))
  const files = Array.from({ length: 12 }, (_, i) => ({ name: `beach-${i + 1}.jpg`, mimeType: 'image/jpeg', buffer: photo }))
  const input = page.locator('input[type=file]')
  await input.setInputFiles(files)
  const ask = page.getByRole('dialog', { name: 'Use a large share of today’s allowance?' })
  await expect(ask).toContainText('This will make about 13 requests to Google Photos.')
  await expect(ask).toContainText(/About \d+ are left today for Shoebox in this browser\./)
  await expect(ask).toContainText('That is more than is left')
  await expectNoAxeViolations(page)
  await ask.getByRole('button', { name: 'Cancel' }).click()
  await expect(ask).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Uploads' })).toHaveCount(0)

  await input.setInputFiles(files)
  await ask.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('region', { name: 'Uploads' }).getByText('12 of 12 uploaded')).toBeVisible({ timeout: 60_000 })

  // On a fresh day the same batch goes straight ahead.
  await page.evaluate(() => localStorage.removeItem('shoebox.quota.v1'))
  await input.setInputFiles(files.slice(0, 11))
  await expect(page.getByRole('region', { name: 'Uploads' }).getByText('23 of 23 uploaded')).toBeVisible({ timeout: 60_000 })
  await expect(ask).toHaveCount(0)
})
