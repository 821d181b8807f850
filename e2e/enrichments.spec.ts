// Telling an album's story: text, a place and a map added at the start, at the end, after a photo and after an
// enrichment, shown in place, in the same order after a reload, and in the order the emulator holds.
import { test, expect, type Page, api, expectNoAxeViolations, openDemo, waitUntilOfflineReady } from './helpers'

/** A new album (created by the app, so enrichments are allowed) holding three app-created photos. */
async function albumWithThreePhotos(page: Page, title: string): Promise<{ albumId: string; mediaIds: string[] }> {
  const { albums } = await api<{ albums: { id: string; title: string }[] }>(page, 'v1/albums?pageSize=50')
  const source = albums.find((a) => a.title === 'Favourites of 2025')!
  const { mediaItems } = await api<{ mediaItems: { id: string }[] }>(page, 'v1/mediaItems:search', { body: { albumId: source.id } })
  const mediaIds = mediaItems.slice(0, 3).map((m) => m.id)
  const album = await api<{ id: string }>(page, 'v1/albums', { body: { album: { title } } })
  await api(page, `v1/albums/${album.id}:batchAddMediaItems`, { body: { mediaItemIds: mediaIds } })
  return { albumId: album.id, mediaIds }
}

/** What the album page shows, top to bottom: `m<index>` for photos, `e:<kind>:<id>` for enrichments. */
async function shownOrder(page: Page): Promise<string[]> {
  const grid = page.getByRole('grid', { name: 'Items in this album, in album order' })
  await expect(grid.getByRole('gridcell').first()).toBeVisible()
  return grid.evaluate((root) => {
    const nodes = [...root.querySelectorAll<HTMLElement>('[data-enrichment-id], [role="gridcell"][data-index]')]
    return nodes
      .map((n) => ({ n, r: n.getBoundingClientRect() }))
      .sort((a, b) => a.r.top - b.r.top || a.r.left - b.r.left)
      .map(({ n }) => (n.dataset.enrichmentId ? `e:${n.dataset.enrichmentKind}:${n.dataset.enrichmentId}` : `m${n.dataset.index}`))
  })
}

