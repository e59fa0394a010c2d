import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import { opsApi, type GatewayDetail } from '../api/ops'
import type { Gateway, GatewayTransport } from '../api/types'
import { Field } from '../components/field'
import { useFormErrors, type Problems } from '../components/form-errors'
import { FormShell } from '../components/form-shell'
import { usePermissions } from '../components/permissions'
import { LoadError, Loading } from '../components/states'
import { TextAreaField } from '../components/text-area-field'
import { TextField } from '../components/text-field'
import {
  ProcessFields,
  processBody,
  processDraftOf,
  processProblems,
  type ProcessDraft,
} from './gateway-process'
import { isUrl } from './is-url'

const remoteTransports: GatewayTransport[] = ['streamablehttp', 'sse', 'websocket']
type AuthChoice = 'keep' | 'none' | 'bearer' | 'basic'

/** A comma-separated list's items (tags, header names). */
const listOf = (text: string): string[] =>
  text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean)

/**
 * Registers an upstream MCP server by URL, or by the command that starts it for those who may run
 * processes (discovery then runs in the background), or edits one: name, URL, transport,
 * pass-through headers or command, arguments, environment and working directory, description,
 * tags and credentials (kept unless replaced).
 */
export function GatewayForm({
  gateway,
  onDone,
}: {
  gateway?: Gateway
  onDone: () => void
}): ReactElement {
  const detail = useQuery({
    queryKey: ['gateways', gateway?.id, 'detail'],
    queryFn: () => opsApi.gateway(gateway?.id ?? ''),
    enabled: gateway !== undefined,
    staleTime: 0,
  })
  if (!gateway) return <GatewayFields onDone={onDone} />
  if (detail.isPending) return <Loading what={`${gateway.name}`} />
  if (detail.isError) return <LoadError error={detail.error} retry={() => void detail.refetch()} />
  return <GatewayFields existing={detail.data} onDone={onDone} />
}

