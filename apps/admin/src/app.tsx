import { useQueryClient } from '@tanstack/react-query'
import { useEffect, type ReactElement } from 'react'
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router'
import { setUnauthenticatedHandler } from './api/client'
import { session } from './api/session'
import { Layout } from './components/layout'
import { lazyPage } from './components/lazy-page'
import { DashboardPage } from './pages/dashboard'
import { GatewaysPage } from './pages/gateways'
import { LoginPage } from './pages/login'
import { LogsPage } from './pages/logs'
import { MetricsPage } from './pages/metrics'
import { PromptsPage } from './pages/prompts'
import { ResourcesPage } from './pages/resources'
import { ServersPage } from './pages/servers'
import { TokensPage } from './pages/tokens'
import { TransferPage } from './pages/transfer'
import { UsersPage } from './pages/users'
import { ToolsPage } from './pages/tools'

const AccountPage = lazyPage(() => import('./pages/account').then((m) => m.AccountPage))
const TeamsPage = lazyPage(() => import('./pages/teams').then((m) => m.TeamsPage))
const RolesPage = lazyPage(() => import('./pages/roles').then((m) => m.RolesPage))
const A2aPage = lazyPage(() => import('./pages/a2a').then((m) => m.A2aPage))
const GrpcPage = lazyPage(() => import('./pages/grpc').then((m) => m.GrpcPage))

/** Where to return after signing in: the page the user was on; `ended` when a session was. */
function loginPath(location: { pathname: string; search: string }, ended = false): string {
  const next = encodeURIComponent(location.pathname + location.search)
  return `/login?next=${next}${ended ? '&ended=1' : ''}`
}

function RequireSession({ children }: { children: ReactElement }): ReactElement {
  const location = useLocation()
  return session.active() ? children : <Navigate to={loginPath(location)} replace />
}

/** The routes; an expired or revoked session sends the user to sign in and back to the same page. */
export function App(): ReactElement {
  const navigate = useNavigate()
  const location = useLocation()
  const queryClient = useQueryClient()
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      queryClient.clear()
      if (!window.location.pathname.endsWith('/login'))
        void navigate(loginPath(location, true), { replace: true })
    })
  }, [navigate, location, queryClient])
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireSession>
            <Layout />
          </RequireSession>
        }
      >
        <Route index element={<DashboardPage />} />
        {/* The dashboard is /admin; its name in the address leads there too. */}
        <Route path="dashboard" element={<Navigate to="/" replace />} />
        <Route path="gateways" element={<GatewaysPage />} />
        <Route path="tools" element={<ToolsPage />} />
        <Route path="servers" element={<ServersPage />} />
        <Route path="prompts" element={<PromptsPage />} />
        <Route path="resources" element={<ResourcesPage />} />
        <Route path="tokens" element={<TokensPage />} />
        <Route path="users" element={<UsersPage />} />
        <Route path="teams" element={<TeamsPage />} />
        <Route path="roles" element={<RolesPage />} />
        <Route path="a2a" element={<A2aPage />} />
        <Route path="grpc" element={<GrpcPage />} />
        <Route path="transfer" element={<TransferPage />} />
        <Route path="logs" element={<LogsPage />} />
        <Route path="metrics" element={<MetricsPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="*" element={<p className="state empty">No such page.</p>} />
      </Route>
    </Routes>
  )
}
