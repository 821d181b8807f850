import { test, expect, openDemo, scrollUntilVisible } from './helpers'

test.describe('viewer', () => {
  test.beforeEach(async ({ page }) => {
    await openDemo(page, '/library')
    await page.evaluate(() => fetch('/__emulator/_emulator/reset', { method: 'POST' }))
    await page.reload()
  })

  test('opens over the grid at screen size; Back closes it and keeps the scroll position', async ({ page }) => {
    const scroller = page.getByTestId('media-grid-scroller')
    await expect(page.getByRole('gridcell').first()).toBeVisible()
    await scroller.evaluate((el) => el.scrollBy(0, 900))
    // Wait for what a person sees after the scroll: a photo drawn wholly on screen at the new position.
    const photoOnScreen = () =>
      scroller.evaluate((el) => {
        if (el.scrollTop < 300) return null
        const box = el.getBoundingClientRect()
        const onScreen = [...el.querySelectorAll('[role="gridcell"][data-index]')].filter((c) => {
          const r = c.getBoundingClientRect()
          return r.top >= box.top && r.bottom <= box.bottom && /^Photo, /.test(c.getAttribute('aria-label') ?? '')
        })
        return onScreen.at(-1)?.getAttribute('data-index') ?? null
      })
    await expect.poll(photoOnScreen).not.toBeNull()
    const cell = scroller.locator(`[role="gridcell"][data-index="${await photoOnScreen()}"]`)
    await cell.click()
    const viewer = page.getByRole('dialog')
    await expect(viewer).toBeVisible()
    // (The click itself may scroll the cell into view; from here on nothing may move the grid.)
    const before = await scroller.evaluate((el) => el.scrollTop)
    expect(before).toBeGreaterThan(300)
    const img = viewer.locator('img[alt]:not([aria-hidden])').first()
    await expect(img).toHaveAttribute('src', /=w(1600|2048)-h(768|1024|1600)$/) // the size steps just above the screen
    await expect(viewer.getByRole('link', { name: 'Download' })).toHaveAttribute('href', /=d$/)
    await page.goBack()
    await expect(viewer).toHaveCount(0)
    expect(Math.abs((await scroller.evaluate((el) => el.scrollTop)) - before)).toBeLessThan(5)
  })

  test('previous and next by buttons and swipe-free keys, info panel with metadata', async ({ page }) => {
    await page.getByRole('gridcell').nth(1).click()
    const viewer = page.getByRole('dialog')
    await expect(page).toHaveURL(/\/photo\//)
    const url = page.url()
    await viewer.getByRole('button', { name: 'Next' }).click()
    await expect(page).not.toHaveURL(url)
    await viewer.getByRole('button', { name: 'Previous' }).click()
    await expect(page).toHaveURL(url)
    await viewer.getByRole('button', { name: 'Info' }).click()
    const info = viewer.getByRole('region', { name: 'Info' })
    await expect(info).toBeVisible()
    await expect(info.getByText(/\d{4} × \d{3,4}/)).toBeVisible()
    await expect(info.getByText(/\.jpg$/)).toBeVisible()
  })

  test('edits a description, refuses one that is too long, and keeps it after a reload', async ({ page }) => {
    await page.getByRole('gridcell').first().click()
    const viewer = page.getByRole('dialog')
    await viewer.getByRole('button', { name: 'Info' }).click()
    const field = viewer.getByRole('textbox', { name: 'Description' })
    await field.fill('x'.repeat(1000))
    await expect(viewer.getByText('Descriptions must be shorter than 1,000 characters. Remove 1 character.')).toBeVisible()
    await expect(viewer.getByRole('button', { name: 'Save' })).toBeDisabled()
    await field.fill('Boats at sunset, Derwentwater')
    await viewer.getByRole('button', { name: 'Save' }).click()
    await expect(viewer.getByText('Saved')).toBeVisible()
    await page.reload()
    const again = page.getByRole('dialog')
    await expect(again.getByRole('textbox', { name: 'Description' })).toHaveValue('Boats at sunset, Derwentwater')
  })

  test('a failed save keeps the text', async ({ page }) => {
    await page.getByRole('gridcell').first().click()
    const viewer = page.getByRole('dialog')
    await viewer.getByRole('button', { name: 'Info' }).click()
    const field = viewer.getByRole('textbox', { name: 'Description' })
    await field.fill('This must not be lost')
    await page.evaluate(() =>
      fetch('/__emulator/_emulator/faults', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ queue: Array.from({ length: 4 }, () => ({ status: 500, match: '/v1/mediaItems/' })) }) }),
    )
    await viewer.getByRole('button', { name: 'Save' }).click()
    // A 500 on the save and on the read-back (only those: the viewer's neighbour images must not use them up): the
    // cause is named, and the text stays.
    await expect(viewer.getByText(/^(Google Photos is temporarily unavailable|Not confirmed)\..*Your text is still here\.$/)).toBeVisible({ timeout: 20_000 })
    await expect(field).toHaveValue('This must not be lost')
    await page.evaluate(() => fetch('/__emulator/_emulator/faults', { method: 'DELETE' }))
  })

  test('plays videos from =dv', async ({ page }) => {
    const grid = page.getByRole('grid')
    const video = grid.getByRole('gridcell', { name: /^Video, / }).first()
    await expect(grid.getByRole('gridcell').first()).toBeVisible()
    await scrollUntilVisible(page.getByTestId('media-grid-scroller'), video)
    await video.click()
    await expect(page.getByRole('dialog').locator('video')).toHaveAttribute('src', /=dv$/)
  })
})
