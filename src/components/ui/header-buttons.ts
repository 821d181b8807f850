// The looks of the header's menu buttons, shared by each real button and the stand-in shown until its code loads.

/** The demo badge (demo mode). */
export const DEMO_BADGE_CLASS =
  'inline-flex h-9 items-center gap-1.5 rounded-full bg-amber-100 px-3 text-sm font-medium text-amber-900 outline-none focus-visible:ring-2 focus-visible:ring-brand-500 max-sm:h-11 dark:bg-amber-400/20 dark:text-amber-100'

/** The account button (Google mode). */
export const ACCOUNT_BUTTON_CLASS =
  'inline-flex size-9 items-center justify-center rounded-full border border-slate-300 text-slate-700 outline-none hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-brand-500 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800'
