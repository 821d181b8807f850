// "Join a shared album": paste a Shoebox link or code and go to its preview.
import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { ExternalLink, Link2 } from 'lucide-react'
import { paths } from '../../config/paths'
import { parsePastedShare, type PastedShare } from './links'

export function JoinForm() {
  const { t } = useTranslation('sharing')
  const navigate = useNavigate()
  const [value, setValue] = useState('')
  const [result, setResult] = useState<PastedShare>()

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const parsed = parsePastedShare(value)
    setResult(parsed)
    if (parsed.kind === 'token') navigate(paths.join(parsed.shareToken))
  }

  const message =
    result?.kind === 'invalid' ? t('join.invalid') : result?.kind === 'empty' ? t('join.empty') : result?.kind === 'google' ? t('join.googleLink') : undefined

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <h2 className="text-base font-semibold">{t('join.formTitle')}</h2>
      <label htmlFor="join-link" className="text-sm font-medium">
        {t('join.label')}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id="join-link"
          className="field min-w-0 flex-1"
          dir="ltr"
          value={value}
          onChange={(e) => {
            setValue(e.target.value)
            setResult(undefined)
          }}
          aria-invalid={message && result?.kind !== 'google' ? true : undefined}
          aria-describedby="join-link-help"
          autoComplete="off"
          spellCheck={false}
        />
        <button type="submit" className="btn-primary">
          <Link2 className="size-4" aria-hidden />
          {t('join.submit')}
        </button>
      </div>
      <p id="join-link-help" className={message ? 'text-sm text-red-700 dark:text-red-300' : 'text-xs text-slate-600 dark:text-slate-400'} role={message ? 'alert' : undefined}>
        {message ?? t('join.help')}
      </p>
      {result?.kind === 'google' ? (
        <a href={result.url} target="_blank" rel="noopener noreferrer" className="btn-secondary self-start">
          <ExternalLink className="size-4" aria-hidden />
          {t('join.openGoogle')}
        </a>
      ) : null}
    </form>
  )
}
