// A collaborator adds photos from their own library to a shared album (appended at the end).
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { toast } from '../../components/ui/toast'
import { Checkbox } from 'react-aria-components'
import { Check, ImagePlus } from 'lucide-react'
import { mediaUrl, type Album } from '../../api'
import { useAddToAlbum, useLibrary } from '../../queries'
import { AppDialog } from '../../components/ui/Dialog'
import { LoadingState, Spinner } from '../../components/ui/StateViews'
import { ProblemNotice } from './ProblemNotice'

export function AddPhotosButton({ album }: { album: Album }) {
  const { t } = useTranslation('sharing')
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="btn-primary" onClick={() => setOpen(true)}>
        <ImagePlus className="size-4" aria-hidden />
        {t('add.button')}
      </button>
      {open ? <AddPhotosDialog album={album} onOpenChange={setOpen} /> : null}
    </>
  )
}

function AddPhotosDialog({ album, onOpenChange }: { album: Album; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation('sharing')
  const { t: tc } = useTranslation()
  const library = useLibrary()
  const add = useAddToAlbum()
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set())
  const [tried, setTried] = useState(false)
  const items = library.data?.pages.flatMap((p) => p.mediaItems) ?? []
  const title = album.title || t('untitled')

  const submit = () => {
    setTried(true)
    if (!chosen.size || !album.id) return
    const mediaItemIds = [...chosen]
    add.mutate(
      { albumId: album.id, mediaItemIds, items: items.filter((m) => m.id && chosen.has(m.id)) },
      {
        onSuccess: () => {
          toast.success(t('add.addedToast', { count: mediaItemIds.length }))
          onOpenChange(false)
        },
      },
    )
  }

  return (
    <AppDialog
      isOpen
      onOpenChange={onOpenChange}
      size="xl"
      title={t('add.title', { title })}
      footer={
        <>
          <button type="button" className="btn-secondary" onClick={() => onOpenChange(false)}>
            {tc('cancel')}
          </button>
          <button type="button" className="btn-primary" onClick={submit} disabled={add.isPending}>
            {add.isPending ? <Spinner className="size-4" /> : null}
            {add.isPending ? t('add.adding') : t('add.submit', { count: chosen.size })}
          </button>
        </>
      }
    >
      <div className="flex flex-col gap-3 p-4">
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('add.help')}</p>
        {tried && !chosen.size ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {t('add.none')}
          </p>
        ) : null}
        {add.isError ? <ProblemNotice error={add.error} operation="add" productUrl={album.productUrl} /> : null}
        {library.data ? (
          items.length ? (
            <div role="group" aria-label={t('add.pick')} className="grid grid-cols-3 gap-2 sm:grid-cols-5 lg:grid-cols-6">
              {items.map((m) => (
                <Checkbox
                  key={m.id}
                  aria-label={m.filename ?? m.id ?? ''}
                  isSelected={!!m.id && chosen.has(m.id)}
                  onChange={(on) =>
                    setChosen((prev) => {
                      const next = new Set(prev)
                      if (on) next.add(m.id ?? '')
                      else next.delete(m.id ?? '')
                      return next
                    })
                  }
                  className="group relative block aspect-square cursor-pointer overflow-hidden rounded-lg outline-none data-[focus-visible]:ring-3 data-[focus-visible]:ring-brand-500 data-[selected]:ring-3 data-[selected]:ring-brand-600"
                >
                  {m.baseUrl ? (
                    <img referrerPolicy="no-referrer" src={mediaUrl(m.baseUrl, { width: 160, height: 160, crop: true, dpr: window.devicePixelRatio })} alt="" className="size-full object-cover" loading="lazy" />
                  ) : null}
                  <span className="absolute end-1.5 top-1.5 flex size-6 items-center justify-center rounded-full border-2 border-white bg-black/30 group-data-[selected]:bg-brand-600">
                    <Check className="size-4 text-white opacity-0 group-data-[selected]:opacity-100" aria-hidden />
                  </span>
                </Checkbox>
              ))}
            </div>
          ) : (
            <p className="text-sm">{t('add.libraryEmpty')}</p>
          )
        ) : library.isError ? (
          <ProblemNotice error={library.error} operation="add" onRetry={() => void library.refetch()} />
        ) : (
          <LoadingState />
        )}
        {library.hasNextPage ? (
          <button type="button" className="btn-secondary self-center" onClick={() => void library.fetchNextPage()} disabled={library.isFetchingNextPage}>
            {t('loadMore')}
          </button>
        ) : null}
      </div>
    </AppDialog>
  )
}
