// "Add from Google Photos" in Google mode against the Node emulator's Picker (/picker on the emulator's port), with
// Google's sign-in script replaced by the stand-in: the Picker scope is asked for inside the click, picked bytes
// are fetched with the bearer token, and the token never appears in a URL.
import { expect, test, type Page } from './helpers'
import { gsiRecord, recordRequests, stubGoogleSignIn } from './support/gsi-stub'

const EMULATOR = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? 8787}`
const PICKER_SCOPE = 'https://www.googleapis.com/auth/photospicker.mediaitems.readonly'

async function emulatorItems(page: Page): Promise<{ id: string; filename: string; mimeType: string }[]> {
  const res = await page.request.get(`${EMULATOR}/v1/mediaItems?pageSize=100`, { headers: { Authorization: 'Bearer demo' } })
  return ((await res.json()) as { mediaItems: { id: string; filename: string; mimeType: string }[] }).mediaItems
}

const setProfile = (page: Page, profile: 'legacy' | '2025') => page.request.post(`${EMULATOR}/_emulator/config`, { data: { profile } })

test.beforeEach(async ({ page }) => {
  await setProfile(page, 'legacy')
  expect((await page.request.post(`${EMULATOR}/_emulator/reset`)).ok()).toBe(true)
})

test.afterEach(async ({ page }) => {
  await setProfile(page, 'legacy')
})

test('the Picker scope is asked for in the click; picked bytes carry the bearer token; no token in any URL', async ({ page }) => {
  test.setTimeout(120_000)
  const everything = await emulatorItems(page)
  await setProfile(page, '2025')
  const visible = new Set((await emulatorItems(page)).map((m) => m.id))
  const names = [...new Set(everything.filter((m) => !visible.has(m.id) && m.mimeType.startsWith('image/')).map((m) => m.filename))].slice(0, 2)
  expect(names).toHaveLength(2)

  const seen = recordRequests(page)
  await stubGoogleSignIn(page.context())
  await page.goto('/')
  await page.getByRole('button', { name: 'Sign in with Google' }).click()
  await expect(page).toHaveURL(/\/library$/)

  const popups: Page[] = []
  page.on('popup', (p) => popups.push(p))
  await page.getByRole('button', { name: 'Add from Google Photos' }).click()
  const sheet = page.getByRole('dialog', { name: 'Add from Google Photos' })
  // Google's consent window used up that click, so the picker's window gets a click of its own (no popup blocker).
  await expect(sheet.getByRole('status')).toHaveText(/may now see the photos you pick/)
  const gsi = await gsiRecord(page)
  expect(gsi.requests).toHaveLength(2)
  expect(gsi.requests[1].scope.split(' ')).toContain(PICKER_SCOPE)
  expect(gsi.requests[1].clicked).toBe(true)
  expect(gsi.requests[1].includeGranted).toBe(true)
  expect(popups).toEqual([])
  const popupOpened = page.waitForEvent('popup')
  await sheet.getByRole('button', { name: 'Open Google Photos' }).click()
  const popup = await popupOpened
  await popup.waitForURL(new RegExp(`/picker/session/[^/]+/autoclose\\?hl=en$`))

  for (const name of names) await popup.getByRole('checkbox', { name: new RegExp(`^Photo: ${name.replace(/[.]/g, '\\.')}, `) }).check()
  const closed = popup.waitForEvent('close')
  await popup.getByRole('button', { name: 'Done' }).click()
  await closed

  await expect(sheet.getByText('You picked 2 items.')).toBeVisible({ timeout: 30_000 })
  await expect(sheet.getByRole('list', { name: 'Picked items' }).locator('img[src^="blob:"]')).toHaveCount(2, { timeout: 30_000 })
  await expect(sheet.getByRole('radio', { name: 'Library only' })).toBeChecked()
  await sheet.getByRole('button', { name: 'Import 2 items' }).click()
  await expect(sheet.getByText('2 of 2 imported.')).toBeVisible({ timeout: 60_000 })

  // The imported copies are app-created: the 2025 Library API now lists them.
  const after = await emulatorItems(page)
  for (const name of names) expect(after.filter((m) => m.filename === name)).toHaveLength(1)

  const token = gsi.issued[1]
  const bytes = seen.filter((s) => s.url.startsWith(`${EMULATOR}/picker/media/`) && s.method === 'GET')
  expect(bytes.some((s) => s.url.endsWith('=d'))).toBe(true)
  expect(bytes.filter((s) => s.authorization !== `Bearer ${token}`).map((s) => s.url)).toEqual([])
  const pickerApi = seen.filter((s) => s.url.startsWith(`${EMULATOR}/picker/v1/`) && s.method !== 'OPTIONS')
  expect(pickerApi.length).toBeGreaterThan(2)
  expect(pickerApi.filter((s) => s.authorization !== `Bearer ${token}`).map((s) => s.url)).toEqual([])
  // The picking page itself is Google's: it never gets the app's token.
  expect(seen.filter((s) => s.url.includes('/picker/session/')).every((s) => s.authorization === undefined)).toBe(true)
  for (const issued of gsi.issued) {
    expect(seen.filter((s) => s.url.includes(issued) || decodeURIComponent(s.url).includes(issued)).map((s) => s.url)).toEqual([])
  }
  expect(seen.filter((s) => /access_token=/.test(s.url)).map((s) => s.url)).toEqual([])
  // The session was deleted once the items were copied.
  expect(seen.some((s) => s.method === 'DELETE' && s.url.startsWith(`${EMULATOR}/picker/v1/sessions/`))).toBe(true)
})
