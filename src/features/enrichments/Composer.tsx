// The composer: text, a place or a map, and where it goes in the album. Checks the form before sending; a failed
// save keeps everything typed.
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Radio, RadioGroup, Label } from 'react-aria-components'
import { MapPin, Route, Type } from 'lucide-react'
import { AppDialog } from '../../components/ui/Dialog'
import { Spinner } from '../../components/ui/StateViews'
import { isOutcomeUnknownError, mediaUrl } from '../../api'
import { useWriteFailure } from '../../components/ui/describe-error'
import type { AlbumPosition } from '../../api/types'
import { PositionError } from './arrange'
import { PlaceFields } from './PlaceFields'
import { useErrorText } from './hooks'
import { kindOf, type EnrichmentKind } from './record'
import { useAlbumOrder, useLocalEnrichments, useSaveEnrichment } from './use-story'
import { TEXT_MAX, emptyPlace, pointOf, toNewEnrichmentItem, validateDraft, type DraftErrors, type EnrichmentDraft } from './validation'

type PositionChoice = 'first' | 'last' | 'afterPhoto' | 'afterEnrichment'

const kindIcons = { text: Type, location: MapPin, map: Route }

function positionOf(choice: PositionChoice, photoId: string, enrichmentId: string): AlbumPosition | undefined {
  switch (choice) {
    case 'first':
      return { position: 'FIRST_IN_ALBUM' }
    case 'last':
      return { position: 'LAST_IN_ALBUM' }
    case 'afterPhoto':
      return photoId ? { position: 'AFTER_MEDIA_ITEM', relativeMediaItemId: photoId } : undefined
    case 'afterEnrichment':
      return enrichmentId ? { position: 'AFTER_ENRICHMENT_ITEM', relativeEnrichmentItemId: enrichmentId } : undefined
  }
}

function choiceOf(position: AlbumPosition): { choice: PositionChoice; photoId: string; enrichmentId: string } {
  switch (position.position) {
    case 'FIRST_IN_ALBUM':
      return { choice: 'first', photoId: '', enrichmentId: '' }
    case 'AFTER_MEDIA_ITEM':
      return { choice: 'afterPhoto', photoId: position.relativeMediaItemId ?? '', enrichmentId: '' }
    case 'AFTER_ENRICHMENT_ITEM':
      return { choice: 'afterEnrichment', photoId: '', enrichmentId: position.relativeEnrichmentItemId ?? '' }
    default:
      return { choice: 'last', photoId: '', enrichmentId: '' }
  }
}

