// Google mode built for Google's own API URL (the default), with Google's hosts answered by the Node emulator
// through request interception: the app believes it talks to Google, so it must behave as it would there. Google
// retired the sharing scope in 2025, so no code path may ask for it (or any retired scope): sharing and joining
// go straight to the API and its 403 is explained, with no consent window.
// (Not under the CSP-violation fixture of ./helpers: the emulator serves media from its own address, which a build
// for Google's API rightly does not allow, so thumbnails are refused here by design.)
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { gsiRecord, RETIRED_SCOPES, stubGoogleSignIn, type GsiRecord } from './support/gsi-stub'

const EMULATOR = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? 8787}`
const GOOGLE_HOSTS: [string, string][] = [
  ['https://photoslibrary.googleapis.com', EMULATOR],
  ['https://photospicker.googleapis.com', `${EMULATOR}/picker`],
]

async function answerGoogleFromEmulator(context: BrowserContext) {
  for (const [google, local] of GOOGLE_HOSTS) {
    await context.route(`${google}/**`, async (route) => {
      const response = await route.fetch({ url: route.request().url().replace(google, local) })
      await route.fulfill({ response })
    })
  }
}

/** Every scope the app asked Google for on this page, so far (none when the page never loaded Google's script). */
async function scopesAsked(page: Page): Promise<string[]> {
  const record: GsiRecord | undefined = await gsiRecord(page)
  return (record?.requests ?? []).flatMap((r) => r.scope.split(' '))
}

async function expectNoRetiredScope(asked: string[]) {
  expect(asked.length).toBeGreaterThan(0)
  expect(asked.filter((scope) => RETIRED_SCOPES.includes(scope))).toEqual([])
}

test.beforeEach(async ({ page }) => {
  expect((await page.request.post(`${EMULATOR}/_emulator/reset`)).ok()).toBe(true)
  await page.request.delete(`${EMULATOR}/_emulator/faults`)
  await answerGoogleFromEmulator(page.context())
  await stubGoogleSignIn(page.context())
})

test('against Google, no path asks for a retired scope: sharing and joining explain Google’s answer', async ({ page }) => {
  test.setTimeout(120_000)
  const sharingCalls: string[] = []
  page.context().on('request', (r) => {
    if (/googleapis\.com\/v1\/(albums\/[^/]+:(share|unshare)|sharedAlbums)/.test(r.url()) && r.method() !== 'OPTIONS') sharingCalls.push(r.url())
  })
  // Alice's share link, as she would send it (read with her own token), and an album of hers the user joined
  // earlier, when apps could still join (set up through the emulator with a token that has every scope).
  const alices = (await (await page.request.get(`${EMULATOR}/v1/albums?pageSize=50`, { headers: { Authorization: 'Bearer alice' } })).json()) as {
    albums: { shareInfo?: { shareToken?: string } }[]
  }
  const shareToken = alices.albums.find((a) => a.shareInfo?.shareToken)?.shareInfo?.shareToken
  expect(shareToken).toBeTruthy()
  const joined = await page.request.post(`${EMULATOR}/v1/sharedAlbums:join`, { headers: { Authorization: 'Bearer demo' }, data: { shareToken } })
  expect(joined.ok()).toBe(true)

  await page.goto('/')
  await page.getByRole('button', { name: 'Sign in with Google' }).click()
  await expect(page).toHaveURL(/\/library$/)
  const asked: string[] = await scopesAsked(page)

  // The account panel does not offer a permission Google no longer has.
  await page.getByRole('button', { name: 'Google account' }).click()
  const panel = page.getByRole('dialog', { name: 'Google account' })
  await expect(panel.getByText('Signed in as demo@example.com')).toBeVisible()
  await expect(panel.getByText('Manage and add to shared albums')).toHaveCount(0)
  await expect(panel.getByText(/Google removed that permission for apps on 31 March 2025/)).toBeVisible()
  await page.keyboard.press('Escape')

  // Share: the call goes out as it is and Google's 403 is explained.
  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Albums' }).click()
  await page.getByRole('list', { name: 'Your albums' }).getByRole('link', { name: /Food/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Food' })).toBeVisible()
  await page.getByRole('button', { name: 'Share', exact: true }).click()
  const share = page.getByRole('dialog', { name: 'Share “Food”' })
  await share.getByRole('button', { name: 'Share', exact: true }).click()
  await expect(share.getByText('Google no longer lets apps share albums')).toBeVisible()
  expect(sharingCalls.some((url) => url.endsWith(':share'))).toBe(true)
  await expect(page.getByRole('dialog', { name: /permission/i })).toHaveCount(0)
  await share.getByRole('button', { name: 'Close' }).click()

  // The Sharing page and an album joined earlier: no consent window either. Google describes a share (its token,
  // who joined) only to a token with the retired sharing scope, so there is nothing to leave with, and the page
  // does not offer it.
  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Sharing' }).click()
  const shared = page.getByRole('list', { name: 'Shared albums' })
  await shared.getByRole('link', { name: /Joined/ }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('grid').getByRole('gridcell').first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Leave album' })).toHaveCount(0)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  asked.push(...(await scopesAsked(page)).slice(asked.length))

  // A join link, opened as a person would from a message.
  await page.goto(`/join/${encodeURIComponent(shareToken!)}`)
  await expect(page.getByText('Google no longer lets apps share albums')).toBeVisible()
  expect(sharingCalls.some((url) => url.includes('/v1/sharedAlbums/'))).toBe(true)
  asked.push(...(await scopesAsked(page)))
  await expect(page.getByRole('dialog')).toHaveCount(0)

  await expectNoRetiredScope(asked)
})