test.describe('album story (enrichments)', () => {
  test('text, place and map at start, end, after a photo and after an enrichment, in order after a reload', async ({ page }) => {
    test.setTimeout(90_000)
    await openDemo(page, '/library')
    await api(page, '_emulator/reset', { method: 'POST', body: {} })
    const { albumId, mediaIds } = await albumWithThreePhotos(page, 'Road to Lisbon')
    await page.goto(`/albums/${albumId}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Road to Lisbon' })).toBeVisible()
    const composer = page.getByRole('dialog', { name: 'Add to the album’s story' })

    // 1. Text at the start, through the "insert here" row; the form checks it first.
    await page.getByRole('button', { name: 'Add at the start' }).click()
    await composer.getByRole('button', { name: 'Add', exact: true }).click()
    await expect(composer.getByText('Required.')).toBeVisible()
    await composer.getByRole('textbox', { name: 'Text' }).fill('Day one: we set off at dawn.')
    // A lost answer (a 503 after the request went out) keeps what was typed; the API cannot list enrichments, so
    // the outcome cannot be checked: Add stays off until the user explicitly asks to add again.
    await api(page, '_emulator/faults', { body: { queue: [{ status: 503, match: 'addEnrichment' }] } })
    await composer.getByRole('button', { name: 'Add', exact: true }).click()
    // The answer was an error, not a dropped connection: the message says so.
    await expect(composer.getByRole('alert')).toHaveText(
      'Google Photos answered with an error after the request went out, so it may have been added. Google Photos gives no way to check, so look at the album before adding it again.',
    )
    await expect(composer.getByRole('textbox', { name: 'Text' })).toHaveValue('Day one: we set off at dawn.')
    await expect(composer.getByRole('button', { name: 'Add', exact: true })).toBeDisabled()
    await expectNoAxeViolations(page)
    await composer.getByRole('button', { name: 'Add again anyway' }).click()
    await expect(composer).toBeHidden()
    await expect(page.getByRole('region', { name: 'Text' })).toContainText('Day one: we set off at dawn.')

    // 2. A place at the end: a city from the bundled gazetteer.
    await page.getByRole('button', { name: 'Add at the end' }).click()
    await composer.getByText('Place', { exact: true }).click()
    await composer.getByRole('combobox', { name: 'Place name' }).pressSequentially('Pari')
    await page.getByRole('option', { name: 'Paris, France' }).click()
    await expect(composer.getByRole('textbox', { name: 'Latitude' })).toHaveValue(/^48\.8/)
    await composer.getByRole('button', { name: 'Add', exact: true }).click()
    await expect(composer).toBeHidden()
    await expect(page.getByRole('region', { name: 'Place: Paris' })).toBeVisible()

    // 3. A map after the second photo, from the header's composer; one end typed as coordinates.
    await page.getByRole('button', { name: 'Add', exact: true }).click()
    await page.getByRole('menuitem', { name: 'Text, place or map (story)' }).click()
    await composer.getByText('Map', { exact: true }).click()
    const from = composer.getByRole('group', { name: 'From' })
    const to = composer.getByRole('group', { name: 'To' })
    await from.getByRole('combobox', { name: 'Place name' }).pressSequentially('Lisb')
    await page.getByRole('option', { name: 'Lisbon, Portugal' }).click()
    await to.getByRole('combobox', { name: 'Place name' }).fill('Our campsite')
    // A name the built-in list does not know is kept, with a word on how to place it.
    const noMatch = to.getByText('No town called “Our campsite” in Shoebox’s list. Keep the name and place the pin on the map, or type the coordinates.')
    await expect(noMatch).toBeVisible()
    await expect(from.getByText('No town called', { exact: false })).toHaveCount(0)
    await to.getByRole('textbox', { name: 'Latitude' }).fill('91')
    await to.getByRole('textbox', { name: 'Longitude' }).fill('-9.5')
    await composer.getByRole('combobox', { name: 'Where' }).selectOption({ label: 'After a photo' })
    await composer.getByRole('radiogroup', { name: 'Photo to follow' }).locator('label').nth(1).click()
    await composer.getByRole('button', { name: 'Add', exact: true }).click()
    await expect(to.getByText('Latitude must be between −90 and 90.')).toBeVisible()
    await to.getByRole('textbox', { name: 'Latitude' }).fill('38.7')
    await expect(noMatch).toBeHidden() // placed by its coordinates now
    await composer.getByRole('button', { name: 'Add', exact: true }).click()
    await expect(composer).toBeHidden()
    await expect(page.getByRole('region', { name: 'Map: from Lisbon to Our campsite' })).toBeVisible()

    // 4. Text after the place, with the block's own "insert here".
    await page.getByRole('region', { name: 'Place: Paris' }).getByRole('button', { name: 'Add after this' }).click()
    await composer.getByRole('textbox', { name: 'Text' }).fill('And home again.')
    await composer.getByRole('button', { name: 'Add', exact: true }).click()
    await expect(composer).toBeHidden()

    // 5. Text after the third photo, from the selection bar's "insert here".
    await page.getByRole('grid', { name: 'Items in this album, in album order' }).locator('[role="gridcell"][data-index="2"]').focus()
    await page.keyboard.press('Space')
    await page.getByRole('toolbar', { name: 'Actions for the selection' }).getByRole('button', { name: 'Add after this photo' }).click()
    await composer.getByRole('textbox', { name: 'Text' }).fill('The campsite by the sea.')
    await composer.getByRole('button', { name: 'Add', exact: true }).click()
    await expect(composer).toBeHidden()
    await page.keyboard.press('Escape')

    const kinds = (order: string[]) => order.map((x) => x.replace(/^(e:\w+):.*$/, '$1'))
    const expected = ['e:text', 'm0', 'm1', 'e:map', 'm2', 'e:text', 'e:location', 'e:text']
    await expect.poll(async () => kinds(await shownOrder(page))).toEqual(expected)
    const before = await shownOrder(page)

    await page.reload()
    await expect.poll(() => shownOrder(page)).toEqual(before)
    await expect(page.getByText('Added with Shoebox on this device').first()).toBeVisible()
    await expectNoAxeViolations(page)

    // The emulator holds the same order.
    const { sequence } = await api<{ sequence: { kind: string; id: string }[] }>(page, `_emulator/albums/${albumId}/sequence`)
    const server = sequence.map((e) => (e.kind === 'mediaItem' ? `m${mediaIds.indexOf(e.id)}` : e.id))
    expect(server).toEqual(before.map((x) => (x.startsWith('e:') ? x.split(':')[2] : x)))
  })

  test('the map picker works offline from bundled data and by keyboard', async ({ page, context }) => {
    await openDemo(page, '/library')
    await api(page, '_emulator/reset', { method: 'POST', body: {} })
    const { albumId } = await albumWithThreePhotos(page, 'Offline map')
    await page.goto(`/albums/${albumId}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Offline map' })).toBeVisible()
    await waitUntilOfflineReady(page)
    await context.setOffline(true)
    await page.getByRole('button', { name: 'Add', exact: true }).click()
    await page.getByRole('menuitem', { name: 'Text, place or map (story)' }).click()
    const composer = page.getByRole('dialog', { name: 'Add to the album’s story' })
    await composer.getByText('Place', { exact: true }).click()
    const map = composer.getByRole('application', { name: /Map: click to place the pin/ })
    await expect(map.locator('path').nth(1)).toHaveAttribute('d', /.{200,}/) // land drawn
    // Keyboard: zoom in twice, move east, and place the pin at the cross.
    await map.focus()
    await page.keyboard.press('+')
    await page.keyboard.press('+')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Enter')
    await expect(composer.getByRole('textbox', { name: 'Latitude' })).not.toHaveValue('')
    // A click places it too.
    const box = (await map.boundingBox())!
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.4)
    await expect(composer.getByRole('textbox', { name: 'Longitude' })).toHaveValue(/^-?\d/)
    await context.setOffline(false)
  })
})
