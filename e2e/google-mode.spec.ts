// Google mode against the Node emulator (npm run emulator), with Google's sign-in script replaced by a stand-in.
// Runs in the "google" project: a build with VITE_GOOGLE_CLIENT_ID and VITE_PHOTOS_API_URL=<emulator>.
import { expect, test, type Page } from './helpers'
import { blockGoogleSignIn, GSI_URL, gsiRecord, gsiRecordOnceLoaded, recordRequests, setGsiPolicy, stubGoogleSignIn, USERINFO_URL, type GsiPolicy, type Seen } from './support/gsi-stub'

const EMULATOR = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? 8787}`
const SCOPE = (name: string) => `https://www.googleapis.com/auth/photoslibrary.${name}`
const SHARING = SCOPE('sharing')
const IDENTITY = ['openid', 'https://www.googleapis.com/auth/userinfo.email']

const isApi = (s: Seen) => s.url.startsWith(`${EMULATOR}/v1/`) && s.method !== 'OPTIONS'

async function resetEmulator(page: Page) {
  const res = await page.request.post(`${EMULATOR}/_emulator/reset`)
  expect(res.ok()).toBe(true)
  await page.request.delete(`${EMULATOR}/_emulator/faults`)
}

async function signIn(page: Page, policy: GsiPolicy = {}) {
  await stubGoogleSignIn(page.context(), policy)
  await page.goto('/')
  await page.getByRole('button', { name: 'Sign in with Google' }).click()
  await expect(page).toHaveURL(/\/library$/)
}

async function openAlbums(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Albums' }).click()
  await expect(page.getByRole('list', { name: 'Your albums' })).toBeVisible()
  await expect(page.getByText('Favourites of 2025').first()).toBeVisible()
}

async function expectNoTokenAnywhere(page: Page, seen: Seen[], tokens: string[], { session }: { session: 'may-hold' | 'empty' }) {
  const local = await page.evaluate(() => JSON.stringify({ ...localStorage }))
  const sess = await page.evaluate(() => JSON.stringify({ ...sessionStorage }))
  for (const token of tokens) {
    expect(local, 'localStorage').not.toContain(token)
    if (session === 'empty') expect(sess, 'sessionStorage').not.toContain(token)
    expect(page.url()).not.toContain(token)
    expect(seen.filter((s) => s.url.includes(token) || decodeURIComponent(s.url).includes(token)).map((s) => s.url)).toEqual([])
  }
  expect(seen.filter((s) => /access_token=/.test(s.url)).map((s) => s.url)).toEqual([])
}

test.beforeEach(async ({ page }) => {
  await resetEmulator(page)
})

test('sign in asks for the least scopes; albums load with the bearer token on API requests only', async ({ page }) => {
  const seen = recordRequests(page)
  await signIn(page)
  const gsi = await gsiRecord(page)
  expect(gsi.requests).toHaveLength(1)
  expect(gsi.requests[0]).toMatchObject({ clientId: 'test-client.apps.googleusercontent.com', includeGranted: true, clicked: true })
  expect(gsi.requests[0].scope.split(' ').sort()).toEqual(
    [SCOPE('appendonly'), SCOPE('edit.appcreateddata'), SCOPE('readonly.appcreateddata'), ...IDENTITY].sort(),
  )
  // The token carries exactly what was granted, so the emulator enforces what the user agreed to.
  const [token] = gsi.issued
  expect(token).toBe('demo~1;scopes=photoslibrary.appendonly,photoslibrary.readonly.appcreateddata,photoslibrary.edit.appcreateddata,openid,userinfo.email')

  await openAlbums(page)
  // Cover images come from the emulator's media URLs (another host than the app): they must load without it.
  await expect(page.locator('img[src*="/media/"]').first()).toBeVisible()

  const api = seen.filter(isApi)
  expect(api.length).toBeGreaterThan(0)
  expect(api.filter((s) => s.authorization !== `Bearer ${token}`).map((s) => `${s.method} ${s.url}`)).toEqual([])
  // Google's user info (who signed in) is the one other request that carries the token.
  expect(seen.filter((s) => s.url === USERINFO_URL && s.method === 'GET').map((s) => s.authorization)).toEqual([`Bearer ${token}`])
  const others = seen.filter((s) => !isApi(s) && s.url !== USERINFO_URL)
  expect(others.some((s) => s.url.includes('/media/'))).toBe(true)
  expect(others.filter((s) => s.authorization !== undefined).map((s) => s.url)).toEqual([])
  await expectNoTokenAnywhere(page, seen, [token], { session: 'may-hold' })

  // A reload within the hour carries on in Google mode without asking Google again (sessionStorage).
  await page.reload()
  await expect(page.getByRole('list', { name: 'Your albums' })).toBeVisible()
  expect((await gsiRecordOnceLoaded(page)).requests).toHaveLength(0)
  expect(seen.filter(isApi).every((s) => s.authorization === `Bearer ${token}`)).toBe(true)
})

