import { useQueryClient } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { api } from '../api/endpoints'
import { useDocumentTitle } from '../components/document-title'
import { useFormErrors } from '../components/form-errors'
import { FormShell } from '../components/form-shell'
import { TextField } from '../components/text-field'
import { isEmail } from './is-email'

/** Where to go after signing in: `next` when it is a page of this app, else the dashboard. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/'
}

/** Sign in with e-mail and password. */
export function LoginPage(): ReactElement {
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const form = useFormErrors()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [params] = useSearchParams()
  // set when the API refused a session this browser had (not on a first visit)
  const expired = params.has('ended')
  useDocumentTitle('Sign in')

  const submit = () =>
    form.run(
      async () => {
        await api.login(email.trim(), password)
        // Nothing cached for whoever was signed in before may show through.
        queryClient.clear()
        await navigate(safeNext(params.get('next')), { replace: true })
      },
      {
        email: isEmail(email.trim()) ? undefined : 'Enter an e-mail address.',
        password: password ? undefined : 'Enter your password.',
      },
    )

  return (
    <main className="login" id="main">
      <FormShell
        form={form}
        label="Sign in to Switchyard"
        className=""
        submitLabel="Sign in"
        busyLabel="Signing in…"
        onSubmit={submit}
        head={
          <>
            <h1 id="login-title">Sign in to Switchyard</h1>
            {expired && !form.formError && (
              <p className="notice" role="status">
                Your session has ended. Sign in to continue where you were.
              </p>
            )}
          </>
        }
      >
        <TextField
          label="E-mail"
          error={form.errorFor('email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
        />
        <TextField
          label="Password"
          error={form.errorFor('password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
      </FormShell>
    </main>
  )
}
