// The description field of the info panel: saves through mediaItems.patch, enforces the API's limit before
// sending, and keeps the typed text when saving fails so nothing is lost.
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Check } from 'lucide-react'
import type { MediaItem } from '../../api'
import { useUpdateMediaItem } from '../../queries'
import { Spinner } from '../../components/ui/StateViews'
import { useWriteFailure } from '../../components/ui/describe-error'
import { charCount, DESCRIPTION_MAX } from './format'

export function DescriptionEditor({ item }: { item: MediaItem }) {
  const { t, i18n } = useTranslation('viewer')
  const failure = useWriteFailure()
  const id = useId()
  const saved = item.description ?? ''
  // The draft belongs to this item only: the parent keys this component by item id.
  const [draft, setDraft] = useState(saved)
  const [justSaved, setJustSaved] = useState(false)
  const mutation = useUpdateMediaItem()
  const length = charCount(draft)
  const over = length - DESCRIPTION_MAX
  const dirty = draft !== saved
  const nf = new Intl.NumberFormat(i18n.language)

  const save = () => {
    if (!item.id || over > 0 || !dirty) return
    setJustSaved(false)
    mutation.mutate(
      { mediaItemId: item.id, description: draft },
      { onSuccess: () => setJustSaved(true) },
    )
  }

  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault()
        save()
      }}
    >
      <label htmlFor={`${id}-text`} className="text-sm font-medium text-slate-700 dark:text-slate-300">
        {t('description')}
      </label>
      <textarea
        id={`${id}-text`}
        dir="auto"
        rows={3}
        value={draft}
        placeholder={t('descriptionPlaceholder')}
        aria-invalid={over > 0}
        aria-describedby={`${id}-count ${id}-status`}
        onChange={(e) => {
          setDraft(e.target.value)
          setJustSaved(false)
        }}
        onKeyDown={(e) => {
          // Ctrl/Cmd+Enter saves; Escape must not close the viewer while typing.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault()
            save()
          }
          if (e.key === 'Escape' && dirty) setDraft(saved)
          // Keys typed here are text, not viewer shortcuts; Escape with nothing to undo still closes the viewer.
          if (!(e.key === 'Escape' && !dirty)) e.stopPropagation()
        }}
        className={`field resize-y ${over > 0 ? 'border-red-500 dark:border-red-400' : ''}`}
      />
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span id={`${id}-count`} className={over > 0 ? 'text-red-700 dark:text-red-300' : 'text-slate-500 dark:text-slate-400'}>
          {over > 0 ? t('descriptionTooLong', { count: over }) : t('descriptionCount', { count: length, max: nf.format(DESCRIPTION_MAX) })}
        </span>
      </div>
      <div id={`${id}-status`} role="status" className="text-sm">
        {mutation.isError && dirty ? <p className="text-red-700 dark:text-red-300">{t('saveFailed', { reason: failure(mutation.error).message })}</p> : null}
        {justSaved && !dirty ? (
          <p className="flex items-center gap-1 text-emerald-700 dark:text-emerald-300">
            <Check className="size-4" aria-hidden />
            {t('saved')}
          </p>
        ) : null}
      </div>
      {dirty ? (
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" className="btn-ghost" onClick={() => setDraft(saved)} disabled={mutation.isPending}>
            {t('discard')}
          </button>
          <button type="submit" className="btn-primary" disabled={over > 0 || mutation.isPending}>
            {mutation.isPending ? <Spinner className="size-4" /> : null}
            {mutation.isPending ? t('saving') : t('saveDescription')}
          </button>
        </div>
      ) : null}
    </form>
  )
}
