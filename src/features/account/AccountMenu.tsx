// Google mode's account button in the header: who is signed in, which permissions Google granted (and asking
// for one again), today's use of the API allowance, how long the sign-in lasts, and sign-out (optionally
// forgetting this account's records on the device).
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { Button, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components'
import { Check, CircleUserRound, LogOut, Minus, X } from 'lucide-react'
import { SCOPES, useGoogleAuth, useScopeLabel } from '../../auth'
import { DAILY_API_REQUEST_LIMIT, DAILY_MEDIA_BYTE_REQUEST_LIMIT } from '../../api/quota'
import { paths } from '../../config/paths'
import { useQuotaUsage } from '../../queries'
import { focusIfLost, refocusTriggerIfLost } from '../../components/ui/refocus-trigger'
import { ACCOUNT_BUTTON_CLASS } from '../../components/ui/header-buttons'

const PHOTOS_SCOPES = [SCOPES.readAppCreated, SCOPES.appendOnly, SCOPES.editAppCreated] as const

/** Today's requests from this browser against the project's daily allowance. */
function QuotaMeters() {
  const { t, i18n } = useTranslation('auth')
  const usage = useQuotaUsage()
  const number = new Intl.NumberFormat(i18n.language)
  const rows = [
    { key: 'api', label: t('account.quotaApi'), used: usage.api, limit: DAILY_API_REQUEST_LIMIT },
    { key: 'media', label: t('account.quotaMedia'), used: usage.media, limit: DAILY_MEDIA_BYTE_REQUEST_LIMIT },
  ]
  return (
    <section aria-labelledby="account-quota" className="flex flex-col gap-2">
      <h3 id="account-quota" className="font-medium">
        {t('account.quotaTitle')}
      </h3>
      {rows.map((row) => {
        const text = t('account.quotaUsed', { used: number.format(row.used), limit: number.format(row.limit) })
        const high = row.used / row.limit >= 0.8
        return (
          <div key={row.key} className="flex flex-col gap-1">
            <div className="flex justify-between gap-2 text-xs">
              <span>{row.label}</span>
              <span className={high ? 'font-medium text-amber-800 dark:text-amber-200' : 'text-slate-600 dark:text-slate-400'}>{text}</span>
            </div>
            <meter className="h-2 w-full" min={0} max={row.limit} low={row.limit * 0.5} high={row.limit * 0.8} optimum={0} value={row.used} aria-label={`${row.label}: ${text}`} />
          </div>
        )
      })}
      <p className="text-xs text-slate-600 dark:text-slate-400">{t('account.quotaNote')}</p>
    </section>
  )
}

/** `defaultOpen`: rendered by a press on the header's stand-in (app/ModeMenu), already open. */
export function AccountMenu({ defaultOpen = false }: { defaultOpen?: boolean }) {
  const { t, i18n } = useTranslation('auth')
  const { t: tc } = useTranslation()
  const trigger = useRef<HTMLButtonElement>(null)
  const navigate = useNavigate()
  const auth = useGoogleAuth()
  const scopeLabel = useScopeLabel()
  const [signingOut, setSigningOut] = useState(false)
  const [forgetRecords, setForgetRecords] = useState(false)
  const forgetId = useId()
  const listed = auth.sharingScopeOnDemand ? [...PHOTOS_SCOPES, SCOPES.sharing] : PHOTOS_SCOPES
  // A permission's row, to take focus when its "Allow" button (focused, being pressed) goes away with the grant.
  const scopeRows = useRef(new Map<string, HTMLElement>())
  const askedScope = useRef<string | null>(null)
  useEffect(() => {
    const scope = askedScope.current
    if (!scope || !auth.grantedScopes.includes(scope)) return
    askedScope.current = null
    focusIfLost(() => scopeRows.current.get(scope))
  }, [auth.grantedScopes])
  const time = auth.expiresAt
    ? new Intl.DateTimeFormat(i18n.language, { hour: 'numeric', minute: '2-digit' }).format(auth.expiresAt)
    : null

  return (
    <DialogTrigger
      defaultOpen={defaultOpen}
      onOpenChange={(open) => {
        if (!open) refocusTriggerIfLost(trigger)
      }}
    >
      <Button
        ref={trigger}
        aria-label={tc('mode.account')}
        className={ACCOUNT_BUTTON_CLASS}
      >
        <CircleUserRound className="size-5" aria-hidden />
      </Button>
      <Popover placement="bottom end" className="w-[min(22rem,calc(100vw-1rem))] rounded-xl border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900">
        <Dialog className="flex flex-col gap-3 p-4 text-sm outline-none">
          <Heading slot="title" className="text-base font-semibold">
            {t('account.title')}
          </Heading>
          {auth.account ? <p className="font-medium break-all">{t('account.signedInAs', { account: auth.account })}</p> : null}
          {time ? <p className="text-slate-600 dark:text-slate-300">{t('account.sessionUntil', { time })}</p> : null}
          <section aria-labelledby="account-permissions" className="flex flex-col gap-2">
            <h3 id="account-permissions" className="font-medium">
              {t('account.permissions')}
            </h3>
            <ul className="flex flex-col gap-2">
              {listed.map((scope) => {
                const granted = auth.grantedScopes.includes(scope)
                const declined = auth.declinedScopes.includes(scope)
                const state = granted ? 'granted' : declined ? 'declined' : 'notAsked'
                const Icon = granted ? Check : declined ? X : Minus
                return (
                  <li key={scope} className="flex items-start gap-2">
                    <Icon
                      className={`mt-0.5 size-4 shrink-0 ${granted ? 'text-emerald-600' : declined ? 'text-red-600' : 'text-slate-400'}`}
                      aria-hidden
                    />
                    <div
                      ref={(row) => {
                        if (row) scopeRows.current.set(scope, row)
                        else scopeRows.current.delete(scope)
                      }}
                      tabIndex={-1}
                      className="flex min-w-0 flex-1 flex-col rounded outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
                    >
                      <span>{scopeLabel(scope)}</span>
                      <span className="text-xs text-slate-600 dark:text-slate-400">{t(`account.${state}`)}</span>
                    </div>
                    {!granted ? (
                      <button
                        type="button"
                        className="btn-secondary h-8 px-3 text-xs"
                        aria-label={`${declined ? t('account.askAgain') : t('account.ask')}: ${scopeLabel(scope)}`}
                        onClick={() => {
                          askedScope.current = scope
                          void auth.requestScopes([scope])
                        }}
                      >
                        {declined ? t('account.askAgain') : t('account.ask')}
                      </button>
                    ) : null}
                  </li>
                )
              })}
            </ul>
            {auth.declinedScopes.some((scope) => scope !== SCOPES.sharing) ? (
              <p className="text-xs text-amber-800 dark:text-amber-200">{t('start.partialGrant')}</p>
            ) : null}
            {auth.sharingScopeOnDemand ? null : <p className="text-xs text-slate-600 dark:text-slate-400">{t('account.sharingRetired')}</p>}
          </section>
          <QuotaMeters />
          <p className="text-xs text-slate-600 dark:text-slate-400">{t('account.tokenNote')}</p>
          <div className="flex items-start gap-2">
            <input
              id={forgetId}
              type="checkbox"
              className="mt-0.5 size-4 shrink-0 accent-brand-600"
              checked={forgetRecords}
              onChange={(event) => setForgetRecords(event.target.checked)}
            />
            <label htmlFor={forgetId} className="flex flex-col">
              <span>{t('account.forgetRecords')}</span>
              <span className="text-xs text-slate-600 dark:text-slate-400">{t('account.forgetRecordsNote')}</span>
            </label>
          </div>
          <button
            type="button"
            className="btn-secondary self-start"
            disabled={signingOut}
            onClick={async () => {
              setSigningOut(true)
              try {
                await auth.signOut({ forgetRecords })
              } finally {
                setSigningOut(false)
                navigate(paths.start(), { replace: true })
              }
            }}
          >
            <LogOut className="size-4 rtl:-scale-x-100" aria-hidden />
            {signingOut ? t('account.signingOut') : t('account.signOut')}
          </button>
        </Dialog>
      </Popover>
    </DialogTrigger>
  )
}
