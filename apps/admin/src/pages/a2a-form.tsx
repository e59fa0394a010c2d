import { useQueryClient } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { A2aAgent } from '../api/types'
import { useFormErrors } from '../components/form-errors'
import { editChrome, FormShell } from '../components/form-shell'
import { TextAreaField } from '../components/text-area-field'
import { TextField } from '../components/text-field'
import { isUrl } from './is-url'

/**
 * Registers an A2A agent by URL (its card is read), or edits one: URL, name, description and a
 * new bearer token (the stored one kept when left empty; a new URL or token reads the card again).
 */
export function A2aForm({ agent, onDone }: { agent?: A2aAgent; onDone: () => void }): ReactElement {
  const [url, setUrl] = useState(agent?.url ?? '')
  const [name, setName] = useState(agent?.name ?? '')
  const [description, setDescription] = useState(agent?.description ?? '')
  const [token, setToken] = useState('')
  const form = useFormErrors()
  const queryClient = useQueryClient()
  const title = agent ? `Edit ${agent.name}` : 'Register agent'
  const submit = () =>
    form.run(
      async () => {
        const auth = token && { auth: { type: 'bearer', token } }
        if (agent)
          await api.updateA2aAgent(agent.id, {
            url: url.trim(),
            name: name.trim(),
            description: description.trim() || null,
            ...auth,
          })
        else
          await api.createA2aAgent({
            url: url.trim(),
            ...(name.trim() && { name: name.trim() }),
            ...(description.trim() && { description: description.trim() }),
            ...auth,
          })
        await queryClient.invalidateQueries({ queryKey: ['a2a'] })
        await queryClient.invalidateQueries({ queryKey: ['tools'] })
        onDone()
      },
      {
        url: isUrl(url.trim())
          ? undefined
          : "Enter the agent's base URL, such as http://host:port.",
        name: agent && !name.trim() ? 'Give the agent a name.' : undefined,
      },
    )
  return (
    <FormShell
      form={form}
      label={title}
      submitLabel={agent ? 'Save changes' : 'Register'}
      busyLabel="Reading its card…"
      onSubmit={submit}
      {...(agent && editChrome(title, onDone))}
    >
      <TextField
        label="URL"
        error={form.errorFor('url')}
        hint="Its card is read from /.well-known/agent-card.json under this URL."
        value={url}
        onChange={setUrl}
      />
      <TextField
        label="Name"
        error={form.errorFor('name')}
        {...(!agent && { hint: "The card's name when left empty." })}
        value={name}
        onChange={setName}
      />
      <TextAreaField
        label="Description"
        error={form.errorFor('description')}
        value={description}
        onChange={setDescription}
      />
      <TextField
        label={agent ? 'New bearer token' : 'Bearer token'}
        error={form.errorFor('auth')}
        hint={
          agent
            ? 'Left empty, the one stored is kept. Stored sealed, never shown.'
            : 'Sent to the agent on every call, if it needs one. Stored sealed.'
        }
        type="password"
        autoComplete="off"
        value={token}
        onChange={setToken}
      />
    </FormShell>
  )
}
