// Leave a joined album, after confirming. Never rendered for the owner.
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { toast } from '../../components/ui/toast'
import { LogOut } from 'lucide-react'
import type { Album } from '../../api/types'
import { useLeaveSharedAlbum } from '../../queries'
import { paths } from '../../config/paths'
import { AppDialog } from '../../components/ui/Dialog'
import { Spinner } from '../../components/ui/StateViews'
import { ProblemNotice } from './ProblemNotice'
import { canLeave } from './rules'

export function LeaveButton({ album }: { album: Album }) {
  const { t } = useTranslation('sharing')
  const { t: tc } = useTranslation()
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const leave = useLeaveSharedAlbum()
  if (!canLeave(album)) return null
  const title = album.title || t('untitled')
  const confirm = () =>
    leave.mutate(
      { shareToken: album.shareInfo?.shareToken ?? '', albumId: album.id },
      {
        onSuccess: () => {
          toast.success(t('leave.leftToast', { title }))
          navigate(paths.sharing())
        },
      },
    )
  return (
    <>
      <button
        type="button"
        className="btn-ghost"
        onClick={() => {
          leave.reset()
          setOpen(true)
        }}
      >
        <LogOut className="size-4 rtl:-scale-x-100" aria-hidden />
        {t('leave.button')}
      </button>
      <AppDialog
        isOpen={open}
        onOpenChange={setOpen}
        title={t('leave.title', { title })}
        footer={
          <>
            <button type="button" className="btn-secondary" onClick={() => setOpen(false)}>
              {tc('cancel')}
            </button>
            <button type="button" className="btn-danger" onClick={confirm} disabled={leave.isPending}>
              {leave.isPending ? <Spinner className="size-4" /> : null}
              {leave.isPending ? t('leave.leaving') : t('leave.confirm')}
            </button>
          </>
        }
      >
        <div className="flex flex-col gap-3 p-4">
          <p className="text-sm text-slate-700 dark:text-slate-300">{t('leave.body')}</p>
          {leave.isError ? <ProblemNotice error={leave.error} operation="leave" productUrl={album.productUrl} /> : null}
        </div>
      </AppDialog>
    </>
  )
}
