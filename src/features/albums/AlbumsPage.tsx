import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/ui/PageHeader'

export function AlbumsPage() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t('nav.albums')} />
      <p className="px-4 text-slate-600 sm:px-6 dark:text-slate-400">{t('comingSoon')}</p>
    </>
  )
}
