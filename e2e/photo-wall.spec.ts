import { readFile } from 'node:fs/promises'
import { test, expect, api, chooseLanguage, openDemo, type Locator, type Page } from './helpers'

// The library as a photo wall (justified rows, date headers that flow with the photos), reading order, focus
// after the viewer, and downloading a selection as one zip.

// Each journey resets the demo and walks several screens; on a loaded two-core machine that takes longer than
// the suite's default.
test.describe.configure({ timeout: 90_000 })

const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1440, height: 900 }

async function resetDemo(page: Page) {
  await openDemo(page, '/library')
  await page.evaluate(() => fetch('/__emulator/_emulator/reset', { method: 'POST' }))
  await page.reload()
}

/** For each rendered row of photos: how far its photos and headers reach, against the grid's width. */
async function rowReach(grid: Locator) {
  return grid.evaluate((el) => {
    const gridBox = el.getBoundingClientRect()
    const rtl = getComputedStyle(el).direction === 'rtl'
    return [...el.querySelectorAll('[role=row]')]
      .filter((row) => row.querySelector('[role=gridcell][data-index]'))
      .map((row) => {
        const boxes = [...row.querySelectorAll('[role=gridcell], [role=rowheader]')].map((c) => c.getBoundingClientRect())
        const reach = rtl ? gridBox.right - Math.min(...boxes.map((b) => b.left)) : Math.max(...boxes.map((b) => b.right)) - gridBox.left
        return { top: row.getBoundingClientRect().top, reach: Math.round(reach), width: Math.round(gridBox.width) }
      })
      .sort((a, b) => a.top - b.top)
  })
}

/** The grid's headers and photos in DOM order, with where the eye meets them (row top, then along the line). */
async function readingPositions(grid: Locator) {
  return grid.evaluate((el) => {
    const rtl = getComputedStyle(el).direction === 'rtl'
    return [...el.querySelectorAll('[role=rowheader], [role=gridcell][data-index]')].map((node) => {
      const box = node.getBoundingClientRect()
      const rowTop = node.closest('[role=row]')!.getBoundingClientRect().top
      return { kind: node.getAttribute('role'), rowTop: Math.round(rowTop), along: Math.round(rtl ? -box.right : box.left) }
    })
  })
}