test('a token that expires mid-session is renewed and the action completes with what the user typed', async ({ page }) => {
  const seen = recordRequests(page)
  await signIn(page)
  await openAlbums(page)
  await page.getByRole('button', { name: 'New album' }).click()
  await page.getByRole('textbox', { name: 'Album title' }).fill('Renewed mid-session')

  // The emulator now answers the next albums call as Google does for an expired token.
  const fault = await page.request.post(`${EMULATOR}/_emulator/faults`, { data: { queue: [{ status: 401, match: '/v1/albums' }] } })
  expect(fault.ok()).toBe(true)
  await page.getByRole('button', { name: 'Create' }).click()

  await expect(page.getByRole('heading', { name: 'Renewed mid-session' })).toBeVisible()
  const gsi = await gsiRecord(page)
  expect(gsi.issued).toHaveLength(2)
  const creates = seen.filter((s) => isApi(s) && s.method === 'POST' && s.url === `${EMULATOR}/v1/albums`)
  expect(creates.map((s) => s.authorization)).toEqual(gsi.issued.map((t) => `Bearer ${t}`))
  // Renewed within the click on Create (the browser allows Google's window only then), for the same account.
  expect(gsi.requests.at(-1)).toMatchObject({ prompt: '', clicked: true, hint: 'demo@example.com' })
  await expectNoTokenAnywhere(page, seen, gsi.issued, { session: 'may-hold' })
})

