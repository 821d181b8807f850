// Photos shared to the installed app (Web Share Target) before any mode was chosen: the welcome says they wait,
// and after the choice the upload page opens with them. Google build: without a choice there is no mode yet.
import { expect, shareToShoebox, test } from './helpers'
import { GSI_URL, stubGoogleSignIn } from './support/gsi-stub'

const EMULATOR = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? 8787}`

test.beforeEach(async ({ page }) => {
  expect((await page.request.post(`${EMULATOR}/_emulator/reset`)).ok()).toBe(true)
})

test('a share received before the welcome’s choice waits, and after signing in opens on the upload page', async ({ page }) => {
  test.setTimeout(120_000) // navigations through the service worker and an upload, on a loaded machine
  await stubGoogleSignIn(page.context())
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Shoebox' })).toBeVisible()
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)

  await shareToShoebox(page, [{ name: 'shared-before-welcome.jpg', type: 'image/jpeg' }])
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Shoebox' })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('status').filter({ hasText: 'Photos shared to Shoebox are waiting' })).toBeVisible()
  await expect(page).toHaveURL(/\/\?next=/)

  await page.getByRole('button', { name: 'Sign in with Google' }).click()
  await expect(page).toHaveURL(/\/upload$/)
  // Stop intercepting Google's script: a route would carry the upload's bytes through the test driver.
  await page.context().unroute(`${GSI_URL}**`)
  const queue = page.getByRole('region', { name: 'Uploads' })
  await expect(queue.getByText('shared-before-welcome.jpg')).toBeVisible()
  await expect(queue.getByText('1 of 1 uploaded')).toBeVisible({ timeout: 60_000 })
  // The files were taken: opening "/" again goes on to the library, with nothing shared waiting.
  await page.goto('/')
  await expect(page).toHaveURL(/\/library$/)
})

test('a link opened before the choice opens after “Explore the demo”; a link to another site is not followed', async ({ page }) => {
  await page.goto('/albums')
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Shoebox' })).toBeVisible()
  // Nothing was shared: no note about waiting photos.
  await expect(page.getByText('Photos shared to Shoebox are waiting')).toHaveCount(0)
  await page.getByRole('button', { name: 'Explore the demo' }).click()
  await expect(page).toHaveURL(/\/albums$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Albums' })).toBeVisible({ timeout: 30_000 })

  await page.goto('/welcome?next=%2F%2Fexample.com%2F')
  await page.getByRole('button', { name: 'Explore the demo' }).click()
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/library$/)
})