for (const viewport of [DESKTOP, PHONE]) {
  test.describe(`the wall at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport })
    test.beforeEach(async ({ page }) => resetDemo(page))

    test('rows are filled edge to edge, and the DOM meets photos in the order the eye does', async ({ page }) => {
      const grid = page.getByRole('grid', { name: 'Photos and videos, newest first' })
      await expect(grid.getByRole('gridcell').first()).toBeVisible()
      await expect(grid.getByRole('rowheader').first()).toBeVisible()
      const rows = await rowReach(grid)
      expect(rows.length).toBeGreaterThan(2)
      // Every row but the last rendered one (which may be the end of the library) reaches the far edge.
      for (const row of rows.slice(0, -1)) expect(Math.abs(row.reach - row.width)).toBeLessThanOrEqual(2)

      const order = await readingPositions(grid)
      for (let k = 1; k < order.length; k++) {
        const [a, b] = [order[k - 1]!, order[k]!]
        // Next in the DOM is further along the same row, or on a later row.
        expect(b.rowTop > a.rowTop || (b.rowTop === a.rowTop && b.along >= a.along), `item ${k} follows item ${k - 1}`).toBe(true)
      }
      // Tab enters the grid at the first photo the eye meets.
      await grid.getByRole('gridcell').first().focus()
      await page.keyboard.press('Shift+Tab')
      await page.keyboard.press('Tab')
      await expect(page.locator(':focus')).toHaveAttribute('data-index', '0')
    })
  })
}

test.describe('date headers on a phone', () => {
  test.use({ viewport: PHONE })
  for (const language of ['English', '简体中文', 'עברית']) {
    test(`are never cut off in ${language}`, async ({ page }) => {
      await resetDemo(page)
      await chooseLanguage(page, language)
      const grid = page.getByRole('grid')
      await expect(grid.getByRole('rowheader').first()).toBeVisible()
      const scroller = page.getByTestId('media-grid-scroller')
      for (let screen = 0; screen < 4; screen++) {
        const gridBox = (await grid.boundingBox())!
        const headers = await grid.getByRole('rowheader').evaluateAll(
          (nodes, edges) =>
            nodes.map((h) => {
              const text = h.querySelector<HTMLElement>('[data-date-header]')
              const box = h.getBoundingClientRect()
              return {
                text: text?.textContent,
                scroll: text?.scrollWidth ?? 0,
                client: text?.clientWidth ?? 0,
                inside: box.left >= edges.left - 1 && box.right <= edges.right + 1,
              }
            }),
          { left: gridBox.x, right: gridBox.x + gridBox.width },
        )
        expect(headers.length).toBeGreaterThan(0)
        for (const h of headers) {
          expect(h.scroll, `“${h.text}” is cut off`).toBeLessThanOrEqual(h.client)
          expect(h.inside, `“${h.text}” leaves the grid`).toBe(true)
        }
        await scroller.evaluate((el) => el.scrollBy(0, el.clientHeight))
      }
      if (language === 'עברית') {
        // Hebrew mirrors: the first photo sits at the right edge, and reading order runs right to left.
        const order = await readingPositions(grid)
        for (let k = 1; k < order.length; k++) {
          const [a, b] = [order[k - 1]!, order[k]!]
          expect(b.rowTop > a.rowTop || (b.rowTop === a.rowTop && b.along >= a.along)).toBe(true)
        }
      }
    })
  }
})

test.describe('the viewer and the wall', () => {
  test.use({ viewport: DESKTOP })
  test.beforeEach(async ({ page }) => resetDemo(page))

  test('closing the viewer returns focus to the cell of the photo shown last', async ({ page }) => {
    const grid = page.getByRole('grid')
    await grid.getByRole('gridcell').first().click()
    const viewer = page.getByRole('dialog')
    await expect(viewer).toBeVisible()
    for (let step = 0; step < 4; step++) {
      const shown = page.url()
      const title = (await viewer.getAttribute('aria-label')) ?? ''
      await page.keyboard.press('ArrowRight')
      await expect(page).not.toHaveURL(shown)
      // A person presses again once the next photo is on screen.
      await expect(viewer).not.toHaveAttribute('aria-label', title)
    }
    const lastId = decodeURIComponent(page.url().split('/photo/')[1]!)
    await viewer.getByRole('button', { name: 'Close' }).click()
    await expect(viewer).toHaveCount(0)
    const focused = page.locator(':focus')
    await expect(focused).toHaveAttribute('role', 'gridcell')
    await expect(focused).toHaveAttribute('data-index', '4')
    expect(lastId).not.toBe('')
  })

  test('several selected photos download as one zip holding their files; one photo downloads itself', async ({ page }) => {
    const list = await api<{ mediaItems: { filename: string }[] }>(page, 'v1/mediaItems?pageSize=3')
    const grid = page.getByRole('grid')
    const cells = grid.getByRole('gridcell')
    await cells.nth(0).click({ modifiers: ['Control'] })
    await cells.nth(2).click({ modifiers: ['Shift'] })
    await expect(page.getByText('3 selected')).toBeVisible()
    const downloading = page.waitForEvent('download')
    await page.getByRole('toolbar', { name: 'Actions for the selection' }).getByRole('button', { name: 'Download' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/\.zip$/)
    const names = zipEntryNames(await readFile((await download.path())!))
    expect(names.sort()).toEqual(list.mediaItems.map((m) => m.filename).sort())
    await expect(page.getByRole('toolbar', { name: 'Actions for the selection' })).toHaveCount(0)

    await cells.nth(1).click({ modifiers: ['Control'] })
    const single = page.waitForEvent('download')
    await page.getByRole('toolbar', { name: 'Actions for the selection' }).getByRole('button', { name: 'Download' }).click()
    expect((await single).suggestedFilename()).toBe(list.mediaItems[1]!.filename)
  })
})

/** File names in a zip's central directory. */
function zipEntryNames(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  let count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  const names: string[] = []
  while (count-- > 0) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50)
    const nameLength = zip.readUInt16LE(at + 28)
    const extra = zip.readUInt16LE(at + 30)
    const comment = zip.readUInt16LE(at + 32)
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength))
    at += 46 + nameLength + extra + comment
  }
  return names
}
