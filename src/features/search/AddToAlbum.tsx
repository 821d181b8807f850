// Adds the selected results to an album the user can write to (only albums created with Shoebox, per the API).
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Label, Radio, RadioGroup } from 'react-aria-components'
import type { MediaItem } from '../../api'
import { AppDialog } from '../../components/ui/Dialog'
import { useWriteFailure } from '../../components/ui/describe-error'
import { Spinner } from '../../components/ui/StateViews'
import { VirtualScrollList } from '../../components/ui/VirtualList'
import { useAddToAlbum } from '../../queries'
import type { AlbumChoice } from './form/FilterForm'

const choiceKey = (album: AlbumChoice) => album.id

function AlbumRadio({ album }: { album: AlbumChoice }) {
  return (
    <Radio
      value={album.id}
      className="group flex cursor-default items-center gap-3 rounded-lg px-3 py-2 text-sm outline-none data-[hovered]:bg-slate-100 data-[focus-visible]:ring-2 data-[focus-visible]:ring-brand-500 dark:data-[hovered]:bg-slate-800"
    >
      <span
        aria-hidden
        className="size-4 shrink-0 rounded-full border border-slate-400 group-data-[selected]:border-[5px] group-data-[selected]:border-brand-600 dark:border-slate-500"
      />
      <bdi className="truncate">{album.title}</bdi>
    </Radio>
  )
}

export function AddToAlbum({ ids, items, albums, onClose }: {
  ids: string[]
  items: readonly MediaItem[]
  albums: AlbumChoice[] | undefined
  onClose: (added?: { title: string; count: number }) => void
}) {
  const { t } = useTranslation('search')
  const { t: tc } = useTranslation()
  const add = useAddToAlbum()
  const writable = (albums ?? []).filter((a) => a.writable)
  const [albumId, setAlbumId] = useState<string | null>(null)
  const chosen = writable.find((a) => a.id === albumId)
  const failure = useWriteFailure()
  const error = add.error ? failure(add.error) : undefined
  return (
    <AppDialog
      isOpen
      onOpenChange={(open) => !open && onClose()}
      title={t('addToAlbum.title', { count: ids.length })}
      footer={
        <>
          <button type="button" className="btn-ghost" onClick={() => onClose()}>
            {tc('cancel')}
          </button>
          <button
            type="button"
            className="btn-primary"
            disabled={!chosen || add.isPending}
            onClick={() =>
              chosen &&
              add.mutate(
                { albumId: chosen.id, mediaItemIds: ids, items: items.filter((m) => m.id && ids.includes(m.id)) },
                { onSuccess: () => onClose({ title: chosen.title, count: ids.length }) },
              )
            }
          >
            {add.isPending ? <Spinner className="size-4" /> : null}
            {t('addToAlbum.add')}
          </button>
        </>
      }
    >
      <div className="space-y-3 p-4">
        {writable.length ? (
          <RadioGroup value={albumId} onChange={setAlbumId}>
            <Label className="mb-2 block text-sm font-medium">{t('addToAlbum.choose')}</Label>
            {/* Windowed: a server can hold thousands of albums; the arrow keys still walk them all. */}
            <VirtualScrollList
              className="max-h-[min(20rem,40dvh)] p-0.5"
              items={writable}
              getKey={choiceKey}
              renderItem={(a) => <AlbumRadio album={a} />}
              label={t('addToAlbum.list')}
              estimateRowHeight={36}
              rowGap={4}
            />
          </RadioGroup>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">{albums ? t('addToAlbum.none') : tc('loading')}</p>
        )}
        {error ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {error.message}
          </p>
        ) : null}
      </div>
    </AppDialog>
  )
}
