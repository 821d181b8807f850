import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { paths } from '../../config/paths'
import { PageHeader } from '../../components/ui/PageHeader'

export default function NotFoundRoute() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto max-w-lg px-4 py-12 text-center">
      <PageHeader title={t('notFound.title')} />
      <p className="mt-2 text-slate-600 dark:text-slate-300">{t('notFound.body')}</p>
      <Link className="btn-primary mt-6 inline-flex" to={paths.library()}>
        {t('notFound.home')}
      </Link>
    </div>
  )
}
