// Lists the server can make long stay small in the DOM: 600 albums on the Albums page, in the add-to-album
// picker and in the Search page's add-to-album radios, reached to the last one by keyboard, still lists with each card's position for assistive tech.
import { test, expect, expectNoAxeViolations, openDemo, api } from './helpers'

const ALBUMS = 600

test.describe('long album lists', () => {
  test.beforeEach(async ({ page }) => {
    await openDemo(page, '/albums')
    await api(page, '_emulator/reset', { body: {} })
    await api(page, '_emulator/albums', { body: { user: 'demo', count: ALBUMS, title: 'Many' } })
  })
  test.afterEach(async ({ page }) => {
    await api(page, '_emulator/reset', { body: {} })
  })

  test('the Albums page keeps only nearby cards in the DOM and the keyboard reaches the last album', async ({ page }) => {
    test.setTimeout(180_000)
    await page.reload()
    const list = page.getByRole('list', { name: 'Your albums' })
    const items = list.getByRole('listitem')
    await expect(list.getByRole('link', { name: /^Many 600\b/ })).toBeVisible()
    await expect(items.first()).toHaveAttribute('aria-posinset', '1')
    await expect(items.first()).toHaveAttribute('aria-setsize', '-1')
    await expectNoAxeViolations(page)

    // Tab walks the cards in order, from the first.
    await list.getByRole('link').first().focus()
    for (let i = 0; i < 7; i++) await page.keyboard.press('Tab')
    await expect(page.locator(':focus')).toHaveAccessibleName(/^Many 593\b/)
    await expect(page.locator('[role="listitem"]:focus-within')).toHaveAttribute('aria-posinset', '8')

    // End, again and again, until the whole list has arrived and its last card (the oldest album) is on screen.
    let maxItems = 0
    const lastItem = items.last()
    const atEnd = async () => {
      const [pos, size] = await Promise.all([lastItem.getAttribute('aria-posinset'), lastItem.getAttribute('aria-setsize')])
      return size !== '-1' && pos === size && (await lastItem.isVisible())
    }
    for (let i = 0; i < 300 && !(await atEnd()); i++) {
      await page.keyboard.press('End')
      maxItems = Math.max(maxItems, await items.count())
    }
    expect(await atEnd()).toBe(true)
    await page.screenshot({ path: 'test-results/long-albums-end.png' })
    const total = Number(await lastItem.getAttribute('aria-setsize'))
    expect(total).toBeGreaterThan(ALBUMS)
    await expect(items.filter({ has: page.getByRole('link', { name: /^Many 1\b/ }) })).toHaveAttribute('aria-posinset', String(ALBUMS))
    expect(maxItems).toBeLessThan(120)

    // The last card is reachable by Tab too: focus it, Shift+Tab goes to the card before it.
    await lastItem.getByRole('link').focus()
    await page.keyboard.press('Shift+Tab')
    await expect(page.locator('[role="listitem"]:focus-within')).toHaveAttribute('aria-posinset', String(total - 1))
  })

  test('the add-to-album picker lists many albums without rendering them all', async ({ page }) => {
    test.setTimeout(120_000)
    // On a phone the cards sit two to a row.
    await page.setViewportSize({ width: 390, height: 844 })
    await page.reload()
    const cards = page.getByRole('list', { name: 'Your albums' }).getByRole('listitem')
    await expect(cards.nth(1)).toBeVisible()
    const [first, second] = await Promise.all([cards.nth(0).boundingBox(), cards.nth(2).boundingBox()])
    expect(second!.y).toBeGreaterThan(first!.y + first!.height / 2)
    await page.screenshot({ path: 'test-results/long-albums-phone.png' })
    await page.goto('/library')
    await page.getByRole('grid').getByRole('gridcell').first().click({ modifiers: ['Control'] })
    await page.getByRole('button', { name: 'Add to album' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add to album' })
    const list = dialog.getByRole('list', { name: 'Albums' })
    await expect(list.getByRole('button', { name: /^Many 600\b/ })).toBeVisible()
    expect(await list.getByRole('listitem').count()).toBeLessThan(40)
    await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-posinset', '1')
    await expectNoAxeViolations(page)
  })

  test('the Search page’s add-to-album radios are windowed, walked by arrow keys, and the oldest album takes the photo', async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto('/search?type=photos')
    // The scope filter lists every album too, windowed: open, it holds only the options near the top.
    await page.getByRole('form', { name: 'Filters' }).getByRole('button', { name: /Search in/ }).click()
    const scopes = page.getByRole('listbox')
    await expect(scopes.getByRole('option', { name: 'Many 600', exact: true })).toBeVisible()
    await page.keyboard.press('End')
    await expect(scopes.getByRole('option').last()).toBeVisible()
    expect(await scopes.getByRole('option').count()).toBeLessThan(40)
    await page.keyboard.press('Escape')
    await page.getByRole('grid').getByRole('gridcell').first().click({ modifiers: ['Control'] })
    await page.getByRole('button', { name: 'Add to album' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add 1 item to an album' })
    const group = dialog.getByRole('radiogroup', { name: 'Album' })
    const list = group.getByRole('list', { name: 'Albums you can add to' })
    const rows = list.getByRole('listitem')
    await expect(list.getByRole('radio', { name: 'Many 600' })).toBeVisible()
    await expect(rows.first()).toHaveAttribute('aria-posinset', '1')
    expect(await rows.count()).toBeLessThan(40)
    await expectNoAxeViolations(page)

    // Arrow keys walk past the rows first rendered; the focused radio is always in the DOM and the list stays small.
    await list.getByRole('radio', { name: 'Many 600' }).focus()
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowDown')
    await expect(page.locator(':focus')).toHaveAccessibleName('Many 570')
    await expect(list.getByRole('radio', { name: 'Many 570' })).toBeChecked()
    await expect(page.locator('[role="listitem"]:focus-within')).toHaveAttribute('aria-posinset', '31')
    expect(await rows.count()).toBeLessThan(40)

    // Scrolled to its end, the list shows the oldest album; picking it adds the photo there.
    await list.hover()
    const last = list.getByRole('radio', { name: 'Many 1', exact: true })
    for (let i = 0; i < 200 && !(await last.isVisible()); i++) await page.mouse.wheel(0, 2000)
    // The oldest of the 600 sits at 600; the demo's own albums, older still, follow it.
    await expect(rows.filter({ has: page.getByRole('radio', { name: 'Many 1', exact: true }) })).toHaveAttribute('aria-posinset', String(ALBUMS))
    await expect(rows.filter({ has: page.getByRole('radio', { name: 'Many 1', exact: true }) })).toHaveAttribute('aria-setsize', /^6\d\d$/)
    expect(await rows.count()).toBeLessThan(40)
    await page.screenshot({ path: 'test-results/long-search-add-to-album.png' })
    await dialog.getByText('Many 1', { exact: true }).click()
    await expect(last).toBeChecked()
    await dialog.getByRole('button', { name: 'Add', exact: true }).click()
    await expect(page.getByText('Added 1 item to “Many 1”.')).toBeVisible()
  })

  test('the Upload page’s album choice grows by pages, so the oldest album can be chosen', async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto('/upload')
    await page.getByRole('radio', { name: 'An album' }).check()
    const select = page.getByRole('combobox', { name: 'Album', exact: true })
    await expect(select.getByRole('option', { name: 'Many 600', exact: true })).toBeAttached()
    const first = await select.getByRole('option').count()
    expect(first).toBeLessThan(ALBUMS)
    const more = page.getByRole('button', { name: 'Show more albums' })
    const oldest = select.getByRole('option', { name: 'Many 1', exact: true })
    for (let i = 0; i < 30 && (await oldest.count()) === 0; i++) {
      await more.click()
      await expect(more.or(oldest).first()).toBeEnabled()
    }
    await select.selectOption({ label: 'Many 1' })
    await expect(page).toHaveURL(/[?&]album=/)
    await expect(page.getByRole('button', { name: 'Choose files' })).toBeEnabled()
    await expectNoAxeViolations(page)
  })
})
