// "Add from Google Photos" in the demo: the emulator's picker (2025 rules: the Library API sees only what Shoebox
// created, the Picker sees everything) opened from an album, three phone photos imported into the album.
import { test, expect, type Page } from '@playwright/test'
import { expectNoAxeViolations, openDemo } from './helpers'

interface Item {
  id: string
  filename: string
  mimeType: string
}

async function api<T>(page: Page, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  return page.evaluate(
    async ({ path, init }) => {
      const res = await fetch(`/__emulator/${path}`, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers: { Authorization: 'Bearer demo', 'Content-Type': 'application/json' },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      })
      return (await res.json()) as T
    },
    { path, init },
  )
}

const libraryItems = async (page: Page) => (await api<{ mediaItems: Item[] }>(page, 'v1/mediaItems?pageSize=100')).mediaItems

test.describe('Add from Google Photos (demo)', () => {
  test.beforeEach(async ({ page }) => {
    await openDemo(page, '/albums')
    await api(page, '_emulator/reset', { body: {} })
  })
  test.afterEach(async ({ page }) => {
    // The profile outlives a reset: put the demo back the way every other spec expects it.
    await api(page, '_emulator/config', { body: { profile: 'legacy', usersWithoutPhotos: [] } })
    await api(page, '_emulator/faults', { method: 'DELETE' }) // a test that failed early leaves none queued
  })

  test('pick three photos the Library API cannot see, import them into an album, and re-picking one uploads nothing', async ({ page }) => {
    // Every thumbnail is decoded and resized inside the demo's service worker: slow on a busy machine.
    test.setTimeout(240_000)
    const everything = await libraryItems(page)
    await api(page, '_emulator/config', { body: { profile: '2025' } })
    const visible = new Set((await libraryItems(page)).map((m) => m.id))
    const hidden = everything.filter((m) => !visible.has(m.id) && m.mimeType.startsWith('image/'))
    const chosen = hidden.filter((m, i) => hidden.findIndex((o) => o.filename === m.filename) === i).slice(0, 3)
    const names = chosen.map((m) => m.filename)
    expect(names).toHaveLength(3)

    const { albums } = await api<{ albums: { id: string; title: string; isWriteable?: boolean }[] }>(page, 'v1/albums')
    const album = albums.find((a) => a.isWriteable)!
    const itemsIn = async () =>
      (await api<{ sequence: { kind: string }[] }>(page, `_emulator/albums/${album.id}/sequence`)).sequence.filter((e) => e.kind === 'mediaItem').length
    const before = await itemsIn()
    await page.goto(`/albums/${album.id}`)
    await expect(page.getByRole('heading', { level: 1, name: album.title })).toBeVisible()

    // The window opens in the click and shows Google's (the emulator's) picker.
    const popupOpened = page.waitForEvent('popup')
    await page.getByRole('button', { name: 'Add from Google Photos' }).click()
    const popup = await popupOpened
    await popup.waitForURL(/\/__emulator\/picker\/session\/[^/]+\/autoclose\?hl=en$/)
    await expect(popup.getByRole('heading', { name: /Select up to/ })).toBeVisible({ timeout: 30_000 })
    await expectNoAxeViolations(popup)
    for (const name of names) await popup.getByRole('checkbox', { name: new RegExp(`^Photo: ${name.replace(/[.]/g, '\\.')}, `) }).check()
    await expect(popup.getByRole('status')).toHaveText(/3 of \d+ selected/)
    const closed = popup.waitForEvent('close')
    await popup.getByRole('button', { name: 'Done' }).click()
    await closed

    const sheet = page.getByRole('dialog', { name: 'Add from Google Photos' })
    await expect(sheet.getByText('You picked 3 items.')).toBeVisible({ timeout: 30_000 })
    const picked = sheet.getByRole('list', { name: 'Picked items' }).getByRole('listitem')
    await expect(picked).toHaveCount(3)
    for (const name of names) await expect(picked.filter({ hasText: name })).toHaveCount(1)
    await expect(picked.locator('img[src^="blob:"]')).toHaveCount(3, { timeout: 60_000 })
    await expect(sheet.getByText(/count against your Google account storage/)).toBeVisible()
    await expect(sheet.getByRole('radio', { name: 'An album' })).toBeChecked()
    await expect(sheet.getByRole('combobox', { name: 'Choose an album' })).toHaveValue(album.id)
    await expectNoAxeViolations(page)
    await sheet.getByRole('button', { name: 'Import 3 items' }).click()
    await expect(sheet.getByText('3 of 3 imported.')).toBeVisible({ timeout: 90_000 })
    await sheet.getByRole('button', { name: 'Done' }).click()

    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: album.title })).toBeVisible()
    await expect(page.getByText(`${before + 3} items`, { exact: true })).toBeVisible()
    const grid = page.getByRole('grid', { name: 'Items in this album, in album order' })
    await expect(grid.getByRole('gridcell', { name: /^(Photo|Video), / })).toHaveCount(before + 3)
    expect(await itemsIn()).toBe(before + 3)

    // Picking one of them again offers the item already imported and uploads nothing.
    const uploads: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/v1/uploads')) uploads.push(request.url())
    })
    const again = page.waitForEvent('popup')
    await page.getByRole('button', { name: 'Add from Google Photos' }).click()
    const second = await again
    await second.waitForURL(/\/autoclose\?hl=en$/)
    // The library now also holds the imported copy under the same name: pick the original again.
    await second.getByRole('checkbox', { name: new RegExp(`^Photo: ${names[0].replace(/[.]/g, '\\.')}, `) }).and(second.locator(`[value="${chosen[0].id}"]`)).check()
    await second.getByRole('button', { name: 'Done' }).click()
    await expect(sheet.getByText('Already in your library', { exact: true })).toBeVisible({ timeout: 30_000 })
    await sheet.getByRole('button', { name: 'Add 1 item' }).click()
    await expect(sheet.getByText('1 item already in your library was added to the album.')).toBeVisible()
    expect(uploads).toEqual([])
    expect(await itemsIn()).toBe(before + 3)
  })

  test('closing the Google Photos window without pressing Done says so and offers to start again; picks made in the app still arrive', async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto('/upload')
    const popupOpened = page.waitForEvent('popup')
    await page.getByRole('button', { name: 'Add from Google Photos' }).click()
    const popup = await popupOpened
    await popup.waitForURL(/\/autoclose\?hl=en$/)
    const session = /\/picker\/session\/([^/?]+)/.exec(popup.url())![1]
    await popup.close()
    const sheet = page.getByRole('dialog', { name: 'Add from Google Photos' })
    await expect(sheet.getByRole('alert')).toHaveText(/closed before you pressed Done/, { timeout: 30_000 })
    await expect(sheet.getByRole('button', { name: 'Try again' })).toBeVisible()
    await expect(sheet.getByText('Still picking in the Google Photos app?', { exact: false })).toBeVisible()

    // On a phone the picker may have handed over to the Google Photos app, whose Done the page never sees: the
    // session is kept, and the pick arrives (the emulator's control route stands in for the app).
    const [first] = await libraryItems(page)
    await api(page, `_emulator/picker/sessions/${session}:pick`, { body: { mediaItemIds: [first.id] } })
    await expect(sheet.getByText('You picked 1 item.')).toBeVisible({ timeout: 30_000 })
    await expect(sheet.getByRole('alert')).toHaveCount(0)
  })

  test('after Done, a failure says what failed rather than that the window closed; a refused library lookup still shows the picks', async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto('/upload')
    const sheet = page.getByRole('dialog', { name: 'Add from Google Photos' })
    const pickOneAndPressDone = async (open: () => Promise<void>) => {
      const popupOpened = page.waitForEvent('popup')
      await open()
      const popup = await popupOpened
      await popup.waitForURL(/\/autoclose\?hl=en$/)
      await popup.getByRole('checkbox', { name: /^Photo: / }).first().check()
      const closed = popup.waitForEvent('close')
      await popup.getByRole('button', { name: 'Done' }).click()
      await closed // Google's page closes itself on Done (/autoclose): a closed window is the normal end
    }

    // Listing the picked items finds the session gone.
    await api(page, '_emulator/faults', { body: { queue: [{ status: 404, match: '/picker/v1/mediaItems' }] } })
    await pickOneAndPressDone(() => page.getByRole('button', { name: 'Add from Google Photos' }).click())
    await expect(sheet.getByRole('alert')).toHaveText(/no longer valid/, { timeout: 30_000 })

    // The lookup of picks already in the library is refused (a token without the Library's read permission):
    // the picks still show, ready to import.
    await api(page, '_emulator/faults', { body: { queue: [{ status: 403, match: 'mediaItems:batchGet' }] } })
    await pickOneAndPressDone(() => sheet.getByRole('button', { name: 'Try again' }).click())
    await expect(sheet.getByText('You picked 1 item.')).toBeVisible({ timeout: 30_000 })
    await expect(sheet.getByRole('alert')).toHaveCount(0)
  })

  test('an account without Google Photos set up is told so, and can start again once it is', async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto('/upload')
    await api(page, '_emulator/config', { body: { usersWithoutPhotos: ['demo'] } })
    const sheet = page.getByRole('dialog', { name: 'Add from Google Photos' })
    let popupOpened = page.waitForEvent('popup')
    await page.getByRole('button', { name: 'Add from Google Photos' }).click()
    const refused = await popupOpened
    await expect(sheet.getByRole('alert')).toHaveText(/may not have Google Photos set up/, { timeout: 30_000 })
    if (!refused.isClosed()) await refused.waitForEvent('close') // the window the click opened is not left behind

    await api(page, '_emulator/config', { body: { usersWithoutPhotos: [] } })
    popupOpened = page.waitForEvent('popup')
    await sheet.getByRole('button', { name: 'Try again' }).click()
    const popup = await popupOpened
    await popup.waitForURL(/\/autoclose\?hl=en$/)
    await expect(popup.getByRole('heading', { name: /Select up to/ })).toBeVisible({ timeout: 30_000 })
  })

  test('a blocked window, too many open sessions and a session that runs out each say so and offer a way on', async ({ page }) => {
    test.setTimeout(180_000)
    await page.goto('/upload')
    const button = page.getByRole('button', { name: 'Add from Google Photos' })
    const sheet = page.getByRole('dialog', { name: 'Add from Google Photos' })

    // The browser's popup blocker refuses the window: the sheet says so, and its button opens it with a new click.
    await page.evaluate(() => {
      const open = window.open.bind(window)
      window.open = () => {
        window.open = open
        return null
      }
    })
    await button.click()
    await expect(sheet.getByRole('alert')).toHaveText(/blocked the Google Photos window/)
    let popupOpened = page.waitForEvent('popup')
    await sheet.getByRole('button', { name: 'Open Google Photos' }).click()
    let popup = await popupOpened
    await popup.waitForURL(/\/autoclose\?hl=en$/)

    // The session's time runs out while the window is open: the window closes, the sheet says why, and the
    // session is deleted (an expired one that was not deleted would still answer).
    const sessionGone = async (uri: string) => {
      const id = /\/picker\/session\/([^/?]+)/.exec(uri)![1]
      await expect.poll(async () => (await api<{ error?: { code: number } }>(page, `picker/v1/sessions/${id}`)).error?.code).toBe(404)
    }
    const closed = popup.waitForEvent('close')
    const timedOut = popup.url()
    await api(page, '_emulator/clock/advance', { body: { ms: 31 * 60_000 } })
    await expect(sheet.getByRole('alert')).toHaveText(/took too long/, { timeout: 30_000 })
    await closed
    await sessionGone(timedOut)

    // Twenty sessions left open elsewhere: Google answers RESOURCE_EXHAUSTED.
    const opened: string[] = []
    for (let i = 0; i < 20; i++) opened.push((await api<{ id: string }>(page, 'picker/v1/sessions', { body: {} })).id)
    popupOpened = page.waitForEvent('popup')
    await sheet.getByRole('button', { name: 'Try again' }).click()
    popup = await popupOpened
    await expect(sheet.getByRole('alert')).toHaveText(/Too many Google Photos sessions are open/, { timeout: 30_000 })
    if (!popup.isClosed()) await popup.waitForEvent('close')
    for (const id of opened) await api(page, `picker/v1/sessions/${id}`, { method: 'DELETE' })
    popupOpened = page.waitForEvent('popup')
    await sheet.getByRole('button', { name: 'Try again' }).click()
    popup = await popupOpened
    await popup.waitForURL(/\/autoclose\?hl=en$/)
    await expect(popup.getByRole('heading', { name: /Select up to/ })).toBeVisible({ timeout: 30_000 })
    // Cancel closes the window and deletes the session.
    const cancelled = popup.url()
    const gone = popup.waitForEvent('close')
    await sheet.getByRole('button', { name: 'Cancel' }).click()
    await expect(sheet).toBeHidden()
    await gone
    await sessionGone(cancelled)
  })
})

