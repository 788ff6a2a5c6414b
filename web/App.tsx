// The router: one route per page, inside the shared layout.
import { Route, Router } from '@solidjs/router'
import { lazy } from 'solid-js'
import { Layout } from './components/Layout'

const PathwaysPage = lazy(() => import('./pages/PathwaysPage'))
const PathwayPage = lazy(() => import('./pages/PathwayPage'))
const ModulePage = lazy(() => import('./pages/ModulePage'))
const FrameworksPage = lazy(() => import('./pages/FrameworksPage'))
const FrameworkPage = lazy(() => import('./pages/FrameworkPage'))
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'))

export function App() {
  return (
    <Router root={Layout}>
      <Route path="/" component={PathwaysPage} />
      <Route path="/pathways/:slug" component={PathwayPage} />
      <Route path="/modules/:id" component={ModulePage} />
      <Route path="/frameworks" component={FrameworksPage} />
      <Route path="/frameworks/:id" component={FrameworkPage} />
      <Route path="*" component={NotFoundPage} />
    </Router>
  )
}
