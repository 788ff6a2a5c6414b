// The router: one route per page, inside the shared layout.
import { Route, Router } from '@solidjs/router'
import { lazy } from 'solid-js'
import { Layout } from './components/Layout'

const PathwaysPage = lazy(() => import('./pages/PathwaysPage'))
const PathwayPage = lazy(() => import('./pages/PathwayPage'))
const ModulePage = lazy(() => import('./pages/ModulePage'))
const FrameworksPage = lazy(() => import('./pages/FrameworksPage'))
const FrameworkPage = lazy(() => import('./pages/FrameworkPage'))
const SignInPage = lazy(() => import('./pages/SignInPage'))
const UsersPage = lazy(() => import('./pages/UsersPage'))
const AuditPage = lazy(() => import('./pages/AuditPage'))
const ModuleEditorPage = lazy(() => import('./pages/ModuleEditorPage'))
const PathwayEditorPage = lazy(() => import('./pages/PathwayEditorPage'))
const CredentialsPage = lazy(() => import('./pages/CredentialsPage'))
const ValidationPage = lazy(() => import('./pages/ValidationPage'))
const ValidationCampaignPage = lazy(() => import('./pages/ValidationCampaignPage'))
const ReviewPage = lazy(() => import('./pages/ReviewPage'))
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'))

export function App() {
  return (
    <Router root={Layout}>
      <Route path="/" component={PathwaysPage} />
      <Route path="/pathways/new" component={PathwayEditorPage} />
      <Route path="/pathways/:slug/edit" component={PathwayEditorPage} />
      <Route path="/pathways/:slug" component={PathwayPage} />
      <Route path="/credentials" component={CredentialsPage} />
      <Route path="/modules" component={lazy(() => import('./pages/ModulesPage'))} />
      <Route path="/modules/new" component={ModuleEditorPage} />
      <Route path="/modules/:id/edit" component={ModuleEditorPage} />
      <Route path="/modules/:id" component={ModulePage} />
      <Route path="/bridges/new" component={lazy(() => import('./pages/BridgeBuilderPage'))} />
      <Route path="/frameworks" component={FrameworksPage} />
      <Route path="/frameworks/:id" component={FrameworkPage} />
      <Route path="/crosswalks" component={lazy(() => import('./pages/CrosswalkPage'))} />
      <Route path="/wages" component={lazy(() => import('./pages/WagesPage'))} />
      <Route path="/import" component={lazy(() => import('./pages/ImportPage'))} />
      <Route path="/glossary" component={lazy(() => import('./pages/GlossaryPage'))} />
      <Route path="/sign-in" component={SignInPage} />
      <Route path="/admin/users" component={UsersPage} />
      <Route path="/admin/audit" component={AuditPage} />
      <Route path="/admin/levels" component={lazy(() => import('./pages/LevelsPage'))} />
      <Route path="/admin/reviewers" component={lazy(() => import('./pages/ReviewersPage'))} />
      <Route path="/pathways/:slug/findings" component={lazy(() => import('./pages/FindingsPage'))} />
      <Route path="/pathways/:slug/matrix" component={lazy(() => import('./pages/MatrixPage'))} />
      <Route path="/pathways/:slug/validation" component={ValidationPage} />
      <Route path="/pathways/:slug/validation/:id" component={ValidationCampaignPage} />
      <Route path="/account/tokens" component={lazy(() => import('./pages/ApiTokensPage'))} />
      <Route path="/inbox" component={lazy(() => import('./pages/InboxPage'))} />
      <Route path="/review/:token" component={ReviewPage} />
      <Route path="/my/invitations" component={lazy(() => import('./pages/InvitationsPage'))} />
      <Route path="/my/invitations/:id" component={ReviewPage} />
      <Route path="*" component={NotFoundPage} />
    </Router>
  )
}
