// "Add from Google Photos": the button (for the Library, an album and the Upload page). The window Google's picker
// needs opens synchronously in its click; the sheet and the flow behind it load on the first press and pick up
// what the click started.
import { lazy, Suspense, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Images } from 'lucide-react'
import { useCapability } from '../../../auth/hooks'
import { openPickerWindow, type ImportStart } from './picker-window'

// The sheet (react-aria's dialog, the import views and the Picker flow) loads on the first press.
const ImportSheetDialog = lazy(() => import('./ImportSheet').then((m) => ({ default: m.ImportSheetDialog })))

export function AddFromGooglePhotosButton({ albumId, albumTitle, className = 'btn-secondary' }: { albumId?: string; albumTitle?: string; className?: string }) {
  const { t } = useTranslation()
  const [start, setStart] = useState<ImportStart | null>(null)
  const presses = useRef(0)
  const pick = useCapability('pick')

  /**
   * Everything that opens a window happens synchronously here, inside the click. Google's consent window uses up
   * the click, so after a grant the sheet asks for one more click to open the picker's window.
   */
  const press = () => {
    const id = ++presses.current
    setStart(
      pick.granted
        ? { id, kind: 'pick', window: openPickerWindow(t('openingGooglePhotos')) }
        : { id, kind: 'consent', granted: pick.request().catch(() => false) },
    )
  }

  return (
    <>
      <button type="button" className={className} onClick={press}>
        <Images className="size-4" aria-hidden />
        {t('addFromGooglePhotos')}
      </button>
      {start ? (
        <Suspense fallback={null}>
          <ImportSheetDialog start={start} onRetry={press} onClose={() => setStart(null)} albumId={albumId} albumTitle={albumTitle} />
        </Suspense>
      ) : null}
    </>
  )
}
