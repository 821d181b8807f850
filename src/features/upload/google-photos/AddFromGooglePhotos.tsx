// "Add from Google Photos": the button (for the Library, an album and the Upload page). The window Google's picker
// needs opens synchronously in its click; the sheet that follows the flow loads on the first press.
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Images } from 'lucide-react'
import { useCapability } from '../../../auth/hooks'
import { openPickerWindow, useGooglePhotosImport } from './use-google-photos-import'

// The sheet (react-aria's dialog and the import views) loads on the first press.
const ImportSheetDialog = lazy(() => import('./ImportSheet').then((m) => ({ default: m.ImportSheetDialog })))

export function AddFromGooglePhotosButton({ albumId, albumTitle, className = 'btn-secondary' }: { albumId?: string; albumTitle?: string; className?: string }) {
  const { t } = useTranslation('upload')
  const [open, setOpen] = useState(false)
  const flow = useGooglePhotosImport()
  const pick = useCapability('pick')

  /**
   * Everything that opens a window happens synchronously here, inside the click. Google's consent window uses up
   * the click, so after a grant the sheet asks for one more click to open the picker's window.
   */
  const start = () => {
    setOpen(true)
    if (!pick.granted) {
      flow.startConsent()
      pick.request().then(
        (granted) => (granted ? flow.consentGranted() : flow.consentDeclined()),
        () => flow.consentDeclined(),
      )
      return
    }
    void flow.pickIn(openPickerWindow(t('googlePhotos.opening')))
  }

  const close = () => {
    flow.reset()
    setOpen(false)
  }

  return (
    <>
      <button type="button" className={className} onClick={start}>
        <Images className="size-4" aria-hidden />
        {t('googlePhotos.button')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ImportSheetDialog
            flow={flow}
            onOpenChange={(next) => (next ? setOpen(true) : close())}
            onRetry={start}
            onClose={close}
            albumId={albumId}
            albumTitle={albumTitle}
          />
        </Suspense>
      ) : null}
    </>
  )
}

