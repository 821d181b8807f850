import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useQueryClient } from '@tanstack/react-query'
import { toast } from '../components/ui/toast'
import { Button, Popover, Menu, MenuItem, MenuSection, MenuTrigger, Header } from 'react-aria-components'
import { Check, FlaskConical } from 'lucide-react'
import { googleSignInConfigured, readDemoUser, session } from '../auth/session'
import { paths } from '../config/paths'
import { readEmulatorProfile, resetEmulator, setEmulatorProfile, type EmulatorProfile } from '../api'
import { usePhotosClient } from '../queries'
import { DEMO_BADGE_CLASS } from '../components/ui/header-buttons'
import { AppDialog } from '../components/ui/Dialog'
import { forgetWelcomeSeen } from '../auth/welcome'
import { refocusTriggerIfLost } from '../components/ui/refocus-trigger'

/** The people of the demo's seed: `demo` owns the library, alice and bob share albums with it. */
const DEMO_USERS = ['demo', 'alice', 'bob'] as const
const PROFILES: readonly EmulatorProfile[] = ['legacy', '2025']

const itemClass =
  'flex min-h-11 cursor-default items-center gap-3 rounded-lg px-3 py-2 text-sm outline-none data-[focused]:bg-slate-100 dark:data-[focused]:bg-slate-800'
const sectionHeaderClass = 'px-3 pb-1 pt-2 text-xs font-semibold text-slate-500 dark:text-slate-400'

/** A titled group of menu items, one of them current (checked); ids are `${prefix}:${option}`. */
function CheckSection<T extends string>({ title, prefix, options, current, label, currentLabel }: {
  title: string
  prefix: string
  options: readonly T[]
  current: string | undefined
  label: (option: T) => string
  currentLabel: string
}) {
  return (
    <MenuSection key={prefix}>
      <Header className={sectionHeaderClass}>{title}</Header>
      {options.map((option) => (
        <MenuItem key={option} id={`${prefix}:${option}`} className={itemClass} textValue={label(option)}>
          <Check className={`size-4 ${option === current ? '' : 'invisible'}`} aria-hidden />
          {label(option)}
          {option === current ? <span className="sr-only">{currentLabel}</span> : null}
        </MenuItem>
      ))}
    </MenuSection>
  )
}

/** The demo badge, which opens the demo's actions: act as another person, the API's rules, reset, leave. */
export function DemoMenu({ defaultOpen = false }: { defaultOpen?: boolean }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const client = usePhotosClient()
  const navigate = useNavigate()
  const [confirmOpen, setConfirmOpen] = useState(false)
  const [resetting, setResetting] = useState(false)
  const [profile, setProfile] = useState<EmulatorProfile | undefined>()
  const user = readDemoUser()
  const trigger = useRef<HTMLButtonElement>(null)

  async function reset() {
    setResetting(true)
    try {
      await resetEmulator(client.baseUrl)
      queryClient.clear()
      toast.success(t('mode.resetDone'))
      setConfirmOpen(false)
      // A fresh demo starts as the first visit did: with the welcome.
      forgetWelcomeSeen()
      navigate(paths.start())
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error))
    } finally {
      setResetting(false)
    }
  }

  async function changeProfile(next: EmulatorProfile) {
    try {
      await setEmulatorProfile(client.baseUrl, next)
      setProfile(next)
      // Every answer may differ under the other rules.
      await queryClient.resetQueries()
      toast.success(t(`mode.profileChanged.${next}`))
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error))
    }
  }

  return (
    <>
      <MenuTrigger
        defaultOpen={defaultOpen}
        onOpenChange={(open) => {
          if (open) void readEmulatorProfile(client.baseUrl).then(setProfile, () => undefined)
          else refocusTriggerIfLost(trigger)
        }}
      >
        <Button ref={trigger} className={DEMO_BADGE_CLASS}>
          <FlaskConical className="size-4" aria-hidden />
          {t('mode.demo')}
        </Button>
        <Popover placement="bottom end" className="min-w-64 rounded-xl border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <Menu
            aria-label={t('mode.demoBadge')}
            className="outline-none"
            onAction={(key) => {
              const id = String(key)
              if (id === 'reset') setConfirmOpen(true)
              else if (id === 'leave') {
                session.leave()
                navigate(paths.start())
              } else if (id.startsWith('user:') && id !== `user:${user}`) {
                // A full load: the client, its cache and the service worker's user all change together.
                window.location.assign(`${paths.library()}?demoUser=${id.slice(5)}`)
              } else if (id.startsWith('profile:') && id !== `profile:${profile}`) void changeProfile(id.slice(8) as EmulatorProfile)
            }}
          >
            {CheckSection({ title: t('mode.actAs'), prefix: 'user', options: DEMO_USERS, current: user, label: (u) => t(`mode.users.${u}`), currentLabel: t('mode.current') })}
            {CheckSection({ title: t('mode.apiRules'), prefix: 'profile', options: PROFILES, current: profile, label: (p) => t(`mode.profiles.${p}`), currentLabel: t('mode.current') })}
            <MenuSection className="border-t border-slate-200 dark:border-slate-700">
              <MenuItem id="reset" className={itemClass}>
                {t('mode.resetDemo')}…
              </MenuItem>
              {googleSignInConfigured ? (
                <MenuItem id="leave" className={itemClass}>
                  {t('mode.leaveDemo')}
                </MenuItem>
              ) : null}
            </MenuSection>
          </Menu>
        </Popover>
      </MenuTrigger>
      {confirmOpen ? (
        <AppDialog
          isOpen
          onOpenChange={setConfirmOpen}
          title={t('mode.resetDemo')}
          footer={
            <>
              <button type="button" className="btn-secondary" onClick={() => setConfirmOpen(false)}>
                {t('cancel')}
              </button>
              <button type="button" className="btn-danger" disabled={resetting} onClick={() => void reset()}>
                {t('mode.resetDemo')}
              </button>
            </>
          }
        >
          <p className="p-4 text-sm text-slate-700 dark:text-slate-300">{t('mode.resetDemoConfirm')}</p>
        </AppDialog>
      ) : null}
    </>
  )
}
