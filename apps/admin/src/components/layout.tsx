import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState, type ReactElement } from 'react'
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router'
import { api } from '../api/endpoints'
import { messageOf } from '../api/errors'
import { useDocumentTitle } from './document-title'
import { usePermissions } from './permissions'
import { useTheme } from './theme'

const sections: [path: string, label: string][] = [
  ['/', 'Dashboard'],
  ['/gateways', 'Gateways'],
  ['/tools', 'Tools'],
  ['/servers', 'Virtual servers'],
  ['/prompts', 'Prompts'],
  ['/resources', 'Resources'],
  ['/tokens', 'Tokens'],
  ['/a2a', 'A2A agents'],
  ['/grpc', 'gRPC services'],
  ['/users', 'Users'],
  ['/teams', 'Teams'],
  ['/roles', 'Roles'],
  ['/transfer', 'Import and export'],
  ['/metrics', 'Metrics'],
  ['/logs', 'Logs'],
]

/** The browser tab's title on each page: the page's heading where it differs from its link. */
const titles: Record<string, string> = {
  ...Object.fromEntries(sections),
  '/tokens': 'API tokens',
  '/account': 'Your account',
}

/**
 * Names the browser tab after the page and, when another page is opened (not on the first), moves
 * the focus to the page's content, where a screen reader then reads on and the next Tab starts
 * (the link followed may be hidden by then: the menu closes on a phone).
 */
function usePageChange(): void {
  const { pathname } = useLocation()
  const focused = useRef(pathname)
  useDocumentTitle(titles[pathname] ?? 'No such page')
  useEffect(() => {
    if (focused.current !== pathname) document.getElementById('main')?.focus()
    focused.current = pathname
  }, [pathname])
}

/** Sections shown only to those whose roles allow them (`/rbac/my/permissions`). */
const needs: Record<string, string> = {
  '/users': 'admin.users',
  '/roles': 'admin.rbac',
  '/transfer': 'admin.export',
}

/**
 * The signed-in frame: navigation, who is signed in, theme toggle, sign out; the page inside. On a
 * narrow screen the navigation (with the account link and theme toggle) opens from a menu button;
 * Escape closes it.
 */
export function Layout(): ReactElement {
  const [theme, toggleTheme] = useTheme()
  const navigate = useNavigate()
  const me = useQuery({ queryKey: ['me'], queryFn: api.me })
  const { can } = usePermissions()
  const shown = sections.filter(([path]) => !needs[path] || can(needs[path]))
  const [menuOpen, setMenuOpen] = useState(false)
  const [signOutError, setSignOutError] = useState<string>()
  const menuButton = useRef<HTMLButtonElement>(null)
  usePageChange()
  return (
    <div
      className={menuOpen ? 'shell menu-open' : 'shell'}
      // Escape closes the open menu and gives the focus back to its button.
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !menuOpen) return
        setMenuOpen(false)
        menuButton.current?.focus()
      }}
    >
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <button
          ref={menuButton}
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="sections"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          Menu
        </button>
        <span className="brand">Switchyard</span>
        <span className="spacer" />
        <span className="account">
          {me.data && (
            <NavLink
              className="who"
              to="/account"
              aria-label={`Your account (${me.data.email})`}
              onClick={() => setMenuOpen(false)}
            >
              {me.data.email}
            </NavLink>
          )}
          {/* A toggle: its name stays, pressed while the dark theme is on. */}
          <button type="button" onClick={toggleTheme} aria-pressed={theme === 'dark'}>
            Dark theme
          </button>
        </span>
        <button
          type="button"
          onClick={() => {
            setSignOutError(undefined)
            void api.logout().then(
              () => navigate('/login'),
              (error: unknown) => setSignOutError(`Still signed in. ${messageOf(error)}.`),
            )
          }}
        >
          Sign out
        </button>
      </header>
      <nav id="sections" className="sidebar" aria-label="Sections">
        <ul>
          {shown.map(([path, label]) => (
            <li key={path}>
              <NavLink to={path} end={path === '/'} onClick={() => setMenuOpen(false)}>
                {label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {signOutError && (
          <p className="form-error" role="alert">
            {signOutError}
          </p>
        )}
        <Outlet />
      </main>
    </div>
  )
}
