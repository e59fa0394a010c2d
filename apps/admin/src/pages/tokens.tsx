import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { ApiToken } from '../api/types'
import { ConfirmButton } from '../components/confirm-button'
import { DataTable } from '../components/data-table'
import { CopyButton } from '../components/copy-button'
import { Field } from '../components/field'
import { useFormErrors } from '../components/form-errors'
import { FormShell } from '../components/form-shell'
import { QueryView } from '../components/query-view'
import { ActionError, useRowAction } from '../components/row-action'
import { Badge } from '../components/states'
import { TextField } from '../components/text-field'

function TokenForm({ onCreated }: { onCreated: (token: ApiToken) => void }): ReactElement {
  const [name, setName] = useState('')
  const [days, setDays] = useState('30')
  const form = useFormErrors()
  const queryClient = useQueryClient()
  const submit = (): Promise<boolean> => {
    const expires = days.trim() === '' ? undefined : Number(days)
    return form.run(
      async () => {
        const token = await api.createToken({
          name: name.trim(),
          ...(expires !== undefined && { expiresInDays: expires }),
        })
        await queryClient.invalidateQueries({ queryKey: ['tokens'] })
        setName('')
        onCreated(token)
      },
      {
        name: name.trim() ? undefined : 'Give the token a name.',
        expiresInDays:
          expires === undefined || (Number.isInteger(expires) && expires > 0)
            ? undefined
            : 'Enter a whole number of days, or leave empty for no expiry.',
      },
    )
  }
  return (
    <FormShell
      form={form}
      className="panel inline"
      label="Create token"
      submitLabel="Create token"
      busyLabel="Creating…"
      onSubmit={submit}
    >
      <TextField label="Token name" error={form.errorFor('name')} value={name} onChange={setName} />
      <Field label="Expires in days" error={form.errorFor('expiresInDays')}>
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        )}
      </Field>
    </FormShell>
  )
}

function TokenRow({ token }: { token: ApiToken }): ReactElement {
  const revoke = useRowAction(['tokens'])
  return (
    <tr>
      <td>
        {token.name}
        <ActionError action={revoke} />
      </td>
      <td>
        {token.revokedAt ? <Badge tone="bad">revoked</Badge> : <Badge tone="ok">active</Badge>}
      </td>
      <td>{token.expiresAt ? new Date(token.expiresAt).toLocaleDateString() : 'never'}</td>
      <td>{token.lastUsedAt ? new Date(token.lastUsedAt).toLocaleString() : '—'}</td>
      <td className="row-actions">
        {!token.revokedAt && (
          <ConfirmButton
            label="Revoke"
            disabled={revoke.isPending}
            aria-label={`Revoke ${token.name}`}
            title={`Revoke ${token.name}?`}
            message="Every request made with this token is refused from now on."
            onConfirm={() => revoke.mutate(() => api.revokeToken(token.id))}
          />
        )}
      </td>
    </tr>
  )
}

/** API tokens: create (the text is shown once), list, revoke. */
export function TokensPage(): ReactElement {
  const tokens = useQuery({ queryKey: ['tokens'], queryFn: api.tokens })
  const [created, setCreated] = useState<ApiToken>()
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">API tokens</h1>
      <TokenForm onCreated={setCreated} />
      {created?.accessToken && (
        <div className="panel once" role="status" aria-label="New token">
          <p>
            <strong>{created.name}</strong>: copy this token now. It is not shown again.
          </p>
          <pre className="secret">{created.accessToken}</pre>
          <CopyButton text={created.accessToken} label="Copy token" />{' '}
          <button type="button" onClick={() => setCreated(undefined)}>
            Done
          </button>
        </div>
      )}
      <QueryView query={tokens} what="tokens" empty="No tokens yet.">
        {(list) => (
          <DataTable label="Tokens" columns={['Name', 'State', 'Expires', 'Last used', 'Actions']}>
            {list.map((token) => (
              <TokenRow key={token.id} token={token} />
            ))}
          </DataTable>
        )}
      </QueryView>
    </section>
  )
}
