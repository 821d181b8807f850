// What the albums' and shared albums' cards share: the square cover with its badge, and the title line.
import type { ReactNode } from 'react'
import { Images } from 'lucide-react'

/** The album's square cover (`src`, or a placeholder when the album has none), with `badge` laid over it. */
export function AlbumCover({ src, badge }: { src: string | undefined; badge?: ReactNode }) {
  return (
    <div className="relative aspect-square overflow-hidden rounded-xl bg-slate-200 dark:bg-slate-800">
      {src ? (
        <img
          referrerPolicy="no-referrer"
          src={src}
          alt=""
          loading="lazy"
          className="size-full object-cover transition-transform duration-300 group-hover:scale-[1.03]"
        />
      ) : (
        <div className="flex size-full items-center justify-center">
          <Images className="size-10 text-slate-400 dark:text-slate-500" aria-hidden />
        </div>
      )}
      {badge}
    </div>
  )
}

/**
 * The album's title. Its own direction decides where it is cut (an English title on a Hebrew page ends in "…"),
 * while it stays aligned with the page.
 */
export function AlbumCardTitle({ children }: { children: ReactNode }) {
  return (
    <p dir="auto" className="mt-2 truncate font-medium [text-align:match-parent]">
      {children}
    </p>
  )
}