function GatewayFields({
  existing,
  onDone,
}: {
  existing?: GatewayDetail
  onDone: () => void
}): ReactElement {
  const editing = existing !== undefined
  const processes = usePermissions().can('admin.processes')
  const [name, setName] = useState(existing?.name ?? '')
  const [url, setUrl] = useState(existing?.url ?? '')
  const [draft, setDraft] = useState<ProcessDraft>(() => processDraftOf(existing))
  const [transport, setTransport] = useState<GatewayTransport>(
    existing?.transport ?? 'streamablehttp',
  )
  const stdio = transport === 'stdio'
  const transports = editing || !processes ? remoteTransports : [...remoteTransports, 'stdio']
  const [description, setDescription] = useState(existing?.description ?? '')
  const [tags, setTags] = useState(existing?.tags.join(', ') ?? '')
  const [passthrough, setPassthrough] = useState(existing?.passthroughHeaders.join(', ') ?? '')
  const [auth, setAuth] = useState<AuthChoice>(editing ? 'keep' : 'none')
  const [token, setToken] = useState('')
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const form = useFormErrors()
  const queryClient = useQueryClient()
  const title = editing ? `Edit ${existing.name}` : 'Register gateway'

  const credentials = (): Record<string, unknown> | undefined => {
    if (auth === 'keep') return undefined
    if (auth === 'bearer') return { type: 'bearer', token }
    if (auth === 'basic') return { type: 'basic', username: username.trim(), password }
    return { type: 'none' }
  }

  const target = (): Record<string, unknown> => {
    if (!stdio) return { url: url.trim(), transport, passthroughHeaders: listOf(passthrough) }
    // Only those who may run processes see (and so send) a command's fields.
    return processes ? processBody(draft) : {}
  }

  const problems = (): Problems => ({
    name: name.trim() ? undefined : 'Give the gateway a name.',
    ...(stdio
      ? processes && processProblems(draft)
      : {
          url: isUrl(url.trim())
            ? undefined
            : 'Enter the upstream URL, such as http://host:port/mcp.',
          token: auth !== 'bearer' || token ? undefined : 'Enter the bearer token.',
          username: auth !== 'basic' || username.trim() ? undefined : 'Enter the user name.',
        }),
  })

  const submit = () => {
    const secret = stdio ? undefined : credentials()
    return form.run(async () => {
      if (existing) {
        await opsApi.updateGateway(existing.id, {
          name: name.trim(),
          ...target(),
          description: description.trim() || null,
          tags: listOf(tags),
          ...(secret && { auth: secret }),
        })
      } else {
        await api.createGateway({
          name: name.trim(),
          transport,
          ...target(),
          ...(description.trim() && { description: description.trim() }),
          ...(tags.trim() && { tags: listOf(tags) }),
          ...(secret && auth !== 'none' && { auth: secret }),
        })
      }
      await queryClient.invalidateQueries({ queryKey: ['gateways'] })
      onDone()
    }, problems())
  }

  return (
    <FormShell
      form={form}
      label={title}
      submitLabel={editing ? 'Save changes' : 'Register'}
      busyLabel={editing ? 'Saving…' : 'Registering…'}
      onSubmit={submit}
      takeFocus={editing}
      {...(editing && { head: <h2>{title}</h2> })}
      {...(editing && {
        after: (
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        ),
      })}
    >
      <TextField label="Name" error={form.errorFor('name')} value={name} onChange={setName} />
      {!(editing && stdio) && (
        <Field
          label="Transport"
          error={form.errorFor('transport')}
          {...(transports.includes('stdio') && {
            hint: 'stdio runs a command on the gateway host, one process per pooled session.',
          })}
        >
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
      )}
      {stdio && processes && <ProcessFields draft={draft} onChange={setDraft} form={form} />}
      {stdio && !processes && (
        <p className="muted">
          Runs <code>{[draft.command, ...draft.args.map(([arg]) => arg)].join(' ')}</code>. Changing
          what it runs takes the admin.processes permission.
        </p>
      )}
      {!stdio && (
        <>
          <TextField
            label="URL"
            error={form.errorFor('url')}
            hint="The upstream's MCP endpoint."
            value={url}
            onChange={setUrl}
          />
          <TextField
            label="Pass-through headers"
            error={form.errorFor('passthroughHeaders')}
            hint="Caller headers sent on to the upstream with each of their requests over streamable HTTP or SSE, such as X-Tenant. Separated by commas."
            value={passthrough}
            onChange={setPassthrough}
          />
        </>
      )}
      <TextAreaField
        label="Description"
        error={form.errorFor('description')}
        value={description}
        onChange={setDescription}
      />
      <TextField
        label="Tags"
        error={form.errorFor('tags')}
        hint="Separated by commas."
        value={tags}
        onChange={setTags}
      />
      {!stdio && (
        <>
          <Field
            label="Authentication"
            error={form.errorFor('auth')}
            {...(editing && { hint: `Now: ${existing.auth.type}. Secrets are never shown.` })}
          >
            {(control) => (
              <select
                {...control}
                value={auth}
                onChange={(e) => setAuth(e.target.value as AuthChoice)}
              >
                {editing && <option value="keep">Keep as it is</option>}
                <option value="none">None</option>
                <option value="bearer">Bearer token</option>
                <option value="basic">Basic (user name and password)</option>
              </select>
            )}
          </Field>
          {auth === 'bearer' && (
            <TextField
              label="Bearer token"
              error={form.errorFor('token')}
              type="password"
              autoComplete="off"
              value={token}
              onChange={setToken}
            />
          )}
          {auth === 'basic' && (
            <>
              <TextField
                label="User name"
                error={form.errorFor('username')}
                value={username}
                onChange={setUsername}
              />
              <TextField
                label="Password"
                error={form.errorFor('password')}
                type="password"
                autoComplete="new-password"
                value={password}
                onChange={setPassword}
              />
            </>
          )}
        </>
      )}
    </FormShell>
  )
}
