// The rough edges a new user met in the first minutes (issue 14), each checked the way a person meets it: by role
// and label, on a phone and on a desktop, in Hebrew where direction matters.
import { test, expect, type Page } from './helpers'
import { api, chooseLanguage, openDemo } from './helpers'

const phone = { width: 390, height: 844 }
const desktop = { width: 1440, height: 900 }

async function freshDemo(page: Page) {
  await openDemo(page, '/library')
  await api(page, '_emulator/reset', { method: 'POST', body: {} })
}

async function newAlbum(page: Page, title: string): Promise<string> {
  return (await api<{ id: string }>(page, 'v1/albums', { body: { album: { title } } })).id
}

const filters = (page: Page) => page.getByRole('form', { name: 'Filters' })

test.describe('search dates', () => {
  test('"A whole year" starts empty: typing 2016 searches 2016', async ({ page }) => {
    await page.setViewportSize(desktop)
    await openDemo(page, '/search')
    await filters(page).getByRole('button', { name: 'Add a date' }).click()
    await page.getByRole('menuitem', { name: 'A whole year' }).click()
    const year = filters(page).getByRole('group', { name: 'Date 1' }).getByRole('textbox', { name: 'Year' })
    await expect(year).toHaveValue('')
    // Nothing is searched for until a year is given.
    await expect(page).not.toHaveURL(/date=/)
    await year.click()
    await page.keyboard.type('20162')
    await expect(year).toHaveValue('2016')
    await year.press('Enter')
    await expect(page).toHaveURL(/date=2016(&|$)/)
  })

  test('"Add a range" waits for both ends before it filters', async ({ page }) => {
    await page.setViewportSize(phone)
    await openDemo(page, '/search')
    await page.getByRole('button', { name: /Filters/ }).first().click()
    await filters(page).getByRole('button', { name: 'Add a range' }).click()
    await page.getByRole('menuitem', { name: 'Between two days', exact: true }).click()
    const range = filters(page).getByRole('group', { name: 'Range 1' })
    await expect(range).toBeVisible()
    await expect(page).not.toHaveURL(/range=/)
    // Typed fast, segment by segment, from the start date straight on into the end date.
    await range.getByRole('spinbutton', { name: /month, Start Date/ }).click()
    await page.keyboard.type('03012018' + '04152018')
    await expect(page).toHaveURL(/range=2018-03-01\.\.2018-04-15/)
    await expect(filters(page).getByRole('group', { name: 'Range 1' })).toBeVisible()
  })
})

test.describe('sharing', () => {
  for (const viewport of [phone, desktop]) {
    test(`after Share, focus is on "Copy link" and Escape closes (${viewport.width}px)`, async ({ page }) => {
      await page.setViewportSize(viewport)
      await freshDemo(page)
      const albumId = await newAlbum(page, 'Focus walk')
      await page.goto(`/albums/${albumId}`)
      await page.getByRole('button', { name: 'Share', exact: true }).click()
      const dialog = page.getByRole('dialog', { name: 'Share “Focus walk”' })
      // The owner is told the story stays in Google Photos.
      await expect(dialog.getByText(/shown in Google Photos only/)).toBeVisible()
      await dialog.getByRole('button', { name: 'Share', exact: true }).click()
      await expect(dialog.getByRole('button', { name: 'Copy link' })).toBeFocused()
      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
    })
  }
})

test.describe('album header', () => {
  for (const viewport of [phone, desktop]) {
    test(`one labelled "Add" menu: library, upload, story (${viewport.width}px)`, async ({ page }) => {
      await page.setViewportSize(viewport)
      await freshDemo(page)
      const albumId = await newAlbum(page, 'Header test')
      await page.goto(`/albums/${albumId}`)
      await expect(page.getByRole('heading', { level: 1, name: 'Header test' })).toBeVisible()
      // Every header control is visibly labelled (the icon-only one, More options, has its name).
      await expect(page.getByRole('button', { name: 'Share', exact: true })).toHaveText('Share')
      await page.getByRole('button', { name: 'Add', exact: true }).click()
      const menu = page.getByRole('menu')
      await expect(menu.getByRole('menuitem')).toHaveText(['Photos from your library', 'Upload from this device', 'Text, place or map (story)'])
      await menu.getByRole('menuitem', { name: 'Upload from this device' }).click()
      await expect(page).toHaveURL(/\/upload\?album=/)
      await expect(page.getByRole('radio', { name: 'An album' })).toBeChecked()
    })
  }

  test('demo: no "Open in Google Photos" (the emulator’s links lead nowhere)', async ({ page }) => {
    await page.setViewportSize(desktop)
    await freshDemo(page)
    const albumId = await newAlbum(page, 'Local only')
    await page.goto(`/albums/${albumId}`)
    await page.getByRole('button', { name: 'More options' }).click()
    await expect(page.getByRole('menuitem', { name: 'Rename album' })).toBeVisible()
    await expect(page.getByRole('menuitem', { name: 'Open in Google Photos' })).toHaveCount(0)
  })

  test('Hebrew: an English title and its count start on the same (right) side', async ({ page }) => {
    await page.setViewportSize(phone)
    await freshDemo(page)
    await chooseLanguage(page, 'עברית')
    const albumId = await newAlbum(page, 'Summer trip')
    await page.goto(`/albums/${albumId}`)
    const heading = page.getByRole('heading', { level: 1, name: 'Summer trip' })
    await expect(heading).toBeVisible()
    const count = page.getByText('0 פריטים')
    const right = async (l: typeof heading) => l.evaluate((el) => {
      const range = document.createRange()
      range.selectNodeContents(el)
      return Math.round(range.getBoundingClientRect().right)
    })
    expect(Math.abs((await right(heading)) - (await right(count)))).toBeLessThanOrEqual(2)
  })
})
