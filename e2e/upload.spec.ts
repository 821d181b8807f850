import { readFileSync } from 'node:fs'
import { test, expect, openDemo, type Page } from './helpers'

const file = (name: string, mimeType: string, source: string) => ({ name, mimeType, buffer: readFileSync(`public/demo-library/${source}`) })

/** Drags a photo over the page (and drops it), as a person does from the file manager. */
async function dropFile(page: Page, name: string, drop: boolean) {
  await page.evaluate(
    async ({ name, drop }) => {
      const bytes = await (await fetch('/demo-library/food-espresso.jpg')).blob()
      const dt = new DataTransfer()
      dt.items.add(new File([bytes], name, { type: 'image/jpeg' }))
      const target = document.querySelector('main') ?? document.body
      target.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }))
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }))
      if (drop) target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    },
    { name, drop },
  )
}

test.describe('upload', () => {
  test.beforeEach(async ({ page }) => {
    await openDemo(page, '/upload')
    await page.evaluate(() => fetch('/__emulator/_emulator/reset', { method: 'POST' }))
    await page.reload()
  })

  test('uploads three files, one a video, into an album; they are there after a reload', async ({ page }) => {
    // A new album to upload into.
    await page.goto('/albums')
    await page.getByRole('button', { name: 'New album' }).first().click()
    await page.getByRole('dialog').getByRole('textbox', { name: 'Album title' }).fill('Fresh uploads')
    await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Fresh uploads' })).toBeVisible()
    await page.getByRole('link', { name: 'Upload to this album' }).first().click()

    await expect(page.getByRole('radio', { name: 'An album' })).toBeChecked()
    await expect(page.getByRole('combobox', { name: 'Album', exact: true })).toHaveValue(/.+/)
    await page.getByRole('combobox', { name: 'Place in the album' }).selectOption({ label: 'At the end' })
    await page.locator('input[type=file]').setInputFiles([
      file('lake.jpg', 'image/jpeg', 'flowers-dandelion-clocks.jpg'),
      file('cups.jpg', 'image/jpeg', 'aarhus-colorful-cups.jpg'),
      file('dog.mp4', 'video/mp4', 'video-dog-on-tiles.mp4'),
    ])
    const queue = page.getByRole('region', { name: 'Uploads' })
    await expect(queue.getByText('3 of 3 uploaded')).toBeVisible({ timeout: 30_000 })
    await expect(queue.getByText('Uploaded to “Fresh uploads”')).toHaveCount(3)

    await page.getByRole('link', { name: 'Open the album' }).click()
    await page.reload()
    const grid = page.getByRole('grid', { name: 'Items in this album, in album order' })
    await expect(grid.getByRole('gridcell', { name: /^(Photo|Video), / })).toHaveCount(3)
    await expect(grid.getByRole('gridcell', { name: /^Video, / })).toHaveCount(1)
    await expect(page.getByText('3 items')).toBeVisible()
  })

  test('refuses formats Google Photos rejects before uploading, and lets failed files be retried', async ({ page }) => {
    await page.locator('input[type=file]').setInputFiles([{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') }])
    await expect(page.getByText('Google Photos does not accept this file type. Only photos and videos can be uploaded.')).toBeVisible()

    await page.evaluate(() =>
      fetch('/__emulator/_emulator/faults', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ queue: Array.from({ length: 6 }, () => ({ status: 500 })) }),
      }),
    )
    await page.locator('input[type=file]').setInputFiles([file('boats.jpg', 'image/jpeg', 'aarhus-colorful-cups.jpg')])
    const retry = page.getByRole('button', { name: 'Retry boats.jpg' })
    await expect(retry).toBeVisible({ timeout: 30_000 })
    await page.evaluate(() => fetch('/__emulator/_emulator/faults', { method: 'DELETE' }))
    await retry.click()
    await expect(page.getByText('1 of 1 uploaded')).toBeVisible({ timeout: 30_000 })

    // Not an image, though named .jpg: the server refuses the file itself, so no Retry is offered.
    await page.locator('input[type=file]').setInputFiles([{ name: 'fake.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('this is plain text, not a JPEG') }])
    const fake = page.getByRole('listitem', { name: 'fake.jpg' })
    await expect(fake.getByText('Google Photos did not accept this file.')).toBeVisible({ timeout: 30_000 })
    await expect(fake.getByRole('button', { name: 'Retry fake.jpg' })).toHaveCount(0)
    await expect(fake.getByRole('button', { name: /fake\.jpg/ })).toHaveCount(1)

    await page.getByRole('link', { name: 'Library' }).first().click()
    await expect(page.getByRole('gridcell').first()).toBeVisible()
  })

  test('leaving the page while uploading asks first', async ({ page }) => {
    // Slow the upload down so it is still running when we try to leave.
    await page.evaluate(() =>
      fetch('/__emulator/_emulator/faults', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ config: { latencyMs: 4000 } }) }),
    )
    await page.locator('input[type=file]').setInputFiles([file('slow.jpg', 'image/jpeg', 'aarhus-colorful-cups.jpg')])
    await expect(page.getByRole('progressbar', { name: 'slow.jpg' })).toBeVisible()
    let asked = false
    page.on('dialog', async (d) => {
      asked = d.type() === 'beforeunload'
      await d.dismiss()
    })
    await page.reload({ timeout: 3000 }).catch(() => undefined)
    expect(asked).toBe(true)
    await page.evaluate(() => fetch('/__emulator/_emulator/faults', { method: 'DELETE' }))
  })

  test('with “An album” and no album picked, dropped and chosen files wait until the user says where they go', async ({ page }) => {
    await page.getByRole('radio', { name: 'An album' }).check()
    const albumPicker = page.getByRole('combobox', { name: 'Album', exact: true })
    await expect(albumPicker).toHaveValue('')
    await expect(albumPicker.getByRole('option')).not.toHaveCount(1) // the albums have loaded

    // Dragged over the page, the files are told they will wait; dropped, they wait in the queue, unsent.
    await dropFile(page, 'waiting-espresso.jpg', false)
    await expect(page.getByRole('status').filter({ hasText: 'Drop to upload' })).toContainText('The files wait here until you pick an album.')
    await dropFile(page, 'waiting-espresso.jpg', true)
    await expect(page).toHaveURL(/\/upload$/)
    const waiting = page.getByRole('region', { name: '1 file is waiting' })
    await expect(waiting).toContainText('Nothing is uploaded yet: pick an album above')
    await expect(page.getByRole('listitem', { name: 'waiting-espresso.jpg' })).toContainText('Waiting for you to choose where it goes')
    await expect(albumPicker).toHaveAccessibleDescription(/pick an album above/)
    // Choosing files works the same way (the button is never a dead end).
    await expect(page.getByRole('button', { name: 'Choose files' })).toBeEnabled()
    await page.locator('input[type=file]').setInputFiles([file('waiting-cups.jpg', 'image/jpeg', 'aarhus-colorful-cups.jpg')])
    await expect(page.getByRole('region', { name: '2 files are waiting' })).toBeVisible()
    await expect(page.getByText(/of \d+ uploaded/)).toHaveCount(0)

    // Once an album is picked, one press sends them there.
    await albumPicker.selectOption({ index: 1 })
    await expect(albumPicker).not.toHaveValue('') // the page has taken the choice before its name is read
    const album = (await albumPicker.locator('option:checked').textContent()) ?? ''
    await page.getByRole('region', { name: '2 files are waiting' }).getByRole('button', { name: `Upload to “${album}”` }).click()
    const queue = page.getByRole('region', { name: 'Uploads' })
    await expect(queue.getByText('2 of 2 uploaded')).toBeVisible({ timeout: 30_000 })
    await expect(queue.getByText(`Uploaded to “${album}”`)).toHaveCount(2)
    await expect(page.getByRole('region', { name: /waiting/ })).toHaveCount(0)

    // Or the library, explicitly.
    await albumPicker.selectOption({ value: '' })
    await dropFile(page, 'to-library.jpg', true)
    await page.getByRole('region', { name: '1 file is waiting' }).getByRole('button', { name: 'Upload to the library' }).click()
    await expect(queue.getByText('3 of 3 uploaded')).toBeVisible({ timeout: 30_000 })
    const toLibrary = page.getByRole('listitem', { name: 'to-library.jpg' })
    await expect(toLibrary).toContainText('Uploaded')
    await expect(toLibrary).not.toContainText('Uploaded to')
  })
})
