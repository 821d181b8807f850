// The selection model: a set of selected ids plus the anchor that shift-click ranges start from.

export interface SelectionState {
  ids: ReadonlySet<string>
  /** The last item toggled by hand; shift-click selects from here. */
  anchor: string | null
}

export const emptySelection: SelectionState = { ids: new Set(), anchor: null }

export type SelectionAction =
  | { type: 'toggle'; id: string }
  | { type: 'range'; id: string; order: readonly string[] }
  | { type: 'set'; ids: readonly string[]; selected: boolean }
  | { type: 'selectAll'; order: readonly string[] }
  | { type: 'clear' }
  | { type: 'retain'; ids: ReadonlySet<string> }

export function selectionReducer(state: SelectionState, action: SelectionAction): SelectionState {
  switch (action.type) {
    case 'toggle': {
      const ids = new Set(state.ids)
      if (ids.has(action.id)) ids.delete(action.id)
      else ids.add(action.id)
      return { ids, anchor: action.id }
    }
    case 'range': {
      const to = action.order.indexOf(action.id)
      const from = state.anchor === null ? -1 : action.order.indexOf(state.anchor)
      if (to < 0) return state
      if (from < 0) return selectionReducer(state, { type: 'toggle', id: action.id })
      // Like Google Photos: the range takes the anchor's state (selecting when the anchor is selected).
      const selecting = state.ids.has(state.anchor!)
      const ids = new Set(state.ids)
      const [lo, hi] = from < to ? [from, to] : [to, from]
      for (let i = lo; i <= hi; i++) {
        if (selecting) ids.add(action.order[i]!)
        else ids.delete(action.order[i]!)
      }
      return { ids, anchor: action.id }
    }
    case 'set': {
      const ids = new Set(state.ids)
      for (const id of action.ids) {
        if (action.selected) ids.add(id)
        else ids.delete(id)
      }
      return { ids, anchor: state.anchor }
    }
    case 'selectAll':
      return { ids: new Set(action.order), anchor: state.anchor }
    case 'clear':
      return state.ids.size === 0 && state.anchor === null ? state : emptySelection
    case 'retain': {
      // Drops ids that are no longer in the list (after a removal).
      const ids = new Set([...state.ids].filter((id) => action.ids.has(id)))
      return ids.size === state.ids.size ? state : { ids, anchor: state.anchor && action.ids.has(state.anchor) ? state.anchor : null }
    }
  }
}

/** True when every id of `ids` is selected (and there is at least one). */
export function allSelected(state: SelectionState, ids: readonly string[]): boolean {
  return ids.length > 0 && ids.every((id) => state.ids.has(id))
}
