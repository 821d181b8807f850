// Fault-injection journeys in Google mode against the Node emulator: the server acts and its answer is lost
// (a dropped connection after the request was handled), once for every write method. The app must end in the
// true state with the right message and never make a duplicate. The server's state is read back with a
// full-scope token and compared with what the user meant.
import { readFileSync } from 'node:fs'
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

test.beforeEach(async ({ page }) => {
  expect((await page.request.post(`${EMULATOR}/_emulator/reset`)).ok()).toBe(true)
  await page.request.delete(`${EMULATOR}/_emulator/faults`)
})
test.afterEach(async ({ page }) => {
  await page.request.delete(`${EMULATOR}/_emulator/faults`)
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

/** What a person saw go wrong, step by step. */
interface Seen {
  step: string
  message: string
}

/** The words the app may use for the faults injected here, and nothing else (no blame on the app-created rule). */
const FAULT_WORDS: Record<string, RegExp> = {
  quota: /^Google Photos is busy\. Too many requests were made in a short time\. Try again in \d+ seconds?\.$/,
  unavailable: /^Google Photos is temporarily unavailable\. It could not answer right now\. Nothing was lost; try again in a moment\.$/,
  unknown: /^Not confirmed\. The connection dropped before Google Photos answered, and Shoebox could not check whether it took effect\./,
}
const wordsFor = (message: string) => Object.entries(FAULT_WORDS).find(([, re]) => re.test(message.trim()))?.[0]

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
      const answered = page.waitForResponse((r) => r.request().method() === o.method && o.url.test(r.url()), { timeout: 60_000 })
      await action()
      await answered
      let outcome: 'done' | 'failed' | undefined
      await expect
        .poll(async () => (outcome = (await o.done()) ? 'done' : (await o.failed.count()) > 0 ? 'failed' : undefined), { timeout: 60_000, message: `${step}: an answer` })
        .toBeDefined()
      if (outcome === 'done') return
      const message = (await o.failed.last().innerText()).trim()
      seen.push({ step, message })
      if (wordsFor(message) === 'unknown' && o.applied && (await o.applied())) return
      action = o.again ?? o.act
    }
    throw new Error(`${step}: still failing after 10 attempts: ${JSON.stringify(seen)}`)
  }

  // 1. Three albums. Each opens when made; a failed create keeps the dialog and its title for another go.
  const titles = ['Harbour walks', 'Birthdays', 'Pets at home']
  const albumIds: string[] = []
  for (const title of titles) {
    await main.getByRole('link', { name: 'Albums' }).click()
    await expect(page.getByRole('list', { name: 'Your albums' }).or(page.getByText('No albums yet')).first()).toBeVisible()
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
      applied: async () => {
        await page.keyboard.press('Escape')
        await page.reload()
        const link = page.getByRole('list', { name: 'Your albums' }).getByRole('link', { name: new RegExp(`^${title}\\b`) })
        await expect(page.getByRole('list', { name: 'Your albums' })).toBeVisible()
        if (!(await link.isVisible())) return false
        await link.click()
        return true
      },
    })
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    albumIds.push(new URL(page.url()).pathname.split('/').pop()!)
  }
  console.log('albums', albumIds)
})
