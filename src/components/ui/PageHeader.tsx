import type { ReactNode } from 'react'

/** The page's one h1, with optional actions at the inline end (on their own line when they would squeeze the title). */
export function PageHeader({ title, subtitle, actions }: { title: ReactNode; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-3 px-4 pb-2 pt-4 sm:px-6">
      <div className="min-w-0 flex-[1_1_10rem]">
        <h1 dir="auto" className="truncate text-2xl font-semibold tracking-tight [text-align:match-parent]">{title}</h1>
        {subtitle ? <p className="text-sm text-slate-600 dark:text-slate-400">{subtitle}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
    </div>
  )
}
