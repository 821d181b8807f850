import { forwardRef, type ButtonHTMLAttributes, type ComponentType } from 'react'

/** A round icon-only button whose accessible name (and tooltip) is `label`. */
export const IconButton = forwardRef<
  HTMLButtonElement,
  Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> & {
    label: string
    icon: ComponentType<{ className?: string; 'aria-hidden'?: boolean }>
    iconClassName?: string
  }
>(function IconButton({ label, icon: Icon, className = 'btn-ghost', iconClassName = 'size-5', type = 'button', ...rest }, ref) {
  return (
    <button ref={ref} type={type} aria-label={label} title={label} className={`${className} size-10 shrink-0 px-0`} {...rest}>
      <Icon className={iconClassName} aria-hidden />
    </button>
  )
})
