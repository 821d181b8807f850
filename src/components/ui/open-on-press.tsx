// A header widget whose code is not on the first screen: a plain stand-in button shows instead. Pointing at it or
// focusing it starts fetching the code, so a press rarely waits; the press renders the real widget, already open,
// and from then on the real one stays.
import { Suspense, useState, type ReactNode } from 'react'

interface OpenOnPressProps {
  /** Fetches the real widget's code (and whatever it shows first). */
  load: () => Promise<unknown>
  /** What the real trigger opens (its aria-haspopup). */
  popup: 'menu' | 'dialog'
  /** The stand-in's name when its face is only an icon. */
  label?: string
  /** The real trigger's look and face, which the stand-in wears. */
  className: string
  face: ReactNode
  /** The real widget, rendered open (its `defaultOpen`). */
  children: ReactNode
}

export function OpenOnPress({ load, popup, label, className, face, children }: OpenOnPressProps) {
  const [pressed, setPressed] = useState(false)
  const prefetch = () => void load().catch(() => undefined) // a failure shows when the press renders it
  const standIn = (
    <button
      type="button"
      aria-label={label}
      aria-haspopup={popup}
      aria-expanded={false}
      className={className}
      onPointerEnter={prefetch}
      onFocus={prefetch}
      onClick={() => setPressed(true)}
    >
      {face}
    </button>
  )
  if (!pressed) return standIn
  return <Suspense fallback={standIn}>{children}</Suspense>
}
