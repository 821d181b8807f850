import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useQueryClient } from '@tanstack/react-query'
import { toast } from '../components/ui/toast'
import { Button, Dialog, Heading, Modal, ModalOverlay, Popover, Menu, MenuItem, MenuTrigger } from 'react-aria-components'
import { FlaskConical } from 'lucide-react'
import { googleSignInConfigured, session } from '../auth/session'
import { paths } from '../config/paths'
import { resetEmulator } from '../api'
import { usePhotosClient } from '../queries'
import { DEMO_BADGE_CLASS } from './mode-badge'

/** The demo badge, which opens the demo's actions: reset, and leave when Google sign-in exists. */
export function DemoMenu({ defaultOpen = false }: { defaultOpen?: boolean }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const client = usePhotosClient()
  const navigate = useNavigate()
  const [confirmOpen, setConfirmOpen] = useState(false)
  const [resetting, setResetting] = useState(false)

  async function reset() {
    setResetting(true)
    try {
      await resetEmulator(client.baseUrl)
      queryClient.clear()
      toast.success(t('mode.resetDone'))
      setConfirmOpen(false)
      navigate(paths.library())
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error))
    } finally {
      setResetting(false)
    }
  }

  return (
    <>
      <MenuTrigger defaultOpen={defaultOpen}>
        <Button className={DEMO_BADGE_CLASS}>
          <FlaskConical className="size-4" aria-hidden />
          {t('mode.demo')}
        </Button>
        <Popover placement="bottom end" className="min-w-48 rounded-xl border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <Menu
            aria-label={t('mode.demoBadge')}
            className="outline-none"
            onAction={(key) => {
              if (key === 'reset') setConfirmOpen(true)
              if (key === 'leave') {
                session.leave()
                navigate(paths.start())
              }
            }}
          >
            <MenuItem id="reset" className="cursor-default rounded-lg px-3 py-2 text-sm outline-none data-[focused]:bg-slate-100 dark:data-[focused]:bg-slate-800">
              {t('mode.resetDemo')}
            </MenuItem>
            {googleSignInConfigured ? (
              <MenuItem id="leave" className="cursor-default rounded-lg px-3 py-2 text-sm outline-none data-[focused]:bg-slate-100 dark:data-[focused]:bg-slate-800">
                {t('mode.leaveDemo')}
              </MenuItem>
            ) : null}
          </Menu>
        </Popover>
      </MenuTrigger>
      <ModalOverlay isOpen={confirmOpen} onOpenChange={setConfirmOpen} isDismissable className="fixed inset-0 z-50 flex items-center justify-center bg-black/40 p-4">
          <Modal className="w-full max-w-md rounded-2xl bg-white p-6 shadow-xl dark:bg-slate-900">
            <Dialog role="alertdialog" className="outline-none">
              <Heading slot="title" className="text-lg font-semibold">
                {t('mode.resetDemo')}
              </Heading>
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">{t('mode.resetDemoConfirm')}</p>
              <div className="mt-6 flex justify-end gap-2">
                <Button className="btn-secondary" onPress={() => setConfirmOpen(false)}>
                  {t('cancel')}
                </Button>
                <Button className="btn-danger" isDisabled={resetting} onPress={() => void reset()}>
                  {t('mode.resetDemo')}
                </Button>
              </div>
            </Dialog>
          </Modal>
        </ModalOverlay>
    </>
  )
}
