// Sharing between two demo users: the owner shares with options and copies the link, a second user opens it,
// sees the preview, joins, adds a photo and leaves; the owner stops sharing. Then Google's 2025 rules: each
// sharing action explains itself instead of showing a raw 403.
//
// Both users are tabs of one browser context: the demo's emulator lives in the context's service worker and
// IndexedDB, so a second context would be a second, separate emulator. `?demoUser=alice` makes a tab act as alice.
import { test, expect, type Page, api, expectNoAxeViolations, openDemo } from './helpers'

async function resetDemo(page: Page, profile: 'legacy' | '2025' = 'legacy') {
  await openDemo(page, '/library')
  await api(page, '_emulator/config', { method: 'POST', body: { profile } })
  await api(page, '_emulator/reset', { method: 'POST', body: {} })
}

async function createAlbum(page: Page, title: string): Promise<string> {
  const album = await api<{ id: string }>(page, 'v1/albums', { body: { album: { title } } })
  return album.id
}

test.describe('sharing', () => {
  test.afterEach(async ({ page }) => {
    await api(page, '_emulator/config', { method: 'POST', body: { profile: 'legacy' } }).catch(() => undefined)
  })

  test('owner shares → second user previews, joins, adds a photo, leaves → owner stops sharing', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await resetDemo(page)
    const albumId = await createAlbum(page, 'Picnic to share')

    // Owner: share with "others can add photos".
    await page.goto(`/albums/${albumId}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Picnic to share' })).toBeVisible()
    await page.getByRole('button', { name: 'Share', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Share “Picnic to share”' })
    await expect(dialog.getByText('Anyone with the link can see this album and join it.')).toBeVisible()
    await dialog.getByText('Others can add photos').click()
    await expect(dialog.getByRole('checkbox', { name: /Others can add photos/ })).toBeChecked()
    await expect(dialog.getByRole('checkbox', { name: /Others can comment/ })).toBeChecked()
    await expectNoAxeViolations(page)
    await dialog.getByRole('button', { name: 'Share', exact: true }).click()
    const linkField = dialog.getByRole('textbox', { name: 'Link to the album' })
    await expect(linkField).toHaveValue(/\/join\/[A-Za-z0-9_-]{20,}$/)
    await expect(dialog.getByRole('img', { name: 'QR code of the link, for a phone camera' })).toBeVisible()
    await expect(dialog.getByText('People who join: can add photos, can comment.')).toBeVisible()
    await dialog.getByRole('button', { name: 'Copy link' }).click()
    await expect(dialog.getByRole('button', { name: 'Link copied' })).toBeVisible()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(link).toBe(await linkField.inputValue())
    await dialog.getByRole('button', { name: 'Close' }).click()

    // Second user: the link opens the preview, then Join.
    const alice = await context.newPage()
    await alice.goto(`${link}?demoUser=alice`)
    await expect(alice.getByRole('heading', { level: 1, name: 'Join this shared album?' })).toBeVisible()
    await expect(alice.getByRole('heading', { level: 2, name: 'Picnic to share' })).toBeVisible()
    await expect(alice.getByText('People who join can add their own photos.')).toBeVisible()
    await expectNoAxeViolations(alice)
    await alice.getByRole('button', { name: 'Join album' }).click()
    await expect(alice.getByRole('heading', { level: 1, name: 'Picnic to share' })).toBeVisible()
    await expect(alice.getByText('Joined', { exact: true })).toBeVisible()

    // It is in alice's Sharing section, marked as joined.
    await alice.getByRole('link', { name: 'Sharing' }).first().click()
    const aliceList = alice.getByRole('list', { name: 'Shared albums' })
    await expect(aliceList.getByRole('link', { name: /Picnic to share/ })).toContainText('Joined')
    await aliceList.getByRole('link', { name: /Picnic to share/ }).click()
    await expect(alice.getByRole('heading', { level: 1, name: 'Picnic to share' })).toBeVisible()

    // Add a photo from her own library (collaborative album), once her photos are on screen.
    await alice.getByRole('button', { name: 'Add photos' }).click()
    const picker = alice.getByRole('dialog', { name: 'Add your photos to “Picnic to share”' })
    const firstPhoto = picker.getByRole('group', { name: 'Your photos' }).locator('label').first()
    await expect(firstPhoto).toBeVisible()
    await firstPhoto.click()
    await picker.getByRole('button', { name: 'Add 1 photo' }).click()
    await expect(picker).toBeHidden()
    // The same wall as the library: who added a photo is in its name, not a caption on every tile.
    const items = alice.getByRole('grid', { name: 'Photos in this album' })
    await expect(items.getByRole('gridcell', { name: /added by Alice$/ })).toHaveCount(1)
    await expect(alice.getByRole('region', { name: 'People in this album' })).toContainText('Alice')

    // The owner sees alice's photo with her name, and is never offered Leave.
    await page.goto(`/sharing/albums/${albumId}`)
    await expect(page.getByRole('grid', { name: 'Photos in this album' }).getByRole('gridcell', { name: /added by Alice$/ })).toHaveCount(1)
    await expect(page.getByText('Yours', { exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Leave album' })).toHaveCount(0)
    await expectNoAxeViolations(page)

    // Alice leaves, after confirming (her page still shows the album and her photo).
    await expect(items.getByRole('gridcell', { name: /added by Alice$/ })).toHaveCount(1)
    await alice.getByRole('button', { name: 'Leave album' }).click()
    const confirmLeave = alice.getByRole('dialog', { name: 'Leave “Picnic to share”?' })
    await expect(confirmLeave).toContainText('the photos you added to it are removed from the album')
    await confirmLeave.getByRole('button', { name: 'Leave', exact: true }).click()
    await expect(alice).toHaveURL(/\/sharing$/)
    await expect(alice.getByRole('link', { name: /Picnic to share/ })).toHaveCount(0)

    // The owner stops sharing; the confirmation says what happens to people who joined.
    await page.goto(`/albums/${albumId}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Picnic to share' })).toBeVisible()
    await page.getByRole('button', { name: 'Sharing', exact: true }).click()
    const shareDialog = page.getByRole('dialog', { name: 'Share “Picnic to share”' })
    await expect(shareDialog.getByRole('textbox', { name: 'Link to the album' })).toHaveValue(link)
    await shareDialog.getByRole('button', { name: 'Stop sharing' }).click()
    await expect(shareDialog).toContainText('Everyone who joined loses access to the album')
    await shareDialog.getByRole('button', { name: 'Stop sharing' }).click()
    await expect(shareDialog).toBeHidden()
    await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeVisible()

    // The old link no longer leads anywhere, and says so.
    await alice.goto(new URL(link).pathname)
    await expect(alice.getByRole('alert')).toContainText('This link does not lead to a shared album')
  })

  test('join by pasting a link or a code, and a bad paste is explained', async ({ page }) => {
    await resetDemo(page)
    const { users } = await api<{ users: { id: string; sharedAlbums: { shareToken: string }[] }[] }>(page, '_emulator/users', { user: 'alice' })
    const token = users.find((u) => u.id === 'alice')?.sharedAlbums[0]?.shareToken
    expect(token).toBeTruthy()
    await page.goto('/sharing')
    const field = page.getByRole('textbox', { name: 'Link or share code' })
    await field.fill('not a link')
    await page.getByRole('button', { name: 'Open', exact: true }).click()
    await expect(page.getByText('That is not a Shoebox share link or code.')).toBeVisible()
    await field.fill('https://photos.app.goo.gl/abc123')
    await page.getByRole('button', { name: 'Open', exact: true }).click()
    await expect(page.getByRole('link', { name: 'Open in Google Photos' })).toHaveAttribute('href', 'https://photos.app.goo.gl/abc123')
    await field.fill(`https://elsewhere.example/join/${token}`)
    await page.getByRole('button', { name: 'Open', exact: true }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Garden party' })).toBeVisible()
    await page.getByRole('button', { name: 'Join album' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Garden party' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Leave album' })).toBeVisible()
    await expect(page.getByText('Alice', { exact: true }).first()).toBeVisible()
  })

  test('under Google’s 2025 rules every sharing action explains the change and links to Google Photos', async ({ page }) => {
    await resetDemo(page)
    const { users } = await api<{ users: { id: string; sharedAlbums: { shareToken: string }[] }[] }>(page, '_emulator/users', { user: 'alice' })
    const token = users.find((u) => u.id === 'alice')?.sharedAlbums[0]?.shareToken
    await api(page, '_emulator/config', { method: 'POST', body: { profile: '2025' } })
    const albumId = await createAlbum(page, 'After the change')

    // sharedAlbums.list
    await page.goto('/sharing')
    const listAlert = page.getByRole('alert').filter({ hasText: 'Google no longer lets apps share albums' })
    await expect(listAlert).toContainText('Since March 31, 2025')
    await expect(listAlert.getByRole('link', { name: 'Open in Google Photos' })).toHaveAttribute('href', 'https://photos.google.com/sharing')
    await expect(page.getByText(/403|PERMISSION_DENIED/)).toHaveCount(0)

    // sharedAlbums.get (the join preview)
    await page.goto(`/join/${token}`)
    await expect(page.getByRole('alert')).toContainText('Google no longer lets apps share albums')

    // albums.share. In the demo the album's ids exist only in the emulator, so the link is to Google Photos'
    // sharing page rather than to the album (Google mode links to the album itself).
    await page.goto(`/albums/${albumId}`)
    await page.getByRole('button', { name: 'Share', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Share “After the change”' })
    await dialog.getByRole('button', { name: 'Share', exact: true }).click()
    const alert = dialog.getByRole('alert')
    await expect(alert).toContainText('Google no longer lets apps share albums')
    await expect(alert.getByRole('link', { name: 'Open in Google Photos' })).toHaveAttribute('href', 'https://photos.google.com/sharing')
    await expect(dialog.getByText(/403|PERMISSION_DENIED/)).toHaveCount(0)
    await expectNoAxeViolations(page)

    // In Hebrew too.
    await dialog.getByRole('button', { name: 'Close' }).click()
    await page.getByRole('combobox', { name: /Language/ }).selectOption({ label: 'עברית' })
    await page.goto('/sharing')
    await expect(page.getByRole('alert').filter({ hasText: 'Google כבר לא מאפשרת לאפליקציות לשתף אלבומים' })).toBeVisible()
  })
})