async function openFirstAlbum(page: Page) {
  await page.getByRole('list', { name: 'Your albums' }).getByRole('link').first().click()
  await expect(page).toHaveURL(/\/albums\/[^/]+$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

test("near expiry, the user's next click renews the token inside that gesture", async ({ page }) => {
  const seen = recordRequests(page)
  await page.clock.install()
  await signIn(page)
  // The photos must have arrived before the clock jumps: their refresh is scheduled from the answer's time.
  await expect(page.getByRole('grid').getByRole('gridcell').first()).toBeVisible()
  await page.clock.fastForward('55:10')
  // No timer opens Google's window (a browser would block it): nothing happens until the user acts.
  await page.clock.runFor(5_000)
  expect((await gsiRecord(page)).issued).toHaveLength(1)
  await expect(page.getByRole('dialog')).toHaveCount(0)

  const before = seen.length
  await openAlbums(page)
  await expect.poll(async () => (await gsiRecord(page)).issued).toHaveLength(2)
  const gsi = await gsiRecord(page)
  expect(gsi.requests[1]).toMatchObject({ prompt: '', includeGranted: true, clicked: true, hint: 'demo@example.com' })
  await openFirstAlbum(page)
  const later = seen.slice(before).filter(isApi)
  expect(later.length).toBeGreaterThan(0)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  // Once renewed, every call carries the new token.
  expect(seen.filter(isApi).at(-1)?.authorization).toBe(`Bearer ${gsi.issued[1]}`)
})

test('a token the API calls expired (…~expired → 401) is replaced once and the page loads', async ({ page }) => {
  const seen = recordRequests(page)
  await page.clock.install()
  await signIn(page, { tokens: ['demo~1', 'demo~expired'] })
  await expect(page.getByRole('grid').getByRole('gridcell').first()).toBeVisible() // before the clock jumps (above)
  await page.clock.fastForward('55:10')
  await openAlbums(page) // this click renews, and Google hands out a token the emulator rejects as expired
  await openFirstAlbum(page)
  await expect.poll(async () => (await gsiRecord(page)).issued).toHaveLength(3)
  const issued = (await gsiRecord(page)).issued
  expect(issued.slice(0, 2)).toEqual(['demo~1', 'demo~expired'])
  expect(seen.filter(isApi).some((s) => s.authorization === 'Bearer demo~expired')).toBe(true)
  await expect.poll(() => seen.filter(isApi).at(-1)?.authorization).toBe(`Bearer ${issued[2]}`)
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test('"Not now" leaves the page saying the session is paused; Continue session brings the photos back', async ({ page }) => {
  await page.clock.install()
  await signIn(page)
  // The photos must have arrived before the clock jumps: their refresh is scheduled from the answer's time.
  await expect(page.getByRole('grid').getByRole('gridcell').first()).toBeVisible()
  await setGsiPolicy(page, { blockWindows: true }) // a strict pop-up blocker: Google's window never opens by itself
  await page.clock.fastForward('01:01:00')
  // The library refreshes its photos' addresses in the background and finds the token expired, with no click to
  // renew it in: the page asks.
  const dialog = page.getByRole('dialog', { name: 'Continue your Google session' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('alert')).toHaveCount(0) // no blocked-window error for an attempt never made
  await dialog.getByRole('button', { name: 'Not now' }).click()

  // Every page says so (what is on screen may be out of date), and a page with nothing cached explains itself.
  await expect(page.getByRole('status').filter({ hasText: 'Signed out for now' })).toBeVisible()
  // The albums were never loaded in this session, so the Albums page has nothing to show but the paused state.
  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Albums' }).click()
  const paused = page.getByRole('alert').filter({ hasText: 'Signed out for now' })
  await expect(paused).toBeVisible()
  await expect(page.getByText('This could not be loaded')).toHaveCount(0)
  // Clicking around does not open Google's window behind the user's back.
  const asked = (await gsiRecord(page)).requests.length
  await paused.click()
  expect((await gsiRecord(page)).requests).toHaveLength(asked)

  await setGsiPolicy(page, { blockWindows: false }) // the user allowed pop-ups for the site
  await paused.getByRole('button', { name: 'Continue session' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Signed out for now' })).toHaveCount(0)
  await expect(paused).toHaveCount(0)
  await expect(page.getByRole('list', { name: 'Your albums' })).toBeVisible()
  await expect(page.getByText('Favourites of 2025').first()).toBeVisible()
  expect((await gsiRecord(page)).requests.at(-1)).toMatchObject({ clicked: true })
})

test('when renewal needs a click, a dialog asks and the typed title survives', async ({ page }) => {
  const seen = recordRequests(page)
  await signIn(page)
  await openAlbums(page)
  await page.getByRole('button', { name: 'New album' }).click()
  await page.getByRole('textbox', { name: 'Album title' }).fill('Kept through re-auth')
  // The browser blocks the silent renewal's window (no click behind it), as it would an hour into a session.
  await setGsiPolicy(page, { failNext: 'popup_failed_to_open' })
  await page.request.post(`${EMULATOR}/_emulator/faults`, { data: { queue: [{ status: 401, match: '/v1/albums' }] } })
  await page.getByRole('button', { name: 'Create' }).click()

  const dialog = page.getByRole('dialog', { name: 'Continue your Google session' })
  await expect(dialog).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Album title' })).toHaveValue('Kept through re-auth')
  await dialog.getByRole('button', { name: 'Continue with Google' }).click()

  await expect(page.getByRole('heading', { name: 'Kept through re-auth' })).toBeVisible()
  const creates = seen.filter((s) => isApi(s) && s.method === 'POST' && s.url === `${EMULATOR}/v1/albums`)
  expect(creates.map((s) => s.authorization)).toEqual((await gsiRecord(page)).issued.map((t) => `Bearer ${t}`))
})

test('declining the sharing scope shows the explanation and can be asked again', async ({ page }) => {
  const accountCode: string[] = []
  page.on('request', (r) => {
    if (/\/assets\/account-/.test(r.url())) accountCode.push(r.url())
  })
  await signIn(page, { decline: [SHARING] })
  // The account panel's code waits for the button: not even an idle first screen downloads it.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })))
  expect(accountCode).toEqual([])
  const accountButton = page.getByRole('button', { name: 'Google account' })
  await accountButton.focus()
  await page.keyboard.press('Enter')
  const panel = page.getByRole('dialog', { name: 'Google account' })
  await expect(panel).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(accountButton).toBeFocused() // back on the button, though the panel opened from its stand-in
  await page.keyboard.press('Enter')
  await expect(panel.getByText('Manage and add to shared albums')).toBeVisible()
  await expect(panel.getByText('Asked for when needed')).toBeVisible()
  await panel.getByRole('button', { name: 'Allow: Manage and add to shared albums' }).click()

  const explanation = page.getByRole('dialog', { name: 'Permission not granted' })
  await expect(explanation).toBeVisible()
  await expect(explanation).toContainText('Since 31 March 2025 Google no longer grants this permission')
  await expect(explanation.getByRole('link', { name: 'Open Google Photos' })).toHaveAttribute('href', 'https://photos.google.com/')
  const gsi = await gsiRecord(page)
  expect(gsi.requests).toHaveLength(2)
  expect(gsi.requests[1].scope).toContain(SHARING)
  expect(gsi.requests[1].includeGranted).toBe(true)

  // Ask again: this time the user allows it.
  await setGsiPolicy(page, { decline: [] })
  await explanation.getByRole('button', { name: 'Ask again' }).click()
  await expect(explanation).toBeHidden()
  // The account panel underneath now lists it as allowed.
  await expect(panel.getByRole('button', { name: /Manage and add to shared albums/ })).toHaveCount(0)
  expect((await gsiRecord(page)).granted).toContain(SHARING)
  // Its "Allow" button, which had focus, is gone: focus stays in the panel, on that permission's row (before, it
  // fell to the page, where Escape no longer closed the panel).
  await expect
    .poll(() => page.evaluate(() => (document.activeElement?.closest('[role=dialog]') ? document.activeElement.textContent : 'outside the panel')))
    .toBe('Manage and add to shared albumsAllowed')
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(accountButton).toBeFocused()
})

test('sign out revokes the token, clears cached data and returns to the start page', async ({ page }) => {
  const seen = recordRequests(page)
  await signIn(page)
  await openAlbums(page)
  await page.getByRole('button', { name: 'Google account' }).click()
  await page.getByRole('dialog', { name: 'Google account' }).getByRole('button', { name: 'Sign out' }).click()

  await expect(page.getByRole('button', { name: 'Sign in with Google' })).toBeVisible()
  const [token] = (await gsiRecord(page)).revoked
  expect(token).toMatch(/^demo~1;scopes=/)
  await expectNoTokenAnywhere(page, seen, [token], { session: 'empty' })

  // Nothing signed-in is left: the albums address leads back to the start page, with no API call.
  const before = seen.filter(isApi).length
  await page.goto('/albums')
  await expect(page.getByRole('button', { name: 'Sign in with Google' })).toBeVisible()
  expect(seen.filter(isApi).length).toBe(before)
  await expectNoTokenAnywhere(page, seen, [token], { session: 'empty' })
})

test("when Google's script cannot load, the start page says so and the demo still works without it", async ({ page }) => {
  await blockGoogleSignIn(page.context())
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText("Google's sign-in could not load")
  await expect(page.getByRole('button', { name: 'Explore the demo' })).toBeEnabled()

  // Back online: "Try again" loads the script and sign-in becomes possible.
  await page.context().unroute(`${GSI_URL}**`)
  await stubGoogleSignIn(page.context())
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('button', { name: 'Sign in with Google' })).toBeEnabled()

  await page.getByRole('button', { name: 'Explore the demo' }).click()
  await expect(page).toHaveURL(/\/library$/)
  const google: string[] = []
  page.context().on('request', (r) => {
    if (r.url().startsWith(GSI_URL)) google.push(r.url())
  })
  await page.reload()
  await expect(page.getByRole('navigation', { name: 'Main' }).first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Demo' })).toBeVisible()
  expect(google, 'demo mode never loads Google’s script').toEqual([])
  expect(await page.evaluate(() => 'google' in window)).toBe(false)
})

test('opening a join link asks for the sharing scope; declined, the join page explains instead of failing', async ({ page }) => {
  // Alice's share link, as she would send it (read with her own token, as her app would).
  const alices = (await (await page.request.get(`${EMULATOR}/v1/albums?pageSize=50`, { headers: { Authorization: 'Bearer alice' } })).json()) as {
    albums: { shareInfo?: { shareToken?: string } }[]
  }
  const shareToken = alices.albums.find((a) => a.shareInfo?.shareToken)?.shareInfo?.shareToken
  expect(shareToken).toBeTruthy()

  const seen = recordRequests(page)
  await signIn(page, { decline: [SHARING] })
  await page.goto(`/join/${encodeURIComponent(shareToken!)}`)

  // Opening a link is no click, so the browser would block Google's window: the app asks first.
  const ask = page.getByRole('dialog', { name: 'One more permission' })
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Continue with Google' }).click()
  const explanation = page.getByRole('dialog', { name: 'Permission not granted' })
  await expect(explanation).toBeVisible()
  await expect(explanation).toContainText('Manage and add to shared albums')
  await explanation.getByRole('button', { name: 'Not now' }).click()
  await expect(explanation).toBeHidden()
  await expect(page.getByText('Google no longer lets apps share albums')).toBeVisible()
  // The call never went out with a token lacking the scope: the auth layer answered it.
  expect(seen.filter((s) => isApi(s) && s.url.includes('/v1/sharedAlbums/')).map((s) => s.url)).toEqual([])
})

test('leaving the demo for a Google account shows none of the demo’s albums or photos', async ({ page }) => {
  test.setTimeout(120_000) // two backends in one journey
  await stubGoogleSignIn(page.context())
  await page.goto('/')
  await page.getByRole('button', { name: 'Explore the demo' }).click()
  await expect(page).toHaveURL(/\/library$/)
  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Albums' }).click()
  await page.getByRole('button', { name: 'New album' }).click()
  await page.getByRole('textbox', { name: 'Album title' }).fill('Only in the demo')
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Only in the demo' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Albums' }).click()
  await expect(page.getByRole('link', { name: /Only in the demo/ })).toBeVisible()

  await page.getByRole('button', { name: 'Demo' }).click()
  await page.getByRole('menuitem', { name: 'Leave the demo' }).click()
  await page.getByRole('button', { name: 'Sign in with Google' }).click()
  await expect(page).toHaveURL(/\/library$/)
  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Albums' }).click()
  // The account's own albums, and not for a moment the demo's.
  await expect(page.getByText('Favourites of 2025').first()).toBeVisible()
  await expect(page.getByRole('link', { name: /Only in the demo/ })).toHaveCount(0)
})

async function signOut(page: Page, { forgetRecords }: { forgetRecords: boolean }) {
  await page.getByRole('button', { name: 'Google account' }).click()
  const panel = page.getByRole('dialog', { name: 'Google account' })
  const forget = panel.getByRole('checkbox', { name: /Also forget this account’s records on this device|Also forget this account's records on this device/ })
  await forget.setChecked(forgetRecords)
  await panel.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('button', { name: 'Sign in with Google' })).toBeVisible()
}

test('sign-out keeps this account’s album stories on the device unless asked to forget them', async ({ page }) => {
  test.setTimeout(120_000) // three sign-ins
  await signIn(page)
  await openAlbums(page)
  await page.getByRole('list', { name: 'Your albums' }).getByRole('link', { name: /Food/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Food' })).toBeVisible()
  const albumUrl = page.url()
  await page.getByRole('button', { name: 'Add at the start' }).click()
  const composer = page.getByRole('dialog', { name: 'Add to the album’s story' })
  await composer.getByRole('textbox', { name: 'Text' }).fill('Our favourite dishes')
  await composer.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Text' })).toContainText('Our favourite dishes')

  await signOut(page, { forgetRecords: false })
  await page.getByRole('button', { name: 'Sign in with Google' }).click()
  await expect(page).toHaveURL(/\/library$/)
  await page.goto(albumUrl)
  await expect(page.getByRole('region', { name: 'Text' })).toContainText('Our favourite dishes')

  await signOut(page, { forgetRecords: true })
  await page.getByRole('button', { name: 'Sign in with Google' }).click()
  await expect(page).toHaveURL(/\/library$/)
  await page.goto(albumUrl)
  await expect(page.getByRole('heading', { level: 1, name: 'Food' })).toBeVisible()
  await expect(page.getByRole('grid').getByRole('gridcell').first()).toBeVisible()
  await expect(page.getByRole('region', { name: 'Text' })).toHaveCount(0)
})
