// The viewer's info panel: description, then everything the API says about the item.
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Aperture, Calendar, ExternalLink, Image as ImageIcon, UserRound, Video, X } from 'lucide-react'
import { mediaUrl, type MediaItem } from '../../api'
import { useGooglePhotosLink } from '../../queries'
import { IconButton } from '../../components/ui/IconButton'
import { DescriptionEditor } from './DescriptionEditor'
import { formatAperture, formatCamera, formatCreationTime, formatDimensions, formatExposure, formatFocalLength, formatIso } from './format'

function Row({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <div className="flex gap-4">
      <div className="pt-0.5 text-slate-500 dark:text-slate-400">{icon}</div>
      <dl className="min-w-0 flex-1">
        <dt className="sr-only">{label}</dt>
        {children}
      </dl>
    </div>
  )
}

export function InfoPanel({ item, showContributor, onClose, id }: { item: MediaItem; showContributor: boolean; onClose: () => void; id: string }) {
  const { t, i18n } = useTranslation('viewer')
  const productUrl = useGooglePhotosLink(item.productUrl)
  const lang = i18n.language
  const meta = item.mediaMetadata
  const created = formatCreationTime(meta?.creationTime, lang)
  const dims = formatDimensions(item, lang)
  const photo = meta?.photo
  const video = meta?.video
  const camera = formatCamera(photo?.cameraMake ?? video?.cameraMake, photo?.cameraModel ?? video?.cameraModel)
  const lens = [formatAperture(photo?.apertureFNumber, lang), formatExposure(photo?.exposureTime, lang), formatFocalLength(photo?.focalLength, lang), formatIso(photo?.isoEquivalent, lang)].filter(Boolean)
  const contributor = showContributor ? item.contributorInfo : undefined

  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="flex max-h-[60dvh] w-full flex-col overflow-hidden rounded-t-2xl bg-white text-slate-900 shadow-2xl lg:h-full lg:max-h-none lg:w-[360px] lg:rounded-none lg:shadow-none dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-center gap-2 px-4 py-2">
        <h2 id={`${id}-title`} className="flex-1 text-lg font-semibold">
          {t('info')}
        </h2>
        <IconButton label={t('close')} icon={X} onClick={onClose} />
      </div>
      <div className="flex flex-col gap-6 overflow-y-auto px-4 pb-6">
        <DescriptionEditor key={item.id} item={item} />
        <div className="flex flex-col gap-4">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{t('details')}</h3>
          {created ? (
            <Row icon={<Calendar className="size-5" aria-hidden />} label={t('date')}>
              <dd className="text-sm font-medium">{created.date}</dd>
              <dd className="text-sm text-slate-600 dark:text-slate-400">{created.time}</dd>
            </Row>
          ) : null}
          <Row icon={video ? <Video className="size-5" aria-hidden /> : <ImageIcon className="size-5" aria-hidden />} label={t('file')}>
            {/* Isolated, not dir="auto" on the line: a Latin name stays on the start side of a Hebrew page. */}
            <dd className="break-all text-sm font-medium">
              <bdi>{item.filename}</bdi>
            </dd>
            <dd className="flex flex-wrap gap-x-3 text-sm text-slate-600 dark:text-slate-400">
              {dims.megapixels && !video ? <span dir="ltr">{dims.megapixels}</span> : null}
              {dims.size ? <span dir="ltr">{dims.size}</span> : null}
              {video?.fps ? <span>{t('frameRate', { fps: new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(video.fps) })}</span> : null}
            </dd>
          </Row>
          {camera || lens.length ? (
            <Row icon={<Aperture className="size-5" aria-hidden />} label={t('camera')}>
              {camera ? (
                <dd className="text-sm font-medium">
                  <bdi>{camera}</bdi>
                </dd>
              ) : null}
              {lens.length ? (
                <dd className="flex flex-wrap gap-x-3 text-sm text-slate-600 dark:text-slate-400">
                  {lens.map((v) => (
                    <span key={v} dir="ltr">
                      {v}
                    </span>
                  ))}
                </dd>
              ) : null}
            </Row>
          ) : null}
          {contributor?.displayName ? (
            <Row icon={<UserRound className="size-5" aria-hidden />} label={t('contributor')}>
              <dd className="flex items-center gap-2 text-sm">
                {contributor.profilePictureBaseUrl ? (
                  <img referrerPolicy="no-referrer" src={mediaUrl(contributor.profilePictureBaseUrl, { width: 32, height: 32, crop: true, dpr: window.devicePixelRatio })} alt="" className="size-8 rounded-full" />
                ) : null}
                <span>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">{t('contributor')}</span>
                  <span className="font-medium">{contributor.displayName}</span>
                </span>
              </dd>
            </Row>
          ) : null}
          {productUrl ? (
            <a href={productUrl} target="_blank" rel="noreferrer" className="btn-secondary self-start">
              <ExternalLink className="size-4" aria-hidden />
              {t('openInGooglePhotos')}
            </a>
          ) : null}
        </div>
      </div>
    </section>
  )
}
