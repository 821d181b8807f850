/** The demo badge's look, shared by the menu and the stand-in shown while the menu's code loads. */
export const DEMO_BADGE_CLASS =
  'inline-flex h-9 items-center gap-1.5 rounded-full bg-amber-100 px-3 text-sm font-medium text-amber-900 outline-none focus-visible:ring-2 focus-visible:ring-brand-500 max-sm:h-11 dark:bg-amber-400/20 dark:text-amber-100'
