// Two tabs of the demo on one album: a write in one shows in the other without a reload (BroadcastChannel).
import { test, expect, api, openDemo } from './helpers'

test('a rename in one tab shows in the other tab, and its album list, without a reload', async ({ page, context }) => {
  await openDemo(page, '/albums')
  await api(page, '_emulator/reset', { method: 'POST', body: {} })
  const album = await api<{ id: string }>(page, 'v1/albums', { body: { album: { title: 'Harbour walk' } } })
  await page.goto(`/albums/${album.id}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour walk' })).toBeVisible()

  const other = await context.newPage()
  await openDemo(other, `/albums/${album.id}`)
  await expect(other.getByRole('heading', { level: 1, name: 'Harbour walk' })).toBeVisible()

  await page.getByRole('button', { name: 'More options' }).click()
  await page.getByRole('menuitem', { name: 'Rename album' }).click()
  const rename = page.getByRole('dialog', { name: 'Rename album' })
  await rename.getByRole('textbox', { name: 'Album title' }).fill('Harbour walk at dusk')
  await rename.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour walk at dusk' })).toBeVisible()

  // The other tab was not reloaded; it hears of the write and reads the album again.
  await expect(other.getByRole('heading', { level: 1, name: 'Harbour walk at dusk' })).toBeVisible()
  await other.getByRole('link', { name: 'Albums' }).first().click()
  await expect(other.getByRole('link', { name: /Harbour walk at dusk/ })).toBeVisible()
})
