// Google mode against the Node emulator when Google hides the X-Goog-Upload-* headers from pages (the emulator's
// `corsExpose: 'none'`, the run-time twin of `--cors-expose none`): a large file cannot use the resumable
// protocol, so the app uploads it raw, with real progress.
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from './helpers'
import { signInThenStopIntercepting } from './support/gsi-stub'

const EMULATOR = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? 8787}`
// Above the 8 MiB resumable threshold: a real JPEG padded after its end marker.
const LARGE = 9 * 1024 * 1024
const largePhoto = (name: string) => {
  const jpeg = readFileSync('public/demo-library/aarhus-colorful-cups.jpg')
  return { name, mimeType: 'image/jpeg', buffer: Buffer.concat([jpeg, Buffer.alloc(LARGE - jpeg.length)]) }
}

interface UploadRequest {
  protocol: string | undefined
  command: string | undefined
}

function recordUploads(page: Page): UploadRequest[] {
  const seen: UploadRequest[] = []
  page.context().on('request', (r) => {
    if (r.url().startsWith(`${EMULATOR}/v1/uploads`) && r.method() === 'POST') {
      const h = r.headers()
      seen.push({ protocol: h['x-goog-upload-protocol'], command: h['x-goog-upload-command'] })
    }
  })
  return seen
}

async function setCorsExpose(page: Page, corsExpose: 'all' | 'none') {
  const res = await page.request.patch(`${EMULATOR}/_emulator/config`, { data: { corsExpose } })
  expect(res.ok()).toBe(true)
}

/** Holds the next upload request's body unread for a while, so the browser's progress stops partway. */
async function slowUploads(page: Page, ms: number[]) {
  const queue = ms.map((delay) => ({ kind: 'latency', ms: delay, match: '/v1/uploads' }))
  expect((await page.request.post(`${EMULATOR}/_emulator/faults`, { data: { queue } })).ok()).toBe(true)
}

test.beforeEach(async ({ page }) => {
  expect((await page.request.post(`${EMULATOR}/_emulator/reset`)).ok()).toBe(true)
  await page.request.delete(`${EMULATOR}/_emulator/faults`)
  await setCorsExpose(page, 'none')
})

test.afterEach(async ({ page }) => {
  // The emulator serves every Google spec of the run: put it back as it was.
  await setCorsExpose(page, 'all')
  await page.request.delete(`${EMULATOR}/_emulator/faults`)
})

test('without readable upload headers, a large photo still uploads, showing its progress, through a raw upload', async ({ page }) => {
  test.setTimeout(180_000) // a 9 MB upload held back 4 s by the emulator, on a loaded shared machine
  const uploads = recordUploads(page)
  await signInThenStopIntercepting(page)
  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Upload' }).click()

  // The start answers at once; the raw upload's body then waits, so its bar stops partway. Every value the bar
  // shows is recorded in the page (a loaded machine may poll past the moment).
  await page.evaluate(() => {
    const seen: number[] = []
    ;(window as unknown as { __barValues: number[] }).__barValues = seen
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"][aria-label="harbour.jpg"]')
      if (bar) seen.push(Number(bar.getAttribute('aria-valuenow')))
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] })
  })
  await slowUploads(page, [0, 4000])
  await page.locator('input[type=file]').setInputFiles([largePhoto('harbour.jpg')])
  const queue = page.getByRole('region', { name: 'Uploads' })
  await expect(queue.getByText('1 of 1 uploaded')).toBeVisible({ timeout: 90_000 })
  const values = await page.evaluate(() => (window as unknown as { __barValues: number[] }).__barValues)
  expect(values.filter((v) => v > 0 && v < 100), `bar values: ${values.join(' ')}`).not.toEqual([])
  expect(uploads).toEqual([
    { protocol: 'resumable', command: 'start' },
    { protocol: 'raw', command: undefined },
  ])

  // It is in the user's library. (Later large files going raw at once is covered by src/api/uploads-fallback.test.ts.)
  const listed = await page.request.get(`${EMULATOR}/v1/mediaItems?pageSize=100`, { headers: { Authorization: 'Bearer demo' } })
  const items = ((await listed.json()) as { mediaItems: { filename: string }[] }).mediaItems
  expect(items.map((m) => m.filename)).toContain('harbour.jpg')
})