export function EnrichmentComposer({
  albumId,
  isOpen,
  onOpenChange,
  initialPosition = { position: 'LAST_IN_ALBUM' },
}: {
  albumId: string
  isOpen: boolean
  onOpenChange: (open: boolean) => void
  initialPosition?: AlbumPosition
}) {
  const { t } = useTranslation('enrichments')
  const { t: tc } = useTranslation()
  const errorText = useErrorText()
  const [kind, setKind] = useState<EnrichmentKind>('text')
  const [text, setText] = useState('')
  const [place, setPlace] = useState(emptyPlace)
  const [origin, setOrigin] = useState(emptyPlace)
  const [destination, setDestination] = useState(emptyPlace)
  const initial = choiceOf(initialPosition)
  const [choice, setChoice] = useState<PositionChoice>(initial.choice)
  const [photoId, setPhotoId] = useState(initial.photoId)
  const [enrichmentId, setEnrichmentId] = useState(initial.enrichmentId)
  const [showErrors, setShowErrors] = useState(false)
  // After an add whose outcome cannot be checked, another add needs an explicit "Add again anyway".
  const [unconfirmed, setUnconfirmed] = useState(false)
  const writeFailure = useWriteFailure()

  const { items } = useAlbumOrder(albumId)
  const photos = items.data?.pages.flatMap((p) => p.mediaItems) ?? []
  const records = useLocalEnrichments(albumId).data ?? []
  const save = useSaveEnrichment(albumId)

  const draft: EnrichmentDraft =
    kind === 'text' ? { kind, text } : kind === 'location' ? { kind, place } : { kind, origin, destination }
  const errors: DraftErrors = validateDraft(draft) ?? {}
  const position = positionOf(choice, photoId, enrichmentId)
  const shown = showErrors ? errors : {}

  const submit = async (e: FormEvent, again = false) => {
    e.preventDefault()
    setShowErrors(true)
    if (validateDraft(draft) || !position) {
      // Move to the first field that needs attention.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-composer] [aria-invalid="true"]')?.focus())
      return
    }
    if (unconfirmed && !again) return
    try {
      await save.mutateAsync({ item: toNewEnrichmentItem(draft), position })
      setUnconfirmed(false)
      onOpenChange(false)
    } catch (error) {
      // Shown below; the form keeps its values.
      if (isOutcomeUnknownError(error)) setUnconfirmed(true)
    }
  }

  const failure = (() => {
    const error = save.error as unknown
    if (!error) return undefined
    if (error instanceof PositionError) return t('errors.anchorMissing')
    if (isOutcomeUnknownError(error)) return error.lostAnswer === 'server-error' ? t('errors.unknownOutcomeServer') : t('errors.unknownOutcome')
    return t('errors.saveFailed', { reason: writeFailure(error).message })
  })()

  const recordLabel = (r: (typeof records)[number]) => {
    const k = kindOf(r.item)
    if (k === 'text') return `${t('kinds.text')}: ${(r.item.textEnrichment?.text ?? '').slice(0, 40)}`
    if (k === 'location') return `${t('kinds.location')}: ${r.item.locationEnrichment?.location?.locationName ?? ''}`
    return `${t('kinds.map')}: ${t('block.mapRoute', { from: r.item.mapEnrichment?.origin?.locationName ?? '', to: r.item.mapEnrichment?.destination?.locationName ?? '' })}`
  }

  const originPoint = pointOf(origin)
  const destinationPoint = pointOf(destination)

  return (
    <AppDialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={t('composer.title')}
      size="xl"
      isDismissable={!save.isPending}
      footer={
        <>
          <button type="button" className="btn-secondary" onClick={() => onOpenChange(false)}>
            {tc('cancel')}
          </button>
          <button type="submit" form={`composer-${albumId}`} className="btn-primary" disabled={save.isPending || unconfirmed}>
            {save.isPending ? <Spinner className="size-4" /> : null}
            {save.isPending ? t('composer.saving') : t('composer.save')}
          </button>
        </>
      }
    >
      <form id={`composer-${albumId}`} data-composer noValidate onSubmit={submit} className="flex flex-col gap-5 p-4">
        <RadioGroup value={kind} onChange={(v) => setKind(v as EnrichmentKind)} orientation="horizontal" className="flex flex-col gap-2">
          <Label className="text-sm font-semibold">{t('composer.kindLabel')}</Label>
          <div className="grid grid-cols-3 gap-2">
            {(['text', 'location', 'map'] as const).map((k) => {
              const Icon = kindIcons[k]
              return (
                <Radio
                  key={k}
                  value={k}
                  className="flex cursor-pointer flex-col items-center gap-1 rounded-xl border border-slate-300 p-3 text-sm font-medium outline-none data-[focus-visible]:ring-3 data-[focus-visible]:ring-brand-500 data-[selected]:border-brand-600 data-[selected]:bg-brand-50 dark:border-slate-600 dark:data-[selected]:border-brand-100 dark:data-[selected]:bg-brand-700/30"
                >
                  <Icon className="size-5" aria-hidden />
                  {t(`kinds.${k}`)}
                </Radio>
              )
            })}
          </div>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t(`composer.kindHelp.${kind}`)}</p>
        </RadioGroup>

        {kind === 'text' ? (
          <div className="flex flex-col gap-1">
            <label htmlFor={`composer-text-${albumId}`} className="text-sm font-medium">
              {t('composer.textLabel')}
            </label>
            <textarea
              id={`composer-text-${albumId}`}
              className={`field min-h-32 ${shown.text ? 'border-red-600 dark:border-red-400' : ''}`}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={shown.text ? true : undefined}
              aria-describedby={`composer-text-help-${albumId}`}
            />
            <div id={`composer-text-help-${albumId}`} className="flex justify-between gap-2 text-xs">
              <span className={shown.text ? 'text-sm text-red-700 dark:text-red-300' : 'text-slate-600 dark:text-slate-400'}>
                {shown.text ? errorText(shown.text, TEXT_MAX) : t('composer.textHelp', { max: TEXT_MAX })}
              </span>
              <span className={text.length > TEXT_MAX ? 'text-red-700 dark:text-red-300' : 'text-slate-600 dark:text-slate-400'}>
                {t('composer.counter', { count: text.length, max: TEXT_MAX })}
              </span>
            </div>
          </div>
        ) : kind === 'location' ? (
          <PlaceFields legend={t('kinds.location')} value={place} onChange={setPlace} errors={shown.place} tone="place" />
        ) : (
          <div className="grid gap-6 lg:grid-cols-2">
            <PlaceFields
              legend={t('place.originTitle')}
              value={origin}
              onChange={setOrigin}
              errors={shown.origin}
              tone="origin"
              otherPoint={destinationPoint ? { point: destinationPoint, label: destination.name, tone: 'destination' } : undefined}
            />
            <PlaceFields
              legend={t('place.destinationTitle')}
              value={destination}
              onChange={setDestination}
              errors={shown.destination}
              tone="destination"
              otherPoint={originPoint ? { point: originPoint, label: origin.name, tone: 'origin' } : undefined}
            />
          </div>
        )}

        <div className="flex flex-col gap-2">
          <label htmlFor={`composer-where-${albumId}`} className="text-sm font-semibold">
            {t('composer.positionLabel')}
          </label>
          <select id={`composer-where-${albumId}`} className="field" value={choice} onChange={(e) => setChoice(e.target.value as PositionChoice)}>
            <option value="first">{t('composer.positions.first')}</option>
            <option value="last">{t('composer.positions.last')}</option>
            <option value="afterPhoto">{t('composer.positions.afterPhoto')}</option>
            <option value="afterEnrichment">{t('composer.positions.afterEnrichment')}</option>
          </select>
          {choice === 'afterPhoto' ? (
            photos.length ? (
              <RadioGroup value={photoId} onChange={setPhotoId} className="flex flex-col gap-1" isInvalid={showErrors && !photoId}>
                <Label className="text-sm font-medium">{t('composer.choosePhoto')}</Label>
                <div className="flex gap-2 overflow-x-auto pb-2">
                  {photos.map((p, i) => (
                    <Radio
                      key={p.id}
                      value={p.id ?? ''}
                      aria-label={`${i + 1}. ${p.filename ?? ''}`}
                      className="shrink-0 cursor-pointer rounded-lg outline-none ring-offset-2 data-[focus-visible]:ring-3 data-[focus-visible]:ring-brand-500 data-[selected]:ring-3 data-[selected]:ring-brand-600 dark:ring-offset-slate-900"
                    >
                      {p.baseUrl ? (
                        <img referrerPolicy="no-referrer" src={mediaUrl(p.baseUrl, { width: 72, height: 72, crop: true, dpr: window.devicePixelRatio })} alt="" className="size-18 rounded-lg object-cover" />
                      ) : (
                        <span className="block size-18 rounded-lg bg-slate-200 dark:bg-slate-700" />
                      )}
                    </Radio>
                  ))}
                </div>
              </RadioGroup>
            ) : (
              <p className="text-sm text-slate-600 dark:text-slate-400">{t('composer.noPhotos')}</p>
            )
          ) : null}
          {choice === 'afterEnrichment' ? (
            records.length ? (
              <>
                <label htmlFor={`composer-after-${albumId}`} className="text-sm font-medium">
                  {t('composer.chooseEnrichment')}
                </label>
                <select
                  id={`composer-after-${albumId}`}
                  className="field"
                  value={enrichmentId}
                  onChange={(e) => setEnrichmentId(e.target.value)}
                  aria-invalid={showErrors && !enrichmentId ? true : undefined}
                >
                  <option value="" disabled>
                    —
                  </option>
                  {records.map((r) => (
                    <option key={r.id} value={r.id}>
                      {recordLabel(r)}
                    </option>
                  ))}
                </select>
              </>
            ) : (
              <p className="text-sm text-slate-600 dark:text-slate-400">{t('composer.noEnrichments')}</p>
            )
          ) : null}
        </div>

        {failure ? (
          <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
            {failure}
          </p>
        ) : null}
        {unconfirmed && !save.isPending ? (
          <button type="button" className="btn-secondary self-start" onClick={(e) => void submit(e, true)}>
            {t('composer.addAgain')}
          </button>
        ) : null}
      </form>
    </AppDialog>
  )
}
