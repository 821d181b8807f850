// The search page against the in-process emulator (demo seed): the URL drives the request, refused filters are
// explained next to their field and never sent, album searches send the album only, removal chips work.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { I18nextProvider } from 'react-i18next'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createTestClient } from '../../api/test-harness'
import { createTestEmulator } from '../../test/emulator'
import en from '../../i18n/locales/en'
import { createQueryClient, GridMediaProvider, PhotosClientProvider } from '../../queries'
import { SearchPage } from './SearchPage'

let i18n: typeof i18next
let harness: ReturnType<typeof createTestClient>
let queryClient: QueryClient

beforeAll(async () => {
  i18n = i18next.createInstance()
  await i18n.init({ lng: 'en', resources: { en }, ns: Object.keys(en), defaultNS: 'common', interpolation: { escapeValue: false } })
})
beforeEach(() => {
  harness = createTestClient(createTestEmulator({ seed: 'demo' }))
  queryClient = createQueryClient({ defaultOptions: { queries: { retry: false } } })
})
afterEach(() => queryClient.clear())

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: '/search', element: <SearchPage />, children: [{ path: '/search/photo/:itemId', element: null }] }], {
    initialEntries: [url],
  })
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <PhotosClientProvider client={harness.client}>
          <GridMediaProvider>
            <RouterProvider router={router} />
          </GridMediaProvider>
        </PhotosClientProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  )
  return router
}

const searches = () => harness.recorder.to('/v1/mediaItems:search').map((c) => harness.recorder.json(c) as Record<string, unknown>)
const withoutPaging = ({ pageSize: _s, pageToken: _t, ...rest }: Record<string, unknown>) => rest

describe('SearchPage', () => {
  it('sends the filters from the URL and shows how many items match', async () => {
    renderAt('/search?date=--07&type=photos')
    expect(await screen.findByText(/^\d+ items?$/, undefined, { timeout: 8000 })).toBeInTheDocument()
    expect(searches().map(withoutPaging)).toEqual([
      { filters: { dateFilter: { ranges: [{ startDate: { month: 7, day: 1 }, endDate: { month: 7, day: 31 } }] }, mediaTypeFilter: { mediaTypes: ['PHOTO'] } } },
    ])
    const chips = screen.getByRole('list', { name: 'Active filters' })
    expect(within(chips).getByRole('button', { name: 'Remove filter: July, any year' })).toBeInTheDocument()
    expect(within(chips).getByRole('button', { name: 'Remove filter: Photos' })).toBeInTheDocument()
  })

  it('says what the API would refuse next to the field, and sends nothing', async () => {
    renderAt('/search?range=2020..2019&include=pets&exclude=pets&order=oldest')
    const range = screen.getAllByRole('group', { name: 'Range 1' })[0]!
    expect(within(range).getByText('The start of this range is after its end.')).toBeInTheDocument()
    expect(screen.getAllByText('Pets can’t be both included and excluded.').length).toBeGreaterThan(0)
    expect(screen.getAllByText('Oldest first can’t be combined with content, media type or favourites.').length).toBeGreaterThan(0)
    expect(screen.getByText('These filters can’t be searched yet: fix the ones marked in the filters.')).toBeInTheDocument()
    await act(() => new Promise((r) => setTimeout(r, 50)))
    expect(searches()).toEqual([])
  })

  it('an album search sends only the album and says the filters are paused', async () => {
    const albums = await harness.client.albums.list({ pageSize: 50 })
    const album = albums.albums[0]!
    harness.recorder.clear()
    renderAt(`/search?album=${encodeURIComponent(album.id!)}&favorites=1`)
    expect((await screen.findAllByText(/the filters below are paused/)).length).toBeGreaterThan(0)
    await waitFor(() => expect(searches().map(withoutPaging)).toEqual([{ albumId: album.id }]))
  })

  it('a filter change goes to the URL; removing a chip removes that filter only', async () => {
    const user = userEvent.setup()
    const router = renderAt('/search?include=travel,pets&favorites=1')
    await screen.findByText(/^\d+ items?$/, undefined, { timeout: 8000 })
    const chips = screen.getByRole('list', { name: 'Active filters' })
    await user.click(within(chips).getByRole('button', { name: 'Remove filter: Travel' }))
    expect(router.state.location.search).toBe('?include=pets&favorites=1')
    const [videos] = screen.getAllByRole('radio', { name: 'Videos' })
    await user.click(videos!)
    expect(router.state.location.search).toBe('?include=pets&type=videos&favorites=1')
  })

  it('names the active filters when nothing matches, and clears them one by one', async () => {
    const user = userEvent.setup()
    const router = renderAt('/search?date=1999&type=videos')
    expect(await screen.findByRole('heading', { name: 'Nothing matches' })).toBeInTheDocument()
    const lists = screen.getAllByRole('list', { name: 'Active filters' })
    const inEmpty = lists[lists.length - 1]!
    await user.click(within(inEmpty).getByRole('button', { name: 'Remove filter: 1999' }))
    expect(router.state.location.search).toBe('?type=videos')
  })

  it('asks nothing before a filter is set; the albums are asked for when the album choice is used', async () => {
    renderAt('/search')
    expect(await screen.findByText(/Choose a filter to search/)).toBeInTheDocument()
    await act(() => new Promise((r) => setTimeout(r, 50)))
    expect(harness.recorder.calls).toEqual([])
    const scope = screen.getAllByRole('button', { name: /Search in/ })[0]!
    await userEvent.setup().click(scope)
    await waitFor(() => expect(harness.recorder.to('/v1/albums').length).toBeGreaterThan(0))
    expect(searches()).toEqual([])
  })
})
