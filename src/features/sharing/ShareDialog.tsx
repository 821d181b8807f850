// Sharing an album the user owns: options explained, then the link with Copy, the system share sheet and a QR
// code, and Stop sharing with a confirmation that says what happens to the people who joined.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { toast } from '../../components/ui/toast'
import { Checkbox } from 'react-aria-components'
import { Check, Copy, Info, Share2, Users } from 'lucide-react'
import { QRCodeSVG } from 'qrcode.react'
import type { Album } from '../../api/types'
import { useAlbum, useShareAlbum, useUnshareAlbum } from '../../queries'
import { AppDialog } from '../../components/ui/Dialog'
import { Spinner } from '../../components/ui/StateViews'
import { ProblemNotice } from './ProblemNotice'
import { joinLink } from './links'
import { canShare } from './rules'

function OptionCheckbox({ label, help, isSelected, onChange }: { label: string; help: string; isSelected: boolean; onChange: (v: boolean) => void }) {
  return (
    <Checkbox isSelected={isSelected} onChange={onChange} className="group flex cursor-pointer items-start gap-3 rounded-xl border border-slate-200 p-3 outline-none data-[focus-visible]:ring-3 data-[focus-visible]:ring-brand-500 dark:border-slate-700">
      <span className="mt-0.5 flex size-5 shrink-0 items-center justify-center rounded border border-slate-400 group-data-[selected]:border-brand-600 group-data-[selected]:bg-brand-600 dark:border-slate-500">
        <Check className="size-4 text-white opacity-0 group-data-[selected]:opacity-100" aria-hidden />
      </span>
      <span className="flex flex-col gap-0.5">
        <span className="text-sm font-medium">{label}</span>
        <span className="text-sm text-slate-600 dark:text-slate-400">{help}</span>
      </span>
    </Checkbox>
  )
}

/** The API cannot list an album's story (text, places, maps), so people who open it in Shoebox do not see it. */
function StoryNote() {
  const { t } = useTranslation('sharing')
  return (
    <p className="flex items-start gap-2 rounded-lg bg-slate-100 p-3 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-300">
      <Info className="mt-0.5 size-4 shrink-0" aria-hidden />
      {t('share.storyNote')}
    </p>
  )
}

type Step = 'options' | 'link' | 'stop'

