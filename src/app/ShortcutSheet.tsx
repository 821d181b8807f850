// The keyboard shortcut sheet: every key the app answers, grouped by where it works, in the current language.
import { useTranslation } from 'react-i18next'
import { AppDialog } from '../components/ui/Dialog'

type Row = { keys: string[][]; label: string }

function Keys({ combos }: { combos: string[][] }) {
  const { t } = useTranslation()
  return (
    <span className="flex shrink-0 flex-wrap items-center justify-end gap-1">
      {combos.map((combo, i) => (
        <span key={i} className="flex items-center gap-1">
          {i > 0 ? <span className="text-xs text-slate-500 dark:text-slate-400">{t('shortcuts.or')}</span> : null}
          {combo.map((key, j) => (
            <kbd key={j} dir="ltr" className="min-w-7 rounded-md border border-slate-300 bg-slate-50 px-1.5 py-0.5 text-center font-mono text-xs dark:border-slate-600 dark:bg-slate-800">
              {key}
            </kbd>
          ))}
        </span>
      ))}
    </span>
  )
}

export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const rtl = i18n.dir() === 'rtl'
  const mac = /Mac|iPhone|iPad/.test(navigator.platform)
  const ctrl = mac ? '⌘' : 'Ctrl'
  const [next, prev] = rtl ? ['←', '→'] : ['→', '←']
  const sections: { title: string; rows: Row[] }[] = [
    {
      title: t('shortcuts.everywhere'),
      rows: [
        { keys: [['?']], label: t('shortcuts.showSheet') },
        { keys: [['/']], label: t('shortcuts.openSearch') },
      ],
    },
    {
      title: t('shortcuts.grid'),
      rows: [
        { keys: [['←', '→', '↑', '↓']], label: t('shortcuts.move') },
        { keys: [['Home'], ['End']], label: t('shortcuts.firstLast') },
        { keys: [['Page Up'], ['Page Down']], label: t('shortcuts.page') },
        { keys: [['Enter']], label: t('shortcuts.openPhoto') },
        { keys: [['Space']], label: t('shortcuts.select') },
        { keys: [['Shift', '←→↑↓'], ['Shift', t('shortcuts.click')]], label: t('shortcuts.selectRange') },
        { keys: [[ctrl, 'A']], label: t('shortcuts.selectAll') },
        { keys: [['Esc']], label: t('shortcuts.clearSelection') },
      ],
    },
    {
      title: t('shortcuts.viewer'),
      rows: [
        { keys: [[next]], label: t('shortcuts.next') },
        { keys: [[prev]], label: t('shortcuts.previous') },
        { keys: [['I']], label: t('shortcuts.info') },
        { keys: [['Esc']], label: t('shortcuts.close') },
        { keys: [[ctrl, 'Enter']], label: t('shortcuts.saveDescription') },
      ],
    },
  ]
  return (
    <AppDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('shortcuts.title')} readOnlyBody>
      <div className="flex flex-col gap-5 p-4">
        {sections.map((section) => (
          <section key={section.title} aria-label={section.title}>
            <h3 className="mb-2 text-sm font-semibold text-slate-600 dark:text-slate-300">{section.title}</h3>
            <dl className="flex flex-col divide-y divide-slate-100 dark:divide-slate-800">
              {section.rows.map((row) => (
                <div key={row.label} className="flex items-center justify-between gap-4 py-2">
                  <dt className="text-sm">{row.label}</dt>
                  <dd>
                    <Keys combos={row.keys} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </AppDialog>
  )
}
