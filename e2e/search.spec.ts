// Search journeys: build searches through the form and check the results against the demo library the emulator
// was seeded with (the emulator package's demo-library.json), never against hard-coded answers.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { test, expect, type Locator, type Page, type Response, expectNoAxeViolations, openDemo } from './helpers'

interface SeedItem {
  key: string
  creationTime: string
  mimeType: string
  categories: string[]
  favorite?: boolean
  archived?: boolean
}
const manifestPath = createRequire(import.meta.url).resolve('@shoebox/photos-emulator/demo-library.json')
const seed: SeedItem[] = JSON.parse(readFileSync(manifestPath, 'utf8')).items

const utc = (i: SeedItem) => new Date(i.creationTime)
/** What the emulator should answer: the library newest first, archived items only when asked for. */
function expected(match: (i: SeedItem) => boolean, options: { archived?: boolean; oldestFirst?: boolean } = {}): number[] {
  const times = seed
    .filter((i) => (options.archived || !i.archived) && match(i))
    .map((i) => Date.parse(i.creationTime))
    .sort((a, b) => b - a)
  return options.oldestFirst ? times.reverse() : times
}

interface SearchCall {
  body: Record<string, unknown>
  times: number[]
}

/** Records every mediaItems.search the page makes, with the creation times it got back (all pages joined). */
function recordSearches(page: Page): SearchCall[] {
  const calls: SearchCall[] = []
  page.on('response', async (res: Response) => {
    if (!res.url().includes('/v1/mediaItems:search') || res.request().method() !== 'POST') return
    const body = JSON.parse(res.request().postData() ?? '{}') as Record<string, unknown>
    const json = (await res.json().catch(() => ({}))) as { mediaItems?: { mediaMetadata?: { creationTime?: string } }[] }
    const times = (json.mediaItems ?? []).map((m) => Date.parse(m.mediaMetadata?.creationTime ?? ''))
    const { pageToken, pageSize: _size, ...request } = body
    const last = calls.at(-1)
    if (pageToken && last) last.times.push(...times)
    else calls.push({ body: request, times })
  })
  return calls
}

