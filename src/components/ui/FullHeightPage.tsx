import type { ReactNode } from 'react'

/**
 * A page that fills the space between the shell's header and its bottom navigation (phones) or the window's
 * bottom edge, so a grid inside can own its scrolling (virtualization, keep-scroll under the viewer). The
 * negative bottom margin takes back the padding the shell leaves under ordinary pages.
 */
export function FullHeightPage({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <div className={`-mb-24 flex h-[calc(100dvh-7rem-env(safe-area-inset-bottom))] min-h-80 flex-col md:-mb-8 md:h-[calc(100dvh-3.5rem)] ${className}`}>
      {children}
    </div>
  )
}
