import { useQueryClient } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { GatewayTransport } from '../api/types'
import { Field } from '../components/field'
import { useFormErrors } from '../components/form-errors'

const transports: GatewayTransport[] = ['streamablehttp', 'sse', 'websocket']

function isUrl(text: string): boolean {
  try {
    new URL(text)
    return true
  } catch {
    return false
  }
}

/** Registers an upstream MCP server by URL; discovery then runs in the background. */
export function GatewayForm({ onDone }: { onDone: () => void }): ReactElement {
  const [name, setName] = useState('')
  const [url, setUrl] = useState('')
  const [transport, setTransport] = useState<GatewayTransport>('streamablehttp')
  const [description, setDescription] = useState('')
  const [busy, setBusy] = useState(false)
  const form = useFormErrors()
  const queryClient = useQueryClient()

  const submit = async (): Promise<void> => {
    const ok = form.check({
      name: name.trim() ? undefined : 'Give the gateway a name.',
      url: isUrl(url.trim()) ? undefined : 'Enter the upstream URL, such as http://host:port/mcp.',
    })
    if (!ok) return
    setBusy(true)
    try {
      await api.createGateway({
        name: name.trim(),
        url: url.trim(),
        transport,
        ...(description.trim() && { description: description.trim() }),
      })
      await queryClient.invalidateQueries({ queryKey: ['gateways'] })
      onDone()
    } catch (error) {
      form.fail(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      className="panel"
      noValidate
      aria-label="Register gateway"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      {form.formError && (
        <p className="form-error" role="alert">
          {form.formError}
        </p>
      )}
      <Field label="Name" error={form.errorFor('name')}>
        {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label="URL" error={form.errorFor('url')} hint="The upstream's MCP endpoint.">
        {(control) => <input {...control} value={url} onChange={(e) => setUrl(e.target.value)} />}
      </Field>
      <Field label="Transport" error={form.errorFor('transport')}>
        {(control) => (
          <select
            {...control}
            value={transport}
            onChange={(e) => setTransport(e.target.value as GatewayTransport)}
          >
            {transports.map((option) => (
              <option key={option}>{option}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Description" error={form.errorFor('description')}>
        {(control) => (
          <input
            {...control}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Registering…' : 'Register'}
      </button>
    </form>
  )
}
