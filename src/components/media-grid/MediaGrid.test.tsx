import { describe, expect, it, vi, beforeAll } from 'vitest'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useReducer } from 'react'
import type i18next from 'i18next'
import { MediaGrid } from './MediaGrid'
import { emptySelection, selectionReducer } from './selection'
import { fakeItems, Providers, testI18n } from './test-utils'
import type { MediaItem } from '../../api'

let i18n: typeof i18next
beforeAll(async () => {
  i18n = await testI18n()
})

function Harness({ items, onOpen, onLoadMore, hasMore = false }: { items: MediaItem[]; onOpen?: (m: MediaItem) => void; onLoadMore?: () => void; hasMore?: boolean }) {
  const [state, dispatch] = useReducer(selectionReducer, emptySelection)
  return (
    <>
      <output data-testid="selected">{[...state.ids].join(',')}</output>
      <MediaGrid
        items={items}
        label="Photos"
        dateHeaders
        selection={{ state, dispatch }}
        onOpen={onOpen}
        hasMore={hasMore}
        onLoadMore={onLoadMore}
        className="h-[800px]"
      />
    </>
  )
}

const cells = () => screen.getAllByRole('gridcell')
const selected = () => screen.getByTestId('selected').textContent

describe('MediaGrid', () => {
  it('renders a labelled grid with date headers and one tab stop; a thumbnail shows once downloaded', () => {
    // jsdom downloads no images: record the grid's downloads and end them by hand.
    const downloads: HTMLImageElement[] = []
    const setter = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!.set!
    const spy = vi.spyOn(HTMLImageElement.prototype, 'src', 'set').mockImplementation(function (this: HTMLImageElement, value: string) {
      downloads.push(this)
      setter.call(this, value)
    })
    render(
      <Providers i18n={i18n}>
        <Harness items={fakeItems(12)} />
      </Providers>,
    )
    const grid = screen.getByRole('grid', { name: 'Photos' })
    expect(grid).toHaveAttribute('aria-multiselectable', 'true')
    expect(within(grid).getAllByRole('rowheader').length).toBeGreaterThan(1)
    expect(cells().filter((c) => c.tabIndex === 0)).toHaveLength(1)
    expect(cells()[0]).toHaveAccessibleName(/^Photo, /)
    expect(cells()[0]!.querySelector('img')).toBeNull()
    const first = downloads.find((img) => img.src.startsWith('https://example.test/media/0='))!
    expect(first.src).toMatch(/^https:\/\/example\.test\/media\/0=w\d+-h\d+$/)
    act(() => {
      for (const img of downloads) img.dispatchEvent(new Event('load'))
    })
    expect(cells()[0]!.querySelector('img')).toHaveAttribute('src', first.src)
    spy.mockRestore()
  })

  it('only renders the visible rows of a long list', () => {
    render(
      <Providers i18n={i18n}>
        <Harness items={fakeItems(5000)} />
      </Providers>,
    )
    expect(cells().length).toBeLessThan(300)
  })

  it('renders one row ahead of the screen at first, and more once the page is idle or the grid is scrolled', async () => {
    const first = render(
      <Providers i18n={i18n}>
        <Harness items={fakeItems(500)} />
      </Providers>,
    )
    const initially = screen.getAllByRole('row').length
    // jsdom has no requestIdleCallback: the idle work runs on its 200 ms stand-in.
    await waitFor(() => expect(screen.getAllByRole('row').length).toBe(initially + 3))
    first.unmount()

    render(
      <Providers i18n={i18n}>
        <Harness items={fakeItems(500)} />
      </Providers>,
    )
    expect(screen.getAllByRole('row')).toHaveLength(initially)
    fireEvent.scroll(screen.getByTestId('media-grid-scroller'))
    expect(screen.getAllByRole('row')).toHaveLength(initially + 3)
  })

  it('moves focus with arrows, selects with Space, opens with Enter and clears with Escape', () => {
    const onOpen = vi.fn()
    render(
      <Providers i18n={i18n}>
        <Harness items={fakeItems(12)} onOpen={onOpen} />
      </Providers>,
    )
    const first = cells()[0]!
    act(() => first.focus())
    fireEvent.keyDown(first, { key: 'ArrowRight' })
    expect(document.activeElement).toHaveAttribute('data-index', '1')
    fireEvent.keyDown(document.activeElement!, { key: ' ' })
    expect(selected()).toBe('item-1')
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight', shiftKey: true })
    expect(selected()).toBe('item-1,item-2')
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' })
    expect(selected()).toBe('')
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' })
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'item-2' }), 2)
    fireEvent.keyDown(document.activeElement!, { key: 'a', ctrlKey: true })
    expect(selected()!.split(',')).toHaveLength(12)
  })

  it('opens on click, and selects on click once something is selected; shift-click selects a range', () => {
    const onOpen = vi.fn()
    render(
      <Providers i18n={i18n}>
        <Harness items={fakeItems(12)} onOpen={onOpen} />
      </Providers>,
    )
    fireEvent.click(cells()[3]!)
    expect(onOpen).toHaveBeenCalledTimes(1)
    fireEvent.click(cells()[3]!, { ctrlKey: true })
    expect(selected()).toBe('item-3')
    fireEvent.click(cells()[6]!, { shiftKey: true })
    expect(selected()).toBe('item-3,item-4,item-5,item-6')
    fireEvent.click(cells()[0]!)
    expect(selected()).toContain('item-0')
    expect(onOpen).toHaveBeenCalledTimes(1)
  })

  it('asks for more when the end is near', () => {
    const onLoadMore = vi.fn()
    render(
      <Providers i18n={i18n}>
        <Harness items={fakeItems(10)} hasMore onLoadMore={onLoadMore} />
      </Providers>,
    )
    expect(onLoadMore).toHaveBeenCalled()
  })

  it('lays out once its width is observed: a skeleton first, and no page asked for before the grid knows its size', async () => {
    // A browser reports the grid's width through a ResizeObserver (jsdom has none): the grid renders its cells
    // from that report, as a transition.
    let report: (width: number) => void = () => undefined
    class FakeResizeObserver {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe(element: Element) {
        // Only the grid's own observer hears of it (the virtualizer keeps the scroller's first measure).
        if (element.getAttribute('role') !== 'grid') return
        report = (width) => this.callback([{ contentRect: { width } } as ResizeObserverEntry], this as unknown as ResizeObserver)
      }
      disconnect() {}
      unobserve() {}
    }
    vi.stubGlobal('ResizeObserver', FakeResizeObserver)
    try {
      const onLoadMore = vi.fn()
      render(
        <Providers i18n={i18n}>
          <Harness items={fakeItems(12)} hasMore onLoadMore={onLoadMore} />
        </Providers>,
      )
      expect(screen.getByRole('status', { name: 'Loading…' })).toBeInTheDocument()
      expect(screen.queryAllByRole('gridcell')).toHaveLength(0)
      expect(onLoadMore).not.toHaveBeenCalled()
      act(() => report(1200))
      await waitFor(() => expect(cells().length).toBeGreaterThan(0))
      expect(screen.queryByRole('status', { name: 'Loading…' })).toBeNull()
      expect(screen.getAllByRole('rowheader').length).toBeGreaterThan(0)
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
