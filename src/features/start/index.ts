// Public surface of the start feature.
export { StartPage } from './StartPage'
