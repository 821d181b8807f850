// The app's global keys: `?` opens the sheet listing every shortcut, `/` opens search. Neither fires while
// typing in a field. The sheet's code (a react-aria dialog) loads when it is first opened.
import { lazy, Suspense, useEffect, useState } from 'react'
import { useNavigate } from 'react-router'
import { paths } from '../config/paths'
import { isTypingTarget, onShortcutSheetRequest } from '../utils/shortcut-sheet'

const ShortcutSheet = lazy(() => import('./ShortcutSheet').then((m) => ({ default: m.ShortcutSheet })))

export function KeyboardShortcuts() {
  const [open, setOpen] = useState(false)
  const navigate = useNavigate()
  useEffect(() => onShortcutSheetRequest(() => setOpen(true)), [])
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return
      if (e.key === '?') {
        e.preventDefault()
        setOpen(true)
      } else if (e.key === '/' && !document.querySelector('[role="dialog"]')) {
        e.preventDefault()
        navigate(paths.search())
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [navigate])
  if (!open) return null
  return (
    <Suspense fallback={null}>
      <ShortcutSheet onClose={() => setOpen(false)} />
    </Suspense>
  )
}
