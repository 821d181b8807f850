// Fault-injection journeys in Google mode against the Node emulator: the server acts and its answer is lost
// (a dropped connection after the request was handled), once for every write method. The app must end in the
// true state with the right message and never make a duplicate. The server's state is read back with a
// full-scope token and compared with what the user meant.
import { readdirSync, readFileSync } from 'node:fs'
import { expect, test, type Locator, type Page } from './helpers'
import { signInThenStopIntercepting } from './support/gsi-stub'

const EMULATOR = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? 8787}`
/** A token without `;scopes=` has every scope: the test's own view of the server, not the user's. */
const FULL = { Authorization: 'Bearer demo' }

interface Album {
  id: string
  title?: string
  coverPhotoMediaItemId?: string
}
interface MediaItem {
  id: string
  description?: string
  filename?: string
}

async function dropNext(page: Page, match: string, method: string) {
  const res = await page.request.post(`${EMULATOR}/_emulator/faults`, { data: { queue: [{ kind: 'drop', match, method }] } })
  expect(res.ok()).toBe(true)
}

/** The queued fault was used (so the step really ran against a lost answer). */
async function expectFaultUsed(page: Page) {
  const res = await page.request.get(`${EMULATOR}/_emulator/faults`)
  expect(((await res.json()) as { queue: unknown[] }).queue).toEqual([])
}

async function serverAlbums(page: Page): Promise<Album[]> {
  const res = await page.request.get(`${EMULATOR}/v1/albums?pageSize=50&excludeNonAppCreatedData=true`, { headers: FULL })
  return ((await res.json()) as { albums?: Album[] }).albums ?? []
}

async function serverAlbumItems(page: Page, albumId: string): Promise<MediaItem[]> {
  const res = await page.request.post(`${EMULATOR}/v1/mediaItems:search`, { headers: FULL, data: { albumId, pageSize: 100 } })
  return ((await res.json()) as { mediaItems?: MediaItem[] }).mediaItems ?? []
}

async function serverSequence(page: Page, albumId: string): Promise<{ kind: string }[]> {
  const res = await page.request.get(`${EMULATOR}/_emulator/albums/${albumId}/sequence`)
  return ((await res.json()) as { sequence: { kind: string }[] }).sequence
}

// Google today (the 2025 profile): the scopes Google mode asks for are 2025's, which the legacy profile's method
// table does not all accept (removing from an album needed the full `photoslibrary` scope then).
const setProfile = (page: Page, profile: 'legacy' | '2025') => page.request.post(`${EMULATOR}/_emulator/config`, { data: { profile } })

test.beforeEach(async ({ page }) => {
  expect((await page.request.post(`${EMULATOR}/_emulator/reset`)).ok()).toBe(true)
  expect((await setProfile(page, '2025')).ok()).toBe(true)
  await page.request.delete(`${EMULATOR}/_emulator/faults`)
})
test.afterEach(async ({ page }) => {
  await page.request.delete(`${EMULATOR}/_emulator/faults`)
  // The profile outlives a reset: put back the one every other spec expects.
  await setProfile(page, 'legacy')
})

test('every write whose answer is lost after the server acted ends in the true state, once', async ({ page }) => {
  test.setTimeout(150_000)
  await signInThenStopIntercepting(page)
  const main = page.getByRole('navigation', { name: 'Main' }).first()

  // albums.create: the album is made, the answer lost. The app finds it and opens it; no second album.
  await main.getByRole('link', { name: 'Albums' }).click()
  await expect(page.getByRole('list', { name: 'Your albums' })).toBeVisible()
  await dropNext(page, '/v1/albums', 'POST')
  await page.getByRole('button', { name: 'New album' }).first().click()
  const create = page.getByRole('dialog', { name: 'New album' })
  await create.getByRole('textbox', { name: 'Album title' }).fill('Lost answers')
  await create.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Lost answers' })).toBeVisible()
  await expectFaultUsed(page)
  const made = (await serverAlbums(page)).filter((a) => a.title === 'Lost answers')
  expect(made).toHaveLength(1)
  const albumId = made[0]!.id

  // batchAddMediaItems: two photos added, the answer lost. The album shows them, each once.
  await dropNext(page, ':batchAddMediaItems', 'POST')
  await page.getByRole('button', { name: 'Add photos' }).first().click()
  const picker = page.getByRole('dialog', { name: 'Add photos to “Lost answers”' })
  const photos = picker.getByRole('grid').getByRole('gridcell', { name: /^Photo, / })
  await photos.nth(0).click()
  await photos.nth(1).click()
  await picker.getByRole('button', { name: 'Add 2 items' }).click()
  await expect(picker).toHaveCount(0)
  const grid = page.getByRole('grid', { name: 'Items in this album, in album order' })
  const cells = grid.getByRole('gridcell', { name: /^(Photo|Video), / })
  await expect(cells).toHaveCount(2)
  await expectFaultUsed(page)
  expect(await serverAlbumItems(page, albumId)).toHaveLength(2)

  // batchCreate (upload into the album): the item is made, the answer lost. The upload reconciles: one item.
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Upload from this device' }).click()
  await expect(page.getByRole('radio', { name: 'An album' })).toBeChecked()
  await dropNext(page, 'mediaItems:batchCreate', 'POST')
  await page.locator('input[type=file]').setInputFiles([{ name: 'cups.jpg', mimeType: 'image/jpeg', buffer: readFileSync('public/demo-library/aarhus-colorful-cups.jpg') }])
  const queue = page.getByRole('region', { name: 'Uploads' })
  await expect(queue.getByText('1 of 1 uploaded')).toBeVisible({ timeout: 60_000 })
  await expectFaultUsed(page)
  const afterUpload = await serverAlbumItems(page, albumId)
  expect(afterUpload).toHaveLength(3)
  expect(afterUpload.filter((m) => m.filename === 'cups.jpg')).toHaveLength(1)
  await page.getByRole('link', { name: 'Open the album' }).click()
  await expect(cells).toHaveCount(3)

  // batchRemoveMediaItems: one removed, the answer lost. The album shows two.
  await dropNext(page, ':batchRemoveMediaItems', 'POST')
  await cells.nth(0).click({ modifiers: ['Control'] })
  await page.getByRole('button', { name: 'Remove from album' }).click()
  await expect(cells).toHaveCount(2)
  await expectFaultUsed(page)
  expect(await serverAlbumItems(page, albumId)).toHaveLength(2)

  // albums.patch (title): renamed, the answer lost. The heading shows the new title.
  await dropNext(page, `/v1/albums/${albumId}`, 'PATCH')
  await page.getByRole('button', { name: 'More options' }).click()
  await page.getByRole('menuitem', { name: 'Rename album' }).click()
  const rename = page.getByRole('dialog', { name: 'Rename album' })
  await rename.getByRole('textbox', { name: 'Album title' }).fill('Found answers')
  await rename.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Found answers' })).toBeVisible()
  await expectFaultUsed(page)
  expect((await serverAlbums(page)).filter((a) => a.id === albumId).map((a) => a.title)).toEqual(['Found answers'])

  // albums.patch (cover): set, the answer lost. The app says it was changed.
  const items = await serverAlbumItems(page, albumId)
  await dropNext(page, `/v1/albums/${albumId}`, 'PATCH')
  await cells.nth(1).click({ modifiers: ['Control'] })
  await page.getByRole('button', { name: 'Set as album cover' }).click()
  await expect(page.getByText('The album cover was changed.')).toBeVisible()
  await expectFaultUsed(page)
  const album = (await page.request.get(`${EMULATOR}/v1/albums/${albumId}`, { headers: FULL }).then((r) => r.json())) as Album
  expect(album.coverPhotoMediaItemId).toBe(items[1]!.id)
  await page.keyboard.press('Escape')

  // mediaItems.patch (description): saved, the answer lost. The viewer says Saved; the server holds it.
  await cells.nth(0).click()
  const viewer = page.getByRole('dialog')
  await viewer.getByRole('button', { name: 'Info' }).click()
  await dropNext(page, '/v1/mediaItems/', 'PATCH')
  await viewer.getByRole('textbox', { name: 'Description' }).fill('Cups in Aarhus')
  await viewer.getByRole('button', { name: 'Save' }).click()
  await expect(viewer.getByText('Saved')).toBeVisible()
  await expectFaultUsed(page)
  expect((await serverAlbumItems(page, albumId)).filter((m) => m.description === 'Cups in Aarhus')).toHaveLength(1)
  await page.keyboard.press('Escape')
  await expect(viewer).toHaveCount(0)

  // addEnrichment: added, the answer lost. The API cannot list enrichments, so the app says it may have been
  // added and keeps Add off; nothing is added twice unless the user explicitly asks.
  await dropNext(page, ':addEnrichment', 'POST')
  await page.getByRole('button', { name: 'Add at the start' }).click()
  const composer = page.getByRole('dialog', { name: 'Add to the album’s story' })
  await composer.getByRole('textbox', { name: 'Text' }).fill('Day one')
  await composer.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(composer.getByRole('alert')).toContainText('it may have been added. Google Photos gives no way to check')
  await expect(composer.getByRole('button', { name: 'Add', exact: true })).toBeDisabled()
  await expectFaultUsed(page)
  expect((await serverSequence(page, albumId)).filter((e) => e.kind === 'enrichment')).toHaveLength(1)
})

// ---- The journey under random faults -------------------------------------------------------------------------------

/** 20 % of API and upload requests fail: 5 % each of a per-minute 429, a 500, a 503 and a dropped answer. */
const JOURNEY_SEED = 2026
const JOURNEY_FAULTS = { rate429: 0.05, rate500: 0.05, rate503: 0.05, rateDrop: 0.05, retryAfter: 1, seed: JOURNEY_SEED }
const FIXTURE = 'packages/photos-emulator/src/seed/fixture'

interface Injected {
  kind: number | 'drop'
  method: string
  path: string
}

/** What a person saw go wrong, step by step, and the fault the emulator injected into that write (if any). */
interface Seen {
  step: string
  message: string
  fault?: Injected['kind']
}

/**
 * The words the app may use for the faults injected here (429, 500, 503, a dropped answer), by cause; a message
 * that matches none (e.g. one blaming the app-created rule, or calling the request invalid) fails the test.
 */
const FAULT_WORDS = {
  quota: /Google Photos is busy\. Too many requests were made in a short time\. Try again in \d+ seconds?\./,
  unavailable: /Google Photos is temporarily unavailable\. It could not answer right now\. Nothing was lost; try again in a moment\./,
  unknown: /^Not confirmed\. The connection dropped before Google Photos answered, and Shoebox could not check whether it took effect\./,
  unknownAfterError: /^Not confirmed\. Google Photos answered with an error after the request went out, and Shoebox could not check/,
  enrichmentDropped: /^The connection dropped before Google Photos answered, so it may have been added\. Google Photos gives no way to check/,
  enrichmentAfterError: /^Google Photos answered with an error after the request went out, so it may have been added\. Google Photos gives no way to check/,
  uploadQuota: /^Google Photos is limiting uploads right now\. Try again later\.$/,
  uploadServer: /^Google Photos had a problem with this file\. Try again\.$/,
  uploadNetwork: /^The connection was lost\. Try again when you are online\.$/,
  uploadUnknown: /^It is not certain whether this file was added\. Check your library before trying again\.$/,
} as const
type FaultWords = keyof typeof FAULT_WORDS
const wordsFor = (message: string) => (Object.keys(FAULT_WORDS) as FaultWords[]).find((k) => FAULT_WORDS[k].test(message.trim()))

async function injectedFaults(page: Page): Promise<Injected[]> {
  const res = await page.request.get(`${EMULATOR}/_emulator/faults`)
  return ((await res.json()) as { injected: Injected[] }).injected
}

async function serverLibrary(page: Page): Promise<MediaItem[]> {
  const all: MediaItem[] = []
  let pageToken: string | undefined
  do {
    const res = await page.request.get(`${EMULATOR}/v1/mediaItems?pageSize=100${pageToken ? `&pageToken=${pageToken}` : ''}`, { headers: FULL })
    const body = (await res.json()) as { mediaItems?: MediaItem[]; nextPageToken?: string }
    all.push(...(body.mediaItems ?? []))
    pageToken = body.nextPageToken
  } while (pageToken)
  return all
}

test('a whole session under 20 % random faults: nothing lost, nothing doubled, every message true to its cause', async ({ page }) => {
  test.setTimeout(300_000)
  const seen: Seen[] = []
  await signInThenStopIntercepting(page)
  const albumsBefore = (await serverAlbums(page)).length
  expect((await page.request.post(`${EMULATOR}/_emulator/faults`, { data: { config: JOURNEY_FAULTS } })).ok()).toBe(true)
  const main = page.getByRole('navigation', { name: 'Main' }).first()

  /**
   * Does one write the way a person would: acts, waits for the answer to the write (`url`, `method`), then for
   * the app's word on it: `done`, or a failure in `failed`. A failure is read and recorded, then the person tries
   * again with `again` (the same button; the dialog kept what was typed). "Not confirmed" sends them to look
   * first (`applied`): only if the change is not there do they do it again.
   */
  async function write(step: string, o: {
    act: () => Promise<void>
    again?: () => Promise<void>
    url: RegExp
    method: string
    done: () => Promise<boolean>
    failed: Locator
    applied?: () => Promise<boolean>
  }) {
    let action = o.act
    for (let attempt = 0; attempt < 10; attempt++) {
      const before = (await injectedFaults(page)).length
      const sent = page.waitForRequest((r) => r.method() === o.method && o.url.test(r.url()), { timeout: 60_000 })
      await action()
      // Its answer, or the failure of a dropped one.
      await (await sent).response().catch(() => null)
      let outcome: 'done' | 'failed' | undefined
      await expect
        .poll(async () => (outcome = (await o.done()) ? 'done' : (await o.failed.count()) > 0 ? 'failed' : undefined), { timeout: 60_000, message: `${step}: an answer` })
        .toBeDefined()
      if (outcome === 'done') return
      const message = (await o.failed.last().innerText()).trim()
      const mine = (await injectedFaults(page)).slice(before).filter((f) => f.method === o.method && o.url.test(f.path))
      seen.push({ step, message, fault: mine.at(-1)?.kind })
      const cause = wordsFor(message)
      if (cause && /^(unknown|enrichment)/.test(cause) && o.applied && (await o.applied())) return
      action = o.again ?? o.act
    }
    throw new Error(`${step}: still failing after 10 attempts: ${JSON.stringify(seen)}`)
  }

  const toasts = page.locator('[data-sonner-toast]')
  /** Toasts of earlier steps gone (they leave by themselves), so the next one read is this step's. */
  const noToasts = () => expect(toasts).toHaveCount(0, { timeout: 20_000 })
  const grid = page.getByRole('grid', { name: 'Items in this album, in album order' })
  const cells = grid.getByRole('gridcell', { name: /^(Photo|Video), / })

  async function openAlbum(title: string) {
    await main.getByRole('link', { name: 'Albums' }).click()
    await page.getByRole('list', { name: 'Your albums' }).getByRole('link', { name: new RegExp(`^${title}\\b`) }).click()
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  }

  // 1. Three albums. Each opens when made; a failed create keeps the dialog and its title for another go.
  const titles = ['Harbour walks', 'Birthdays', 'Pets at home']
  for (const title of titles) {
    await main.getByRole('link', { name: 'Albums' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Albums' })).toBeVisible()
    const dialog = page.getByRole('dialog', { name: 'New album' })
    await write(`create “${title}”`, {
      act: async () => {
        await page.getByRole('button', { name: 'New album' }).first().click()
        await dialog.getByRole('textbox', { name: 'Album title' }).fill(title)
        await dialog.getByRole('button', { name: 'Create' }).click()
      },
      again: () => dialog.getByRole('button', { name: 'Create' }).click(),
      url: /\/v1\/albums$/,
      method: 'POST',
      done: () => page.getByRole('heading', { level: 1, name: title }).isVisible(),
      failed: dialog.getByRole('alert'),
      // "Not confirmed": look at the albums first; open it if it is there.
      applied: async () => {
        await page.keyboard.press('Escape')
        await page.reload()
        const list = page.getByRole('list', { name: 'Your albums' })
        await expect(list).toBeVisible()
        const link = list.getByRole('link', { name: new RegExp(`^${title}\\b`) })
        if (!(await link.isVisible())) return false
        await link.click()
        return true
      },
    })
  }

  // 2. Ten files into the library. The queue retries what it can by itself; what it gives up on shows a reason
  //    and a Retry, which the person presses until every file is in.
  const files = readdirSync(FIXTURE)
    .sort()
    .map((name, i) => ({ name: `journey-${String(i + 1).padStart(2, '0')}-${name}`, mimeType: name.endsWith('.mp4') ? 'video/mp4' : 'image/jpeg', buffer: readFileSync(`${FIXTURE}/${name}`) }))
  expect(files).toHaveLength(10)
  await main.getByRole('link', { name: 'Upload' }).click()
  await page.locator('input[type=file]').setInputFiles(files)
  const queue = page.getByRole('region', { name: 'Uploads' })
  for (let round = 0; round < 10; round++) {
    const settled = queue.getByText('10 of 10 uploaded').or(queue.getByRole('button', { name: /^Retry / }))
    await expect(settled.first()).toBeVisible({ timeout: 90_000 })
    // Let every row finish before reading the reasons.
    await expect(queue.getByRole('progressbar')).toHaveCount(0, { timeout: 90_000 })
    const retry = queue.getByRole('button', { name: /^Retry / })
    if ((await retry.count()) === 0) break
    for (const row of await queue.getByRole('listitem').filter({ has: retry }).all()) {
      const name = (await row.getAttribute('aria-label')) ?? ''
      seen.push({ step: `upload ${name}`, message: (await row.locator('.text-red-700, .text-amber-700').first().innerText()).split('\n')[0]!.trim() })
      await row.getByRole('button', { name: `Retry ${name}` }).click()
    }
  }
  await expect(queue.getByText('10 of 10 uploaded')).toBeVisible()

  // 3. Photos into each album from the library: 3, 3 and 2.
  const picks: Record<string, number[]> = { 'Harbour walks': [0, 1, 2], Birthdays: [3, 4, 5], 'Pets at home': [6, 7] }
  for (const [title, indices] of Object.entries(picks)) {
    await openAlbum(title)
    const picker = page.getByRole('dialog', { name: `Add photos to “${title}”` })
    // Photos only: the uploaded video may still be processing, and such an item cannot be added yet.
    const photos = picker.getByRole('grid').getByRole('gridcell', { name: /^Photo, / })
    const addButton = picker.getByRole('button', { name: `Add ${indices.length} items` })
    await write(`add ${indices.length} to “${title}”`, {
      act: async () => {
        await page.getByRole('button', { name: 'Add photos' }).first().click()
        // The library's pages arrive while the picker opens: pick once the cells to pick are all there.
        await expect(photos.nth(Math.max(...indices))).toBeVisible()
        for (const i of indices) {
          await photos.nth(i).click()
          await expect(photos.nth(i)).toHaveAttribute('aria-selected', 'true')
        }
        await addButton.click()
      },
      again: () => addButton.click(),
      url: /:batchAddMediaItems$/,
      method: 'POST',
      done: async () => (await picker.count()) === 0,
      failed: picker.getByRole('alert'),
      applied: async () => {
        await page.keyboard.press('Escape')
        await page.reload()
        await expect(grid.or(page.getByText('This album is empty')).first()).toBeVisible()
        return (await cells.count()) === indices.length
      },
    })
    await expect(cells).toHaveCount(indices.length)
  }

  // 4. Descriptions on the first two photos of "Birthdays", in the viewer.
  await openAlbum('Birthdays')
  const viewer = page.getByRole('dialog')
  const descriptions = ['Cake on the table', 'Candles, all lit']
  for (const [i, text] of descriptions.entries()) {
    await cells.nth(i).click()
    const field = viewer.getByRole('textbox', { name: 'Description' })
    if (!(await field.isVisible())) await viewer.getByRole('button', { name: 'Info' }).click()
    const save = viewer.getByRole('button', { name: 'Save' })
    await write(`describe photo ${i + 1}`, {
      act: async () => {
        await field.fill(text)
        await save.click()
      },
      again: () => save.click(),
      url: /\/v1\/mediaItems\/[^/:]+$/,
      method: 'PATCH',
      done: () => viewer.getByText('Saved', { exact: true }).isVisible(),
      failed: viewer.getByRole('status').getByText(/Your text is still here\.$/),
    })
    await page.keyboard.press('Escape')
    await expect(viewer).toHaveCount(0)
  }

  // 5. One photo out of "Harbour walks" and one out of "Birthdays".
  for (const title of ['Harbour walks', 'Birthdays']) {
    await openAlbum(title)
    await expect(cells).toHaveCount(picks[title]!.length)
    const remove = page.getByRole('button', { name: 'Remove from album' })
    await write(`remove one from “${title}”`, {
      act: async () => {
        await noToasts()
        if (!(await remove.isVisible())) await cells.nth(0).click({ modifiers: ['Control'] })
        await remove.click()
      },
      url: /:batchRemoveMediaItems$/,
      method: 'POST',
      done: () => toasts.getByText('Removed 1 item from the album.').isVisible(),
      failed: page.locator('[data-sonner-toast][data-type="error"]'),
    })
    await expect(cells).toHaveCount(picks[title]!.length - 1)
  }

  // 6. Two albums renamed.
  const renames: [string, string][] = [['Harbour walks', 'Harbour walks, spring'], ['Pets at home', 'Pets, mostly the cat']]
  for (const [from, to] of renames) {
    await openAlbum(from)
    const dialog = page.getByRole('dialog', { name: 'Rename album' })
    await write(`rename “${from}”`, {
      act: async () => {
        await page.getByRole('button', { name: 'More options' }).click()
        await page.getByRole('menuitem', { name: 'Rename album' }).click()
        await dialog.getByRole('textbox', { name: 'Album title' }).fill(to)
        await dialog.getByRole('button', { name: 'Save' }).click()
      },
      again: () => dialog.getByRole('button', { name: 'Save' }).click(),
      url: /\/v1\/albums\/[^/:]+$/,
      method: 'PATCH',
      done: async () => (await dialog.count()) === 0 && (await page.getByRole('heading', { level: 1, name: to }).isVisible()),
      failed: dialog.getByRole('alert'),
    })
  }

  // 7. The story of "Pets, mostly the cat": a text at the start, a place and a map at the end. When the app
  //    cannot tell whether one was added, the person looks in Google Photos (here: the server's sequence) and adds
  //    it again only if it is not there.
  const pets = renames[1]![1]
  await openAlbum(pets)
  const petsId = new URL(page.url()).pathname.split('/').pop()!
  const composer = page.getByRole('dialog', { name: 'Add to the album’s story' })
  const addStory = composer.getByRole('button', { name: 'Add', exact: true })
  const story: { name: string; key: string; fill: () => Promise<void> }[] = [
    {
      name: 'text',
      key: 'textEnrichment',
      fill: async () => {
        await page.getByRole('button', { name: 'Add at the start' }).click()
        await composer.getByRole('textbox', { name: 'Text' }).fill('The cat, as always, first.')
      },
    },
    {
      name: 'place',
      key: 'locationEnrichment',
      fill: async () => {
        await page.getByRole('button', { name: 'Add at the end' }).click()
        await composer.getByText('Place', { exact: true }).click()
        await composer.getByRole('combobox', { name: 'Place name' }).pressSequentially('Pari')
        await page.getByRole('option', { name: 'Paris, France' }).click()
      },
    },
    {
      name: 'map',
      key: 'mapEnrichment',
      fill: async () => {
        await page.getByRole('button', { name: 'Add at the end' }).click()
        await composer.getByText('Map', { exact: true }).click()
        await composer.getByRole('group', { name: 'From' }).getByRole('combobox', { name: 'Place name' }).pressSequentially('Lisb')
        await page.getByRole('option', { name: 'Lisbon, Portugal' }).click()
        await composer.getByRole('group', { name: 'To' }).getByRole('combobox', { name: 'Place name' }).pressSequentially('Pari')
        await page.getByRole('option', { name: 'Paris, France' }).click()
      },
    },
  ]
  const enrichmentsOf = async (key: string) => (await serverSequence(page, petsId)).filter((e) => e.kind === 'enrichment' && JSON.stringify(e).includes(key)).length
  for (const { name, key, fill } of story) {
    let again = false
    await write(`story ${name}`, {
      act: async () => {
        if (again) await composer.getByRole('button', { name: 'Add again anyway' }).click()
        else if (await composer.isVisible()) await addStory.click()
        else {
          await fill()
          await addStory.click()
        }
      },
      url: /:addEnrichment$/,
      method: 'POST',
      done: async () => (await composer.count()) === 0,
      failed: composer.getByRole('alert'),
      applied: async () => {
        if ((await enrichmentsOf(key)) > 0) {
          await composer.getByRole('button', { name: 'Cancel' }).click()
          return true
        }
        again = true
        return false
      },
    })
  }

  // What the server holds is what the person meant: nothing lost, nothing twice.
  const injected = await injectedFaults(page)
  await page.request.delete(`${EMULATOR}/_emulator/faults`)
  const albums = await serverAlbums(page)
  expect(albums).toHaveLength(albumsBefore + 3)
  const finalTitles = ['Harbour walks, spring', 'Birthdays', 'Pets, mostly the cat']
  for (const title of finalTitles) expect(albums.filter((a) => a.title === title), title).toHaveLength(1)
  expect(albums.filter((a) => a.title === 'Harbour walks' || a.title === 'Pets at home')).toEqual([])

  const library = await serverLibrary(page)
  for (const f of files) expect(library.filter((m) => m.filename === f.name), f.name).toHaveLength(1)
  for (const text of descriptions) expect(library.filter((m) => m.description === text), text).toHaveLength(1)

  const expectedCounts: Record<string, number> = { 'Harbour walks, spring': 2, Birthdays: 2, 'Pets, mostly the cat': 2 }
  for (const album of albums.filter((a) => finalTitles.includes(a.title ?? ''))) {
    const items = await serverAlbumItems(page, album.id)
    expect(items, album.title).toHaveLength(expectedCounts[album.title!]!)
    expect(new Set(items.map((m) => m.id)).size).toBe(items.length)
  }
  const birthdays = await serverAlbumItems(page, albums.find((a) => a.title === 'Birthdays')!.id)
  expect(birthdays.filter((m) => m.description === descriptions[1])).toHaveLength(1) // the first photo was removed
  for (const { key } of story) expect(await enrichmentsOf(key), key).toBe(1)

  // Every failure the person read names the fault injected into that write: a 429 is "busy", a 500 or 503 is
  // "temporarily unavailable" (or, where the app could not check, an error answer), a drop is a dropped connection.
  // Upload rows are matched against the faults injected into uploads as a whole (files go in parallel).
  const causes: Record<string, readonly FaultWords[]> = {
    429: ['quota', 'uploadQuota'],
    500: ['unavailable', 'unknownAfterError', 'enrichmentAfterError', 'uploadServer', 'uploadUnknown'],
    503: ['unavailable', 'unknownAfterError', 'enrichmentAfterError', 'uploadServer', 'uploadUnknown'],
    drop: ['unknown', 'enrichmentDropped', 'uploadNetwork', 'uploadUnknown'],
  }
  const uploadFaults = new Set(injected.filter((f) => /\/v1\/(uploads|mediaItems:batchCreate)/.test(f.path)).map((f) => String(f.kind)))
  for (const { step, message, fault } of seen) {
    const cause = wordsFor(message)
    expect(cause, `${step}: “${message}” names no injected cause`).toBeDefined()
    const possible = step.startsWith('upload ') ? [...uploadFaults] : [String(fault)]
    expect(possible.some((k) => causes[k]?.includes(cause!)), `${step}: “${message}” after ${possible.join('/') || 'no fault'}`).toBe(true)
  }
  const kinds = new Set(injected.map((f) => f.kind))
  expect(injected.length).toBeGreaterThan(0)
  console.log(`journey: seed ${JOURNEY_SEED}, ${injected.length} faults injected (${[...kinds].join(', ')}), ${seen.length} messages read: ${JSON.stringify(seen)}`)
})
