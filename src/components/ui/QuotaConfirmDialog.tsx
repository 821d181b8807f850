// Before an action that would spend a large share of today's Google Photos allowance: what it will cost, what is
// left, and the choice to go on or not.
import { useTranslation } from 'react-i18next'
import { AppDialog } from './Dialog'

export interface QuotaQuestion {
  estimate: number
  remaining: number
  exceeds: boolean
}

export function QuotaConfirmDialog({ question, onConfirm, onCancel }: { question: QuotaQuestion; onConfirm: () => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation()
  const number = new Intl.NumberFormat(i18n.language)
  const estimate = number.format(question.estimate)
  const remaining = number.format(question.remaining)
  return (
    <AppDialog
      isOpen
      onOpenChange={(open) => !open && onCancel()}
      title={t('quotaAsk.title')}
      footer={
        <>
          <button type="button" className="btn-ghost" onClick={onCancel}>
            {t('cancel')}
          </button>
          <button type="button" className="btn-primary" onClick={onConfirm}>
            {t('quotaAsk.continue')}
          </button>
        </>
      }
    >
      <div className="space-y-3 p-4 text-sm">
        <p>{t('quotaAsk.estimate', { estimate, remaining })}</p>
        <p>{question.exceeds ? t('quotaAsk.exceeds') : t('quotaAsk.share')}</p>
        <p className="text-slate-600 dark:text-slate-400">{t('quotaAsk.renews')}</p>
      </div>
    </AppDialog>
  )
}