async function openSearch(page: Page, query = '') {
  await page.setViewportSize({ width: 1280, height: 800 })
  const calls = recordSearches(page)
  await openDemo(page, `/search${query}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
  return calls
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Waits until the page shows as many results as `times` holds, and a request (with body `request`, when given)
 * got exactly those items in that order. Searches seen before come from the cache, so it need not be the last.
 */
async function expectResults(page: Page, calls: SearchCall[], times: number[], request?: Record<string, unknown>) {
  const label = times.length === 1 ? '1 item' : `${times.length} items`
  await expect(page.getByRole('status').filter({ hasText: /items?$/ })).toHaveText(label)
  await expect
    .poll(() => calls.some((c) => (!request || same(c.body, request)) && same(c.times, times)), { message: JSON.stringify(calls.map((c) => c.body)) })
    .toBe(true)
}

/** React Aria radios and checkboxes hide their input under the label: press the label, as a user does. */
const press = (control: Locator) => control.locator('xpath=ancestor::label[1]').click()

const form = (page: Page) => page.getByRole('form', { name: 'Filters' })

test.describe('search', () => {
  test('a date range picked in the range calendar (with a jump to its year)', async ({ page }) => {
    const calls = await openSearch(page)
    await form(page).getByRole('button', { name: 'Add a range' }).click()
    await page.getByRole('menuitem', { name: 'Between two days', exact: true }).click()
    const range = form(page).getByRole('group', { name: 'Range 1' })
    // The menu hands focus back to its button as it closes: wait for that before going on.
    await expect(page.getByRole('menu')).toBeHidden()
    await range.getByRole('button', { name: /Calendar/ }).click()
    const calendar = page.getByRole('dialog')
    await calendar.getByRole('combobox', { name: 'Year' }).selectOption('2018')
    const heading = calendar.getByRole('heading')
    for (let i = 0; i < 12 && !/October 2018/.test((await heading.textContent()) ?? ''); i++) {
      await calendar.getByRole('button', { name: 'Previous' }).click()
    }
    await calendar.getByRole('button', { name: /October 1, 2018/ }).click()
    await calendar.getByRole('button', { name: /October 31, 2018/ }).click()
    await expect(page).toHaveURL(/range=2018-10-01\.\.2018-10-31/)
    const inOctober = (i: SeedItem) => utc(i) >= new Date('2018-10-01T00:00:00Z') && utc(i) < new Date('2018-11-01T00:00:00Z')
    await expectResults(page, calls, expected(inOctober), {
      filters: { dateFilter: { ranges: [{ startDate: { year: 2018, month: 10, day: 1 }, endDate: { year: 2018, month: 10, day: 31 } }] } },
    })
    await expect(page.getByRole('list', { name: 'Active filters' }).getByRole('button', { name: /Remove filter: Oct 1, 2018 – Oct 31, 2018/ })).toBeVisible()
  })

  test('a partial date: a month across years', async ({ page }) => {
    const calls = await openSearch(page)
    await form(page).getByRole('button', { name: 'Add a date' }).click()
    await page.getByRole('menuitem', { name: 'A month, in any year' }).click()
    await form(page).getByRole('group', { name: 'Date 1' }).getByRole('button', { name: /Month/ }).click()
    await page.getByRole('option', { name: 'July' }).click()
    await expect(page).toHaveURL(/date=--07/)
    await expectResults(page, calls, expected((i) => utc(i).getUTCMonth() === 6))
    // Years of the results: the month really is matched across years.
    expect(new Set(calls.at(-1)!.times.map((t) => new Date(t).getUTCFullYear())).size).toBeGreaterThan(1)
  })

  test('two included categories with one excluded', async ({ page }) => {
    const calls = await openSearch(page)
    const f = form(page)
    await f.getByRole('radiogroup', { name: 'Landscapes' }).getByRole('radio', { name: 'Include' }).click()
    await f.getByRole('radiogroup', { name: 'Pets' }).getByRole('radio', { name: 'Include' }).click()
    await f.getByRole('radiogroup', { name: 'Travel' }).getByRole('radio', { name: 'Exclude' }).click()
    await expect(page).toHaveURL(/include=landscapes,pets&exclude=travel/)
    const has = (i: SeedItem, c: string) => i.categories.includes(c)
    await expectResults(page, calls, expected((i) => (has(i, 'LANDSCAPES') || has(i, 'PETS')) && !has(i, 'TRAVEL')), {
      filters: { contentFilter: { includedContentCategories: ['LANDSCAPES', 'PETS'], excludedContentCategories: ['TRAVEL'] } },
    })
    // A category cannot be both: choosing Include for Travel moves it.
    await f.getByRole('radiogroup', { name: 'Travel' }).getByRole('radio', { name: 'Include' }).click()
    await expect(page).toHaveURL(/include=landscapes,pets,travel$/)
  })

  test('videos only, then favourites only', async ({ page }) => {
    const calls = await openSearch(page)
    await press(form(page).getByRole('radio', { name: 'Videos' }))
    await expect(page).toHaveURL(/type=videos/)
    await expectResults(page, calls, expected((i) => i.mimeType.startsWith('video/')), { filters: { mediaTypeFilter: { mediaTypes: ['VIDEO'] } } })
    await press(form(page).getByRole('radio', { name: 'All' }))
    await press(form(page).getByRole('checkbox', { name: 'Favourites only' }))
    await expect(page).toHaveURL(/\?favorites=1$/)
    await expectResults(page, calls, expected((i) => !!i.favorite), { filters: { featureFilter: { includedFeatures: ['FAVORITES'] } } })
  })

  test('archived items are left out unless included', async ({ page }) => {
    // Nothing is asked before a filter is chosen; photos only leaves archived photos out.
    const calls = await openSearch(page, '?type=photos')
    const photo = (i: SeedItem) => i.mimeType.startsWith('image/')
    const photos = { mediaTypeFilter: { mediaTypes: ['PHOTO'] } }
    await expectResults(page, calls, expected(photo), { filters: photos })
    await press(form(page).getByRole('checkbox', { name: 'Include archived items' }))
    await expect(page).toHaveURL(/archived=1/)
    await expectResults(page, calls, expected(photo, { archived: true }), { filters: { ...photos, includeArchivedMedia: true } })
    expect(seed.some((i) => i.archived && photo(i))).toBe(true)
  })

  test('oldest first is offered only with a date filter, and orders the results', async ({ page }) => {
    const calls = await openSearch(page)
    const order = form(page).getByRole('radiogroup', { name: 'Order' })
    await expect(order.getByRole('radio', { name: 'Oldest first' })).toBeDisabled()
    await expect(form(page).getByText('Sorting by date is available once a date or range is chosen.')).toBeVisible()
    await form(page).getByRole('button', { name: 'Add a date' }).click()
    await page.getByRole('menuitem', { name: 'A whole year' }).click()
    const year = form(page).getByRole('group', { name: 'Date 1' }).getByRole('textbox', { name: 'Year' })
    await year.fill('2018')
    await year.press('Enter')
    await expect(page).toHaveURL(/date=2018/)
    await press(order.getByRole('radio', { name: 'Oldest first' }))
    await expect(page).toHaveURL(/order=oldest/)
    await expectResults(page, calls, expected((i) => utc(i).getUTCFullYear() === 2018, { oldestFirst: true }), {
      filters: { dateFilter: { dates: [{ year: 2018 }] } },
      orderBy: 'MediaMetadata.creation_time',
    })
    // Adding a filter the API refuses beside orderBy: said next to the order, nothing is sent.
    const sent = calls.length
    await press(form(page).getByRole('checkbox', { name: 'Favourites only' }))
    await expect(form(page).getByText('Oldest first can’t be combined with content, media type or favourites.')).toBeVisible()
    await form(page).getByRole('button', { name: 'Use newest first' }).click()
    await expect(page).not.toHaveURL(/order=oldest/)
    await expect.poll(() => calls.length).toBeGreaterThan(sent)
    expect(calls.slice(sent).every((c) => !('orderBy' in c.body))).toBe(true)
  })

  test('album-scoped search sends the album only and says filters are paused', async ({ page }) => {
    const calls = await openSearch(page, '?favorites=1')
    // The albums are asked for only when the album choice is used.
    const albumsResponse = page.waitForResponse((r) => /\/v1\/albums(\?|$)/.test(r.url()) && r.request().method() === 'GET')
    await form(page).getByRole('button', { name: /Search in/ }).click()
    const { albums } = (await (await albumsResponse).json()) as { albums: { id: string; title: string; mediaItemsCount?: string }[] }
    const album = albums.find((a) => Number(a.mediaItemsCount ?? 0) > 0)!
    await page.getByRole('option', { name: album.title }).click()
    await expect(page).toHaveURL(new RegExp(`album=${album.id}`))
    await expect(form(page).getByText(/the filters below are paused/)).toBeVisible()
    await expect(form(page).getByText('1 filter is paused.')).toBeVisible()
    await expect(form(page).getByRole('checkbox', { name: 'Favourites only' })).toBeDisabled()
    await expect(page.getByRole('status').filter({ hasText: /items?$/ })).toHaveText(
      Number(album.mediaItemsCount) === 1 ? '1 item' : `${album.mediaItemsCount} items`,
    )
    await expect.poll(() => calls.at(-1)?.body).toEqual({ albumId: album.id })
    expect(calls.at(-1)?.times).toHaveLength(Number(album.mediaItemsCount))
    await form(page).getByRole('button', { name: 'Search the whole library instead' }).click()
    await expectResults(page, calls, expected((i) => !!i.favorite), { filters: { featureFilter: { includedFeatures: ['FAVORITES'] } } })
  })

  test('a URL pasted into a new page reproduces the search; Back and Forward move through searches', async ({ page, context }) => {
    const calls = await openSearch(page)
    const f = form(page)
    await f.getByRole('radiogroup', { name: 'Animals' }).getByRole('radio', { name: 'Include' }).click()
    await press(f.getByRole('checkbox', { name: 'Favourites only' }))
    await expect(page).toHaveURL(/include=animals&favorites=1/)
    const favouriteAnimals = expected((i) => !!i.favorite && i.categories.includes('ANIMALS'))
    await expectResults(page, calls, favouriteAnimals)
    const url = page.url()
    const request = calls.at(-1)!.body

    const other = await context.newPage()
    const otherCalls = await openSearch(other, new URL(url).search)
    await expectResults(other, otherCalls, favouriteAnimals, request)
    await expect(form(other).getByRole('checkbox', { name: 'Favourites only' })).toBeChecked()
    await expect(form(other).getByRole('radiogroup', { name: 'Animals' }).getByRole('radio', { name: 'Include' })).toBeChecked()
    await other.close()

    await page.goBack()
    await expect(page).toHaveURL(/\?include=animals$/)
    await expectResults(page, calls, expected((i) => i.categories.includes('ANIMALS')))
    await page.goForward()
    await expectResults(page, calls, favouriteAnimals)
  })

  test('refused filters in a URL are explained next to their field; nothing matches names the filters', async ({ page }) => {
    const calls = await openSearch(page, '?range=2020..2019&include=pets&exclude=pets')
    await expect(form(page).getByRole('group', { name: 'Range 1' }).getByText('The start of this range is after its end.')).toBeVisible()
    await expect(form(page).getByText('Pets can’t be both included and excluded.')).toBeVisible()
    await expect(page.getByText(/These filters can’t be searched yet/)).toBeVisible()
    expect(calls).toEqual([])

    await page.goto('/search?date=1999&type=videos')
    await expect(page.getByRole('heading', { name: 'Nothing matches' })).toBeVisible()
    const chips = page.getByRole('list', { name: 'Active filters' }).last()
    await chips.getByRole('button', { name: 'Remove filter: 1999' }).click()
    await expect(page).toHaveURL(/\?type=videos$/)
    await expectResults(page, calls, expected((i) => i.mimeType.startsWith('video/')))
  })

  test('a quick preset, the viewer over the results, and no axe violations', async ({ page }) => {
    const calls = await openSearch(page)
    await form(page).getByRole('button', { name: 'This month in past years' }).click()
    const month = new Date().getMonth() + 1
    await expect(page).toHaveURL(new RegExp(`date=--${String(month).padStart(2, '0')}`))
    await expect.poll(() => calls.at(-1)?.body).toEqual({
      filters: { dateFilter: { ranges: [{ startDate: { month, day: 1 }, endDate: { month, day: new Date(Date.UTC(2000, month, 0)).getUTCDate() } }] } },
    })
    await expectNoAxeViolations(page)
    // A calendar jumps straight to another year (photos are often years old).
    await form(page).getByRole('button', { name: 'Add a date' }).click()
    await page.getByRole('menuitem', { name: 'A day', exact: true }).click()
    await form(page).getByRole('group', { name: 'Date 2' }).getByRole('button', { name: /Calendar/ }).click()
    const calendar = page.getByRole('dialog')
    await calendar.getByRole('combobox', { name: 'Year' }).selectOption('2019')
    await expect(calendar.getByRole('heading')).toContainText('2019')
    await calendar.getByRole('button', { name: /\b15, 2019/ }).click()
    await expect(page).toHaveURL(/date=2019-\d\d-15/)
    // Leave only once the page has settled on this search (its answer arrived): a history update still pending
    // from the form would abort the next navigation.
    await expect.poll(() => JSON.stringify(calls.at(-1)?.body ?? {})).toMatch(/"year":2019,"month":\d+,"day":15/)
    await page.goto('/search?type=videos')
    // The results a person would click, before clicking one.
    await expectResults(page, calls, expected((i) => i.mimeType.startsWith('video/')))
    const grid = page.getByRole('grid', { name: 'Results' })
    await grid.getByRole('gridcell').first().click()
    await expect(page).toHaveURL(/\/search\/photo\/[^?]+\?type=videos$/)
    const viewer = page.getByRole('dialog')
    await expect(viewer).toBeVisible()
    await viewer.getByRole('button', { name: 'Close' }).click()
    await expect(page).toHaveURL(/\/search\?type=videos$/)
    await expect(page.getByRole('grid', { name: 'Results' })).toBeVisible()
  })

  test('on a phone the filters open in a sheet; in Hebrew the form reads right to left', async ({ page }) => {
    const calls = recordSearches(page)
    await page.setViewportSize({ width: 390, height: 844 })
    await openDemo(page, '/search')
    await page.getByRole('button', { name: 'Filters', exact: true }).click()
    const sheet = page.getByRole('dialog', { name: 'Filters' })
    await press(sheet.getByRole('radio', { name: 'Videos' }))
    await sheet.getByRole('button', { name: 'Show results' }).click()
    await expect(sheet).toBeHidden()
    await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible()
    await expectResults(page, calls, expected((i) => i.mimeType.startsWith('video/')))

    await page.evaluate(() => localStorage.setItem('shoebox.language', 'he'))
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.getByRole('heading', { level: 1, name: 'חיפוש' })).toBeVisible()
    await page.getByRole('button', { name: 'מסננים (1)' }).click()
    await expect(page.getByRole('dialog', { name: 'מסננים' }).getByRole('radio', { name: 'סרטונים' })).toBeChecked()
  })
})
