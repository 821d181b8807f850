// One dialog for creating and renaming an album: a validated title field (not blank, at most 500 characters)
// whose text survives a failed save.
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AppDialog } from '../../components/ui/Dialog'
import { Spinner } from '../../components/ui/StateViews'
import { albumTitleProblem } from '../../api'

export function TitleDialog({
  isOpen,
  onOpenChange,
  heading,
  label,
  submitLabel,
  busyLabel,
  initial = '',
  busy,
  failed,
  onSubmit,
}: {
  isOpen: boolean
  onOpenChange: (open: boolean) => void
  heading: string
  label: string
  submitLabel: string
  busyLabel: string
  initial?: string
  busy: boolean
  /** The failure message of the last attempt (the title stays in the field). */
  failed?: string
  onSubmit: (title: string) => void
}) {
  const { t } = useTranslation('albums')
  const { t: tc } = useTranslation()
  const id = useId()
  const [title, setTitle] = useState(initial)
  const [touched, setTouched] = useState(false)
  const problem = albumTitleProblem(title)
  const length = [...title].length
  const error = touched && problem ? (problem.kind === 'empty' ? t('titleEmpty') : t('titleTooLong', { count: problem.over })) : undefined

  // No autofocus on the field: focus starts on the dialog (its title is read out) and Tab meets the controls in the
  // order they are seen, the close button first, then the title, Cancel and Create.
  return (
    <AppDialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={heading}
      footer={
        <>
          <button type="button" className="btn-ghost" onClick={() => onOpenChange(false)}>
            {tc('cancel')}
          </button>
          <button type="submit" form={`${id}-form`} className="btn-primary" disabled={busy}>
            {busy ? <Spinner className="size-4" /> : null}
            {busy ? busyLabel : submitLabel}
          </button>
        </>
      }
    >
      <form
        id={`${id}-form`}
        className="flex flex-col gap-2 p-4"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          setTouched(true)
          if (!problem && !busy) onSubmit(title.trim())
        }}
      >
        <label htmlFor={`${id}-title`} className="text-sm font-medium">
          {label}
        </label>
        <input
          id={`${id}-title`}
          className={`field ${error ? 'border-red-500 dark:border-red-400' : ''}`}
          dir="auto"
          autoComplete="off"
          value={title}
          aria-invalid={!!error}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={() => title && setTouched(true)}
        />
        <div id={`${id}-hint`} className="flex gap-2 text-sm">
          <span className="flex-1 text-red-700 dark:text-red-300">{error}</span>
          <span className={length > 500 ? 'text-red-700 dark:text-red-300' : 'text-slate-500 dark:text-slate-400'}>{t('titleCount', { count: length })}</span>
        </div>
        {failed ? (
          <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
            {failed}
          </p>
        ) : null}
      </form>
    </AppDialog>
  )
}
