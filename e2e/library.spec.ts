import { test, expect, expectNoAxeViolations, openDemo, scrollUntilVisible } from './helpers'

test.describe('library', () => {
  test.beforeEach(async ({ page }) => {
    await openDemo(page, '/library')
    await page.evaluate(() => fetch('/__emulator/_emulator/reset', { method: 'POST' }))
    await page.reload()
  })

  test('shows every item newest first under date headers, thumbnails at rendered size', async ({ page }) => {
    const grid = page.getByRole('grid', { name: 'Photos and videos, newest first' })
    await expect(grid).toBeVisible()
    await expect(grid.getByRole('rowheader').first()).toBeVisible()
    const cells = grid.getByRole('gridcell')
    await expect(cells.first()).toHaveAccessibleName(/^(Photo|Video), /)
    const src = await cells.first().locator('img').getAttribute('src')
    expect(src).toMatch(/=w\d+-h\d+$/)
    // The placeholder box has the cell's size before the image arrives: no layout shift.
    const box = await cells.first().boundingBox()
    expect(box!.height).toBeGreaterThan(80)
    await expectNoAxeViolations(page)
  })

  test('videos are marked, with their duration', async ({ page }) => {
    const grid = page.getByRole('grid')
    const video = grid.getByRole('gridcell', { name: /^Video, / }).first()
    await expect(grid.getByRole('gridcell').first()).toBeVisible()
    await scrollUntilVisible(page.getByTestId('media-grid-scroller'), video)
    await expect(video).toHaveAccessibleName(/^Video, \d+:\d\d, /, { timeout: 15_000 })
  })

  test('selection: Space, shift-arrow ranges, select all, Escape clears', async ({ page }) => {
    const grid = page.getByRole('grid')
    await grid.getByRole('gridcell').first().focus()
    await page.keyboard.press('Space')
    await expect(page.getByRole('toolbar', { name: 'Actions for the selection' })).toContainText('1 selected')
    await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('Shift+ArrowRight')
    await expect(page.getByText('3 selected')).toBeVisible()
    await expect(grid.getByRole('gridcell', { selected: true })).toHaveCount(3)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('toolbar', { name: 'Actions for the selection' })).toHaveCount(0)
    // Shift-click range with the mouse
    const cells = grid.getByRole('gridcell')
    await cells.nth(1).click({ modifiers: ['Control'] })
    await cells.nth(4).click({ modifiers: ['Shift'] })
    await expect(page.getByText('4 selected')).toBeVisible()
    await page.getByRole('button', { name: 'Select all', exact: true }).click()
    await expect(page.getByText(/^\d{2} selected$/)).toBeVisible()
    await page.getByRole('button', { name: 'Clear selection' }).click()
    await expect(grid.getByRole('gridcell', { selected: true })).toHaveCount(0)
  })

  test('keyboard only: grid → viewer → next → close, focus returns to the grid', async ({ page }) => {
    const grid = page.getByRole('grid')
    await expect(grid.getByRole('gridcell').first()).toBeVisible()
    // Tab from the page's Upload link into the grid's single tab stop.
    await page.getByRole('link', { name: 'Upload' }).last().focus()
    await page.keyboard.press('Tab')
    await expect(grid.getByRole('gridcell').first()).toBeFocused()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Enter')
    const viewer = page.getByRole('dialog')
    await expect(viewer).toBeVisible()
    await expect(page).toHaveURL(/\/library\/photo\//)
    const first = page.url()
    const firstTitle = (await viewer.getAttribute('aria-label')) ?? ''
    await page.keyboard.press('ArrowRight')
    await expect(page).not.toHaveURL(first)
    // A person presses Escape once the next photo is on screen.
    await expect(viewer).not.toHaveAttribute('aria-label', firstTitle)
    const shownId = decodeURIComponent(page.url().split('/photo/')[1]!)
    await page.keyboard.press('Escape')
    await expect(viewer).toHaveCount(0)
    await expect(page).toHaveURL(/\/library$/)
    const focused = page.locator(':focus')
    await expect(focused).toHaveAttribute('role', 'gridcell')
    await expect(focused).toHaveAttribute('data-index', '2')
    expect(shownId.length).toBeGreaterThan(10)
  })

  test('adds a selection to an album', async ({ page }) => {
    const grid = page.getByRole('grid')
    await grid.getByRole('gridcell').first().click({ modifiers: ['Control'] })
    await page.getByRole('button', { name: 'Add to album' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add to album' })
    await dialog.getByLabel('Title of the new album').fill('From the library')
    await dialog.getByRole('button', { name: 'Create and add' }).click()
    await expect(page.getByText('Added 1 item to “From the library”.')).toBeVisible()
    await page.getByRole('link', { name: 'Albums' }).first().click()
    await expect(page.getByRole('link', { name: /From the library/ })).toContainText('1 item')
  })
})
