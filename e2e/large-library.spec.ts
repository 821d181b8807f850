import { test, expect, lastRenderedCell, openDemo } from './helpers'

const largeLibrary = (items: number) =>
  `fetch('/__emulator/_emulator/large-library', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ items: ${items} }) })`

test.describe('large library', () => {
  test.afterEach(async ({ page }) => {
    await page.evaluate(largeLibrary(0))
  })

  test('scrolls a 10 000-item library to the end with only the visible rows in the DOM', async ({ page }) => {
    test.setTimeout(240_000)
    await openDemo(page, '/library')
    await page.evaluate(largeLibrary(10_000))
    await page.reload()
    const grid = page.getByRole('grid', { name: 'Photos and videos, newest first' })
    const scroller = page.getByTestId('media-grid-scroller')
    await expect(grid.getByRole('gridcell').first()).toBeVisible()
    const libraryDone = async () => (await grid.getAttribute('aria-rowcount')) !== '-1'
    let maxImages = 0
    let maxCells = 0
    for (let i = 0; i < 600; i++) {
      const before = await lastRenderedCell(scroller)
      await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight))
      // What a person sees after a fling to the bottom: more photos drawn below, or the end of the library.
      await expect
        .poll(async () => (await libraryDone()) || (await lastRenderedCell(scroller)) !== before, { message: 'the grid draws more rows' })
        .toBe(true)
      const { images, cells } = await page.evaluate(() => ({
        images: document.querySelectorAll('img').length,
        cells: document.querySelectorAll('[role="gridcell"]').length,
      }))
      maxImages = Math.max(maxImages, images)
      maxCells = Math.max(maxCells, cells)
      const done = await libraryDone()
      const atBottom = await scroller.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 2)
      if (done && atBottom) break
    }
    expect(await grid.getAttribute('aria-rowcount')).not.toBe('-1')
    // The oldest generated item is at the end: its cell is on screen now.
    const last = grid.getByRole('gridcell').last()
    await expect(last).toBeVisible()
    const lastIndex = Number(await last.getAttribute('data-index'))
    expect(lastIndex).toBeGreaterThanOrEqual(10_000)
    expect(maxImages).toBeLessThan(300)
    expect(maxCells).toBeLessThan(300)
  })
})
