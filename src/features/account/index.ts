// Public surface of the account feature: the Google account panel the shell's mode menu opens.
export { AccountMenu } from './AccountMenu'