test('five hundred picked photos: the sheet shows only the rows in view and fetches only their thumbnails', async ({ page }) => {
  test.setTimeout(180_000)
  await openDemo(page, '/upload')
  await page.evaluate(() =>
    fetch('/__emulator/_emulator/large-library', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ items: 600 }) }),
  )
  const ids: string[] = []
  let pageToken = ''
  while (ids.length < 500) {
    const page_ = await api<{ mediaItems: Item[]; nextPageToken?: string }>(page, `v1/mediaItems?pageSize=100${pageToken ? `&pageToken=${pageToken}` : ''}`)
    ids.push(...page_.mediaItems.map((m) => m.id))
    pageToken = page_.nextPageToken ?? ''
  }
  const thumbnails: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/picker/media/')) thumbnails.push(request.url())
  })

  const popupOpened = page.waitForEvent('popup')
  await page.getByRole('button', { name: 'Add from Google Photos' }).click()
  const popup = await popupOpened
  await popup.waitForURL(/\/autoclose\?hl=en$/)
  // The person picks 500 photos (the emulator's control route stands in for 500 clicks in Google's window).
  const session = /\/picker\/session\/([^/?]+)/.exec(popup.url())![1]
  await api(page, `_emulator/picker/sessions/${session}:pick`, { body: { mediaItemIds: ids.slice(0, 500) } })

  const sheet = page.getByRole('dialog', { name: 'Add from Google Photos' })
  await expect(sheet.getByText('You picked 500 items.')).toBeVisible({ timeout: 30_000 })
  const list = sheet.getByRole('list', { name: 'Picked items' })
  const rows = list.getByRole('listitem')
  await expect(rows.first()).toHaveAttribute('aria-setsize', '500')
  await expect(rows.locator('img[src^="blob:"]').first()).toBeVisible({ timeout: 60_000 })
  expect(await rows.count()).toBeLessThan(120)
  expect(thumbnails.length).toBeLessThan(120)

  // Scrolling to the end shows the last picked photo.
  await expect(async () => {
    await list.evaluate((el) => el.parentElement!.scrollTo(0, el.parentElement!.scrollHeight))
    await expect(list.locator('[aria-posinset="500"]')).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 30_000 })
  expect(await rows.count()).toBeLessThan(120)
  await expectNoAxeViolations(page)
})
