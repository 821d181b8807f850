import { describe, expect, it } from 'vitest'
import { allSelected, emptySelection, selectionReducer as reduce } from './selection'

const order = ['a', 'b', 'c', 'd', 'e', 'f']
const ids = (s: { ids: ReadonlySet<string> }) => [...s.ids].sort()

describe('selectionReducer', () => {
  it('toggles one item and remembers it as the anchor', () => {
    const s1 = reduce(emptySelection, { type: 'toggle', id: 'b' })
    expect(ids(s1)).toEqual(['b'])
    expect(s1.anchor).toBe('b')
    expect(ids(reduce(s1, { type: 'toggle', id: 'b' }))).toEqual([])
  })

  it('shift-selects a range from the anchor, in either direction', () => {
    const s1 = reduce(emptySelection, { type: 'toggle', id: 'b' })
    expect(ids(reduce(s1, { type: 'range', id: 'e', order }))).toEqual(['b', 'c', 'd', 'e'])
    const s2 = reduce(emptySelection, { type: 'toggle', id: 'e' })
    expect(ids(reduce(s2, { type: 'range', id: 'c', order }))).toEqual(['c', 'd', 'e'])
  })

  it('a range from a deselected anchor deselects', () => {
    let s = reduce(emptySelection, { type: 'selectAll', order })
    s = reduce(s, { type: 'toggle', id: 'b' })
    s = reduce(s, { type: 'range', id: 'd', order })
    expect(ids(s)).toEqual(['a', 'e', 'f'])
  })

  it('without an anchor, a range click toggles', () => {
    expect(ids(reduce(emptySelection, { type: 'range', id: 'c', order }))).toEqual(['c'])
  })

  it('selects all, sets groups, clears and drops vanished ids', () => {
    let s = reduce(emptySelection, { type: 'selectAll', order })
    expect(allSelected(s, order)).toBe(true)
    s = reduce(s, { type: 'set', ids: ['a', 'b'], selected: false })
    expect(ids(s)).toEqual(['c', 'd', 'e', 'f'])
    s = reduce(s, { type: 'retain', ids: new Set(['c', 'x']) })
    expect(ids(s)).toEqual(['c'])
    expect(reduce(s, { type: 'clear' })).toBe(emptySelection)
    expect(allSelected(emptySelection, [])).toBe(false)
  })
})
