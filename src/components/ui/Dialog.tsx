// A modal dialog on react-aria-components: focus trapped and restored, Escape and the close button dismiss it,
// a sheet on phones and a centred card on wider screens.
import type { ReactNode } from 'react'
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { X } from 'lucide-react'

export function AppDialog({
  isOpen,
  onOpenChange,
  title,
  children,
  footer,
  size = 'md',
  isDismissable = true,
  readOnlyBody = false,
}: {
  isOpen: boolean
  onOpenChange: (open: boolean) => void
  title: ReactNode
  children: ReactNode
  footer?: ReactNode
  size?: 'md' | 'xl'
  isDismissable?: boolean
  readOnlyBody?: boolean
}) {
  const { t } = useTranslation()
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={isDismissable}
      className="fixed inset-0 z-50 flex items-end justify-center bg-slate-950/50 sm:items-center sm:p-4"
    >
      <Modal
        className={`flex max-h-[92dvh] w-full flex-col overflow-hidden rounded-t-2xl bg-white text-slate-900 shadow-xl sm:rounded-2xl dark:bg-slate-900 dark:text-slate-100 ${
          size === 'xl' ? 'h-[92dvh] sm:h-[86dvh] sm:max-w-5xl' : 'sm:max-w-md'
        }`}
      >
        <Dialog className="flex min-h-0 flex-1 flex-col outline-none">
          {({ close }) => (
            <>
              <div className="flex items-center gap-2 border-b border-slate-200 px-4 py-3 dark:border-slate-800">
                <Heading slot="title" className="min-w-0 flex-1 truncate text-lg font-semibold">
                  {title}
                </Heading>
                <button type="button" className="btn-ghost size-10 px-0" onClick={close} aria-label={t('close')}>
                  <X className="size-5" aria-hidden />
                </button>
              </div>
              {/* A scrolling body with nothing focusable in it (a list to read) takes focus itself, so keys scroll it. */}
              <div className="min-h-0 flex-1 overflow-y-auto" tabIndex={readOnlyBody ? 0 : undefined}>
                {children}
              </div>
              {footer ? (
                <div className="flex flex-wrap items-center justify-end gap-2 border-t border-slate-200 px-4 py-3 dark:border-slate-800">{footer}</div>
              ) : null}
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}
