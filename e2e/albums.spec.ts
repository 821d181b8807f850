import { test, expect, expectNoAxeViolations, openDemo } from './helpers'

test.describe('albums', () => {
  test.beforeEach(async ({ page }) => {
    await openDemo(page, '/albums')
    await page.evaluate(() => fetch('/__emulator/_emulator/reset', { method: 'POST' }))
    await page.reload()
  })

  test('lists albums as cards with cover, title, count and shared badge', async ({ page }) => {
    const list = page.getByRole('list', { name: 'Your albums' })
    await expect(list.getByRole('link').first()).toBeVisible()
    const shared = list.getByRole('link', { name: /Favourites of 2025/ })
    await expect(shared).toContainText('Shared')
    await expect(shared).toContainText(/\d+ items?/)
    await expect(shared.locator('img')).toHaveAttribute('src', /=w\d+-h\d+-c$/)
    await expectNoAxeViolations(page)
  })

  test('create, add five photos, remove two, rename, set the cover', async ({ page }) => {
    await page.getByRole('button', { name: 'New album' }).first().click()
    const create = page.getByRole('dialog', { name: 'New album' })
    await create.getByRole('button', { name: 'Create' }).click()
    await expect(create.getByText('Give the album a title.')).toBeVisible()
    await create.getByRole('textbox', { name: 'Album title' }).fill('a'.repeat(503))
    await create.getByRole('button', { name: 'Create' }).click()
    await expect(create.getByText('Album titles can be at most 500 characters. Remove 3 characters.')).toBeVisible()
    await create.getByRole('textbox', { name: 'Album title' }).fill('Summer')
    await create.getByRole('button', { name: 'Create' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Summer' })).toBeVisible()
    await expect(page.getByText('This album is empty')).toBeVisible()

    // Add five photos from the library picker.
    await page.getByRole('button', { name: 'Add photos' }).first().click()
    const picker = page.getByRole('dialog', { name: 'Add photos to “Summer”' })
    const photos = picker.getByRole('grid', { name: 'Your library: choose photos to add' }).getByRole('gridcell', { name: /^Photo, / })
    for (let i = 0; i < 5; i++) await photos.nth(i).click()
    await picker.getByRole('button', { name: 'Add 5 items' }).click()
    await expect(picker).toHaveCount(0)
    const grid = page.getByRole('grid', { name: 'Items in this album, in album order' })
    const cells = grid.getByRole('gridcell', { name: /^(Photo|Video), / })
    await expect(cells).toHaveCount(5)
    const order = await cells.evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label')))

    // Remove two (the second and the fourth).
    await cells.nth(1).click({ modifiers: ['Control'] })
    await cells.nth(3).click({ modifiers: ['Control'] })
    await page.getByRole('button', { name: 'Remove from album' }).click()
    await expect(cells).toHaveCount(3)
    await expect(page.getByText('3 items')).toBeVisible()

    // Rename.
    await page.getByRole('button', { name: 'More options' }).click()
    await page.getByRole('menuitem', { name: 'Rename album' }).click()
    const rename = page.getByRole('dialog', { name: 'Rename album' })
    await rename.getByRole('textbox', { name: 'Album title' }).fill('Summer at the lake')
    await rename.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Summer at the lake' })).toBeVisible()

    // Set the cover to the last remaining item.
    await cells.nth(2).click({ modifiers: ['Control'] })
    await page.getByRole('button', { name: 'Set as album cover' }).click()
    await expect(page.getByText('The album cover was changed.')).toBeVisible()

    // After a reload: the order kept (nothing reordered), the title, and the cover in the album list.
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Summer at the lake' })).toBeVisible()
    await expect(cells).toHaveCount(3)
    const after = await cells.evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label')))
    const coverItem = await cells.nth(2).locator('img').getAttribute('src')
    expect(after).toEqual([order[0], order[2], order[4]])
    await page.getByRole('link', { name: 'All albums' }).click()
    const card = page.getByRole('list', { name: 'Your albums' }).getByRole('link', { name: /Summer at the lake/ })
    await expect(card).toContainText('3 items')
    const coverSrc = await card.locator('img').getAttribute('src')
    // The emulator's baseUrls carry the item id (and a fresh nonce each time they are issued).
    const itemOf = (src: string | null) => Buffer.from(src!.split('/lr/')[1]!.split('=')[0]!, 'base64url').toString().split('|')[1]
    expect(itemOf(coverSrc)).toBe(itemOf(coverItem))
  })
})
