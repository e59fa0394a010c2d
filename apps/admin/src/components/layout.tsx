import { useQuery } from '@tanstack/react-query'
import type { ReactElement } from 'react'
import { NavLink, Outlet, useNavigate } from 'react-router'
import { api } from '../api/endpoints'
import { useTheme } from './theme'

const sections: [path: string, label: string][] = [
  ['/', 'Dashboard'],
  ['/gateways', 'Gateways'],
  ['/tools', 'Tools'],
  ['/servers', 'Virtual servers'],
  ['/prompts', 'Prompts'],
  ['/resources', 'Resources'],
  ['/tokens', 'Tokens'],
  ['/users', 'Users'],
  ['/transfer', 'Import and export'],
  ['/metrics', 'Metrics'],
  ['/logs', 'Logs'],
]

/** The signed-in frame: navigation, who is signed in, theme toggle, sign out; the page inside. */
export function Layout(): ReactElement {
  const [theme, toggleTheme] = useTheme()
  const navigate = useNavigate()
  const me = useQuery({ queryKey: ['me'], queryFn: api.me })
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Switchyard</span>
        <span className="spacer" />
        {me.data && <span className="who">{me.data.email}</span>}
        <button
          type="button"
          onClick={toggleTheme}
          aria-label="Toggle dark theme"
          aria-pressed={theme === 'dark'}
        >
          {theme === 'dark' ? 'Light theme' : 'Dark theme'}
        </button>
        <button
          type="button"
          onClick={() => {
            void api.logout().then(() => navigate('/login'))
          }}
        >
          Sign out
        </button>
      </header>
      <nav className="sidebar" aria-label="Sections">
        <ul>
          {sections.map(([path, label]) => (
            <li key={path}>
              <NavLink to={path} end={path === '/'}>
                {label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  )
}
