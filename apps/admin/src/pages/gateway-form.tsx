import { useQueryClient } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { GatewayTransport } from '../api/types'
import { Field } from '../components/field'
import { useFormErrors } from '../components/form-errors'
import { FormShell } from '../components/form-shell'
import { isUrl } from './is-url'

const transports: GatewayTransport[] = ['streamablehttp', 'sse', 'websocket']

/** Registers an upstream MCP server by URL; discovery then runs in the background. */
export function GatewayForm({ onDone }: { onDone: () => void }): ReactElement {
  const [name, setName] = useState('')
  const [url, setUrl] = useState('')
  const [transport, setTransport] = useState<GatewayTransport>('streamablehttp')
  const [description, setDescription] = useState('')
  const form = useFormErrors()
  const queryClient = useQueryClient()

  const submit = () =>
    form.run(
      async () => {
        await api.createGateway({
          name: name.trim(),
          url: url.trim(),
          transport,
          ...(description.trim() && { description: description.trim() }),
        })
        await queryClient.invalidateQueries({ queryKey: ['gateways'] })
        onDone()
      },
      {
        name: name.trim() ? undefined : 'Give the gateway a name.',
        url: isUrl(url.trim())
          ? undefined
          : 'Enter the upstream URL, such as http://host:port/mcp.',
      },
    )

  return (
    <FormShell
      form={form}
      label="Register gateway"
      submitLabel="Register"
      busyLabel="Registering…"
      onSubmit={submit}
    >
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
    </FormShell>
  )
}
