// What the album page mounts: grid extras that show the enrichments in place (and, for the owner, "insert here"
// controls at the start, the end and after each enrichment), and buttons that open the composer.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Plus } from 'lucide-react'
import type { AlbumPosition } from '../../api/types'
import { EnrichmentComposer } from './Composer'
import { EnrichmentBlock } from './EnrichmentBlock'

/** A button that opens the composer at a given position. */
export function InsertHereControl({
  albumId,
  position,
  label,
  variant = 'row',
}: {
  albumId: string
  position: AlbumPosition
  label?: string
  variant?: 'row' | 'button' | 'toolbar'
}) {
  const { t } = useTranslation('enrichments')
  const [open, setOpen] = useState(false)
  const text =
    label ??
    (position.position === 'FIRST_IN_ALBUM'
      ? t('insertAtStart')
      : position.position === 'LAST_IN_ALBUM'
        ? t('insertAtEnd')
        : position.position === 'AFTER_MEDIA_ITEM'
          ? t('insertAfterPhoto')
          : t('insertAfterThis'))
  return (
    <>
      {variant === 'row' ? (
        <div className="flex h-full items-center gap-2 px-1">
          <span className="h-px flex-1 bg-slate-200 dark:bg-slate-700" aria-hidden />
          <button type="button" className="btn-ghost min-h-9 border border-dashed border-slate-300 text-xs dark:border-slate-600" onClick={() => setOpen(true)}>
            <Plus className="size-4" aria-hidden />
            {text}
          </button>
          <span className="h-px flex-1 bg-slate-200 dark:bg-slate-700" aria-hidden />
        </div>
      ) : (
        <button type="button" className={variant === 'toolbar' ? 'btn-ghost' : 'btn-secondary'} onClick={() => setOpen(true)} aria-label={text} title={text}>
          <Plus className="size-4" aria-hidden />
          <span className="max-sm:sr-only">{text}</span>
        </button>
      )}
      {open ? <EnrichmentComposer albumId={albumId} isOpen={open} onOpenChange={setOpen} initialPosition={position} /> : null}
    </>
  )
}

export function BlockWithInsert({ albumId, record, editable }: { albumId: string; record: Parameters<typeof EnrichmentBlock>[0]['record']; editable: boolean }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <EnrichmentBlock record={record} onInsertAfter={editable ? () => setOpen(true) : undefined} />
      {open ? (
        <EnrichmentComposer
          albumId={albumId}
          isOpen={open}
          onOpenChange={setOpen}
          initialPosition={{ position: 'AFTER_ENRICHMENT_ITEM', relativeEnrichmentItemId: record.id }}
        />
      ) : null}
    </>
  )
}