function ShareDialogBody({ album, onClose }: { album: Album; onClose: () => void }) {
  const { t } = useTranslation('sharing')
  const { t: tc } = useTranslation()
  const albumId = album.id ?? ''
  const info = album.shareInfo
  const [step, setStep] = useState<Step>(info ? 'link' : 'options')
  const [collaborative, setCollaborative] = useState(!!info?.sharedAlbumOptions?.isCollaborative)
  const [commentable, setCommentable] = useState(info ? !!info.sharedAlbumOptions?.isCommentable : true)
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>()
  const share = useShareAlbum()
  const unshare = useUnshareAlbum()
  const title = album.title || t('untitled')
  const link = info?.shareToken ? joinLink(info.shareToken) : undefined
  const canSystemShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function'

  const submitOptions = () =>
    share.mutate(
      { albumId, sharedAlbumOptions: { isCollaborative: collaborative, isCommentable: commentable } },
      { onSuccess: () => setStep('link') },
    )

  const copy = async () => {
    if (!link) return
    try {
      await navigator.clipboard.writeText(link)
      setCopied('yes')
    } catch {
      setCopied('failed')
    }
  }

  const stop = () =>
    unshare.mutate(
      { albumId },
      {
        onSuccess: () => {
          toast.success(t('share.stoppedToast', { title }))
          onClose()
        },
      },
    )

  if (step === 'stop') {
    return (
      <div className="flex flex-col gap-4 p-4">
        <h3 className="text-base font-semibold">{t('share.stopTitle', { title })}</h3>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('share.stopBody')}</p>
        {unshare.isError ? <ProblemNotice error={unshare.error} operation="unshare" productUrl={album.productUrl} /> : null}
        <div className="flex flex-wrap justify-end gap-2">
          {/* Each step's first action takes focus as the step replaces the last (else focus falls to <body>). */}
          <button type="button" className="btn-secondary" onClick={() => setStep('link')} autoFocus>
            {tc('cancel')}
          </button>
          <button type="button" className="btn-danger" onClick={stop} disabled={unshare.isPending}>
            {unshare.isPending ? <Spinner className="size-4" /> : null}
            {unshare.isPending ? t('share.stopping') : t('share.stopConfirm')}
          </button>
        </div>
      </div>
    )
  }

  if (step === 'options' || !info) {
    return (
      <form
        className="flex flex-col gap-3 p-4"
        onSubmit={(e) => {
          e.preventDefault()
          submitOptions()
        }}
      >
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('share.intro')}</p>
        <OptionCheckbox label={t('share.collaborativeLabel')} help={t('share.collaborativeHelp')} isSelected={collaborative} onChange={setCollaborative} />
        <OptionCheckbox label={t('share.commentableLabel')} help={t('share.commentableHelp')} isSelected={commentable} onChange={setCommentable} />
        <StoryNote />
        {share.isError ? <ProblemNotice error={share.error} operation="share" productUrl={album.productUrl} /> : null}
        <div className="flex flex-wrap justify-end gap-2 pt-1">
          {info ? (
            <button type="button" className="btn-secondary" onClick={() => setStep('link')}>
              {tc('cancel')}
            </button>
          ) : null}
          <button type="submit" className="btn-primary" disabled={share.isPending}>
            {share.isPending ? <Spinner className="size-4" /> : <Users className="size-4" aria-hidden />}
            {share.isPending ? t('share.sharing') : info ? t('share.saveOptions') : t('share.submit')}
          </button>
        </div>
      </form>
    )
  }

  const what = [
    info.sharedAlbumOptions?.isCollaborative ? t('share.canAdd') : t('share.canView'),
    ...(info.sharedAlbumOptions?.isCommentable ? [t('share.canComment')] : []),
  ].join(', ')

  return (
    <div className="flex flex-col gap-4 p-4">
      <div className="flex flex-col gap-1">
        <label htmlFor="share-link" className="text-sm font-medium">
          {t('share.linkLabel')}
        </label>
        <div className="flex flex-wrap gap-2">
          <input id="share-link" className="field min-w-0 flex-1 font-mono text-xs" dir="ltr" readOnly value={link ?? ''} onFocus={(e) => e.currentTarget.select()} aria-describedby="share-link-help" />
        </div>
        <p id="share-link-help" className="text-xs text-slate-600 dark:text-slate-400">
          {t('share.linkHelp')}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-primary" onClick={() => void copy()} autoFocus>
          {copied === 'yes' ? <Check className="size-4" aria-hidden /> : <Copy className="size-4" aria-hidden />}
          {copied === 'yes' ? t('share.copied') : t('share.copy')}
        </button>
        {canSystemShare && link ? (
          <button
            type="button"
            className="btn-secondary"
            onClick={() => void navigator.share({ title, text: t('share.shareText', { title }), url: link }).catch(() => undefined)}
          >
            <Share2 className="size-4 rtl:-scale-x-100" aria-hidden />
            {t('share.systemShare')}
          </button>
        ) : null}
      </div>
      <p className="sr-only" aria-live="polite">
        {copied === 'yes' ? t('share.copied') : ''}
      </p>
      {copied === 'failed' ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {t('share.copyFailed')}
        </p>
      ) : null}
      {link ? (
        <figure className="flex flex-col items-center gap-2">
          <div className="rounded-xl bg-white p-3">
            <QRCodeSVG value={link} size={168} level="M" role="img" aria-label={t('share.qrLabel')} />
          </div>
          <figcaption className="text-xs text-slate-600 dark:text-slate-400">{t('share.qrCaption')}</figcaption>
        </figure>
      ) : null}
      <p className="text-sm text-slate-700 dark:text-slate-300">{t('share.optionsSummary', { what })}</p>
      <StoryNote />
      <div className="flex flex-wrap justify-between gap-2 border-t border-slate-200 pt-3 dark:border-slate-800">
        <button type="button" className="btn-ghost text-red-700 dark:text-red-300" onClick={() => setStep('stop')}>
          {t('share.stop')}
        </button>
        <button type="button" className="btn-secondary" onClick={() => setStep('options')}>
          {t('share.changeOptions')}
        </button>
      </div>
    </div>
  )
}

/** The album page's Share button (shown only where sharing can work: albums the user owns, created here). */
export function ShareAlbumButton({ albumId }: { albumId: string }) {
  const { t } = useTranslation('sharing')
  const album = useAlbum(albumId).data
  const [open, setOpen] = useState(false)
  if (!album || !canShare(album)) return null
  const shared = !!album.shareInfo
  return (
    <>
      <button type="button" className="btn-secondary" onClick={() => setOpen(true)}>
        <Users className="size-4" aria-hidden />
        {shared ? t('share.sharedButton') : t('share.button')}
      </button>
      {open ? (
        <AppDialog isOpen={open} onOpenChange={setOpen} title={t('share.dialogTitle', { title: album.title || t('untitled') })}>
          <ShareDialogBody album={album} onClose={() => setOpen(false)} />
        </AppDialog>
      ) : null}
    </>
  )
}
