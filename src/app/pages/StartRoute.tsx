import { useMatch } from 'react-router'
import { StartPage } from '../../features/start'
import { routePatterns } from '../../config/paths'
import { Pickers } from '../AppSettings'

export default function StartRoute() {
  const isWelcome = useMatch(routePatterns.welcome)
  return <StartPage isIndex={!isWelcome} pickers={<Pickers large />} />
}
