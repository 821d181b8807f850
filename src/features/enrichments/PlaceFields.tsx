// One place of a location or map enrichment: a name (with city suggestions from the bundled gazetteer), its
// coordinates as text, and the offline map to pick or check the spot.
import { useMemo, useState } from 'react'
import { useCountryName, useErrorText } from './hooks'
import { useTranslation } from 'react-i18next'
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components'
import { searchCities, nearestCity, type City } from './gazetteer/gazetteer'
import { WorldMap } from './map/WorldMap'
import { fitView, type View } from './map/projection'
import { PLACE_NAME_MAX, placeFromPoint, pointOf, splitCoordinatePair, type FieldError, type PlaceDraft, type PlaceErrors, type Point } from './validation'

const cityKey = (c: City) => `${c.name}|${c.country}|${c.latitude}|${c.longitude}`

export function PlaceFields({
  legend,
  value,
  onChange,
  errors,
  tone,
  otherPoint,
}: {
  legend: string
  value: PlaceDraft
  onChange: (next: PlaceDraft) => void
  errors?: PlaceErrors
  tone: 'place' | 'origin' | 'destination'
  /** The other end of a map, drawn for context. */
  otherPoint?: { point: Point; label: string; tone: 'origin' | 'destination' }
}) {
  const { t } = useTranslation('enrichments')
  const countryName = useCountryName()
  const errorText = useErrorText()
  const point = pointOf(value)
  const [view, setView] = useState<View>(() => (point ? fitView([point], 640, 360, 32, 4) : { center: [10, 25], zoom: 0 }))
  const [announcement, setAnnouncement] = useState('')

  const suggestions = useMemo(() => searchCities(value.name, 8, countryName), [value.name, countryName])
  // A name the gazetteer does not know is allowed (a campsite, a village), but say so, and how to place it.
  const typedName = value.name.trim()
  const noMatch = typedName.length >= 2 && suggestions.length === 0 && !point

  const moveTo = (p: Point) => setView((v) => ({ center: [p.longitude, p.latitude], zoom: Math.max(v.zoom, 4) }))

  const chooseCity = (city: City) => {
    onChange(placeFromPoint(city.name, city))
    moveTo(city)
  }

  const setCoordinate = (axis: 'latitude' | 'longitude', text: string) => {
    const pair = splitCoordinatePair(text)
    const next = pair ? { ...value, latitude: pair[0], longitude: pair[1] } : { ...value, [axis]: text }
    onChange(next)
    const p = pointOf(next)
    if (p) moveTo(p)
  }

  const pick = (p: Point) => {
    const near = value.name.trim() ? undefined : nearestCity(p)
    onChange(placeFromPoint(near ? near.name : value.name, p))
    setAnnouncement(t('place.picked', { coords: `${p.latitude.toFixed(4)}, ${p.longitude.toFixed(4)}` }))
  }

  const markers = [
    ...(otherPoint ? [otherPoint] : []),
    ...(point ? [{ point, label: value.name || legend, tone }] : []),
  ]

  const fieldClass = (error?: FieldError) => `field ${error ? 'border-red-600 dark:border-red-400' : ''}`

  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      <ComboBox
        className="flex flex-col gap-1"
        inputValue={value.name}
        onInputChange={(name) => onChange({ ...value, name })}
        onSelectionChange={(key) => {
          const city = suggestions.find((c) => cityKey(c) === key)
          if (city) chooseCity(city)
        }}
        items={suggestions}
        allowsCustomValue
        menuTrigger="input"
        isInvalid={!!errors?.name}
      >
        <Label className="text-sm font-medium">{t('place.nameLabel')}</Label>
        <Input className={fieldClass(errors?.name)} maxLength={PLACE_NAME_MAX + 50} autoComplete="off" />
        <Text slot="description" className="text-xs text-slate-600 dark:text-slate-400">
          {t('place.nameHelp')}
        </Text>
        {errors?.name ? (
          <Text slot="errorMessage" className="text-sm text-red-700 dark:text-red-300">
            {errorText(errors.name, PLACE_NAME_MAX)}
          </Text>
        ) : null}
        <Popover className="max-h-72 w-(--trigger-width) overflow-auto rounded-lg border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <ListBox className="p-1 outline-none" aria-label={t('place.suggestions')}>
            {(city: City) => (
              <ListBoxItem
                id={cityKey(city)}
                textValue={city.name}
                className="cursor-pointer rounded-md px-3 py-2 text-sm outline-none data-[focused]:bg-brand-50 dark:data-[focused]:bg-brand-700/30"
              >
                {t('place.cityOption', { name: city.name, country: countryName(city.country) })}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      <p role="status" className="-mt-2 text-sm text-amber-800 dark:text-amber-200">
        {noMatch ? t('place.noMatch', { name: typedName }) : null}
      </p>

      <div className="grid grid-cols-2 gap-3">
        {(['latitude', 'longitude'] as const).map((axis) => {
          const id = `${tone}-${axis}`
          const err = errors?.[axis]
          return (
            <div key={axis} className="flex flex-col gap-1">
              <label htmlFor={id} className="text-sm font-medium">
                {t(`place.${axis}`)}
              </label>
              <input
                id={id}
                className={fieldClass(err)}
                inputMode="text"
                dir="ltr"
                autoComplete="off"
                value={value[axis]}
                onChange={(e) => setCoordinate(axis, e.target.value)}
                aria-invalid={err ? true : undefined}
                aria-describedby={err ? `${id}-error` : `${tone}-coords-help`}
              />
              {err ? (
                <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-300">
                  {errorText(err)}
                </p>
              ) : null}
            </div>
          )
        })}
      </div>
      <p id={`${tone}-coords-help`} className="-mt-1 text-xs text-slate-600 dark:text-slate-400">
        {t('place.coordsHelp')}
      </p>

      <WorldMap
        label={`${t('place.mapLabel')} (${legend})`}
        view={view}
        onViewChange={setView}
        onPick={pick}
        markers={markers}
        width={640}
        height={320}
      />
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  )
}
