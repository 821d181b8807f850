// Google mode's account button in the header: which permissions Google granted (and asking for one again),
// how long the current sign-in lasts, and sign-out.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { Button, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components'
import { Check, CircleUserRound, LogOut, Minus, X } from 'lucide-react'
import { SCOPES, useGoogleAuth, useScopeLabel } from '../../auth'
import { paths } from '../../config/paths'

const LISTED = [SCOPES.readAppCreated, SCOPES.appendOnly, SCOPES.editAppCreated, SCOPES.sharing] as const

export function AccountMenu() {
  const { t, i18n } = useTranslation('auth')
  const navigate = useNavigate()
  const auth = useGoogleAuth()
  const scopeLabel = useScopeLabel()
  const [signingOut, setSigningOut] = useState(false)
  const time = auth.expiresAt
    ? new Intl.DateTimeFormat(i18n.language, { hour: 'numeric', minute: '2-digit' }).format(auth.expiresAt)
    : null

  return (
    <DialogTrigger>
      <Button
        aria-label={t('account.button')}
        className="inline-flex size-9 items-center justify-center rounded-full border border-slate-300 text-slate-700 outline-none hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-brand-500 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        <CircleUserRound className="size-5" aria-hidden />
      </Button>
      <Popover placement="bottom end" className="w-[min(22rem,calc(100vw-1rem))] rounded-xl border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900">
        <Dialog className="flex flex-col gap-3 p-4 text-sm outline-none">
          <Heading slot="title" className="text-base font-semibold">
            {t('account.title')}
          </Heading>
          {time ? <p className="text-slate-600 dark:text-slate-300">{t('account.sessionUntil', { time })}</p> : null}
          <section aria-labelledby="account-permissions" className="flex flex-col gap-2">
            <h3 id="account-permissions" className="font-medium">
              {t('account.permissions')}
            </h3>
            <ul className="flex flex-col gap-2">
              {LISTED.map((scope) => {
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
                    <div className="flex min-w-0 flex-1 flex-col">
                      <span>{scopeLabel(scope)}</span>
                      <span className="text-xs text-slate-600 dark:text-slate-400">{t(`account.${state}`)}</span>
                    </div>
                    {!granted ? (
                      <button
                        type="button"
                        className="btn-secondary h-8 px-3 text-xs"
                        aria-label={`${declined ? t('account.askAgain') : t('account.ask')}: ${scopeLabel(scope)}`}
                        onClick={() => void auth.requestScopes([scope])}
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
          </section>
          <p className="text-xs text-slate-600 dark:text-slate-400">{t('account.tokenNote')}</p>
          <button
            type="button"
            className="btn-secondary self-start"
            disabled={signingOut}
            onClick={async () => {
              setSigningOut(true)
              try {
                await auth.signOut()
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
