import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import { useMemo, useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { Server, ServerMember } from '../api/types'
import { Field } from '../components/field'
import { useFormErrors } from '../components/form-errors'
import { FormShell } from '../components/form-shell'
import { TextAreaField } from '../components/text-area-field'
import { TextField } from '../components/text-field'
import { MemberOverrides, type Override } from './member-overrides'
import { MemberPicker, type Candidate } from './member-picker'

type Kind = 'tools' | 'resources' | 'prompts'
const KINDS: readonly Kind[] = ['tools', 'resources', 'prompts']
const FIELD: Record<Kind, 'associatedTools' | 'associatedResources' | 'associatedPrompts'> = {
  tools: 'associatedTools',
  resources: 'associatedResources',
  prompts: 'associatedPrompts',
}
const LEGEND: Record<Kind, string> = { tools: 'Tools', resources: 'Resources', prompts: 'Prompts' }

function toggled(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set)
  if (next.has(id)) next.delete(id)
  else next.add(id)
  return next
}

/** A server's saved overrides of one kind, as the form edits them. */
function overridesOf(members: readonly ServerMember[] | undefined): Record<string, Override> {
  return Object.fromEntries(
    (members ?? []).map((m) => [m.id, { name: m.name ?? '', description: m.description ?? '' }]),
  )
}

/** A member reference: the id alone, or with its rename and description override. */
function memberRef(id: string, override: Override | undefined): string | ServerMember {
  const name = override?.name.trim()
  const description = override?.description.trim()
  if (!name && !description) return id
  return { id, ...(name && { name }), ...(description && { description }) }
}

/**
 * Creates a virtual server, or edits one (`server`): members of every kind from every source, each
 * with an optional rename and description override, and how member names are formed.
 */
export function ServerForm({
  server,
  onDone,
}: {
  server?: Server
  onDone: () => void
}): ReactElement {
  const tools = useQuery({ queryKey: ['tools', ''], queryFn: () => api.tools() })
  const resources = useQuery({ queryKey: ['resources'], queryFn: api.resources })
  const prompts = useQuery({ queryKey: ['prompts'], queryFn: api.prompts })
  const candidates: Record<Kind, UseQueryResult<readonly Candidate[]>> = {
    tools,
    resources,
    prompts,
  }
  const byId = useMemo(
    () => ({
      tools: new Map(tools.data?.map((c) => [c.id, c])),
      resources: new Map(resources.data?.map((c) => [c.id, c])),
      prompts: new Map(prompts.data?.map((c) => [c.id, c])),
    }),
    [tools.data, resources.data, prompts.data],
  )
  const [name, setName] = useState(server?.name ?? '')
  const [description, setDescription] = useState(server?.description ?? '')
  const [nameStrategy, setNameStrategy] = useState(server?.nameStrategy ?? 'prefixed')
  const [chosen, setChosen] = useState<Record<Kind, ReadonlySet<string>>>({
    tools: new Set(server?.associatedTools),
    resources: new Set(server?.associatedResources),
    prompts: new Set(server?.associatedPrompts),
  })
  const [overrides, setOverrides] = useState<Record<Kind, Record<string, Override>>>({
    tools: overridesOf(server?.toolOverrides),
    resources: overridesOf(server?.resourceOverrides),
    prompts: overridesOf(server?.promptOverrides),
  })
  const form = useFormErrors()
  const queryClient = useQueryClient()

  const refs = (kind: Kind) => [...chosen[kind]].map((id) => memberRef(id, overrides[kind][id]))
  const submit = () =>
    form.run(
      async () => {
        const body = {
          name: name.trim(),
          nameStrategy,
          associatedTools: refs('tools'),
          associatedResources: refs('resources'),
          associatedPrompts: refs('prompts'),
        }
        if (server)
          await api.updateServer(server.id, { ...body, description: description.trim() || null })
        else
          await api.createServer({
            ...body,
            ...(description.trim() && { description: description.trim() }),
          })
        await queryClient.invalidateQueries({ queryKey: ['servers'] })
        onDone()
      },
      { name: name.trim() ? undefined : 'Give the virtual server a name.' },
    )

  return (
    <FormShell
      form={form}
      label={server ? `Edit ${server.name}` : 'Create virtual server'}
      head={server && <h2>Edit {server.name}</h2>}
      submitLabel={server ? 'Save changes' : 'Create'}
      busyLabel={server ? 'Saving…' : 'Creating…'}
      onSubmit={submit}
      takeFocus={server !== undefined}
      after={
        server && (
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        )
      }
    >
      <TextField label="Name" error={form.errorFor('name')} value={name} onChange={setName} />
      <TextAreaField
        label="Description"
        error={form.errorFor('description')}
        value={description}
        onChange={setDescription}
      />
      <Field
        label="Naming"
        error={form.errorFor('nameStrategy')}
        hint="Prefixed with their source (weather-get_forecast), or as the upstream names them."
      >
        {(control) => (
          <select
            {...control}
            value={nameStrategy}
            onChange={(e) => setNameStrategy(e.target.value as Server['nameStrategy'])}
          >
            <option value="prefixed">prefixed</option>
            <option value="original">original</option>
          </select>
        )}
      </Field>
      <div className="pickers">
        {KINDS.map((kind) => (
          <MemberPicker
            key={kind}
            legend={LEGEND[kind]}
            candidates={candidates[kind]}
            selected={chosen[kind]}
            onToggle={(id) => setChosen({ ...chosen, [kind]: toggled(chosen[kind], id) })}
            error={form.errorFor(FIELD[kind], { exact: true })}
          />
        ))}
      </div>
      {KINDS.map((kind) => (
        <MemberOverrides
          key={kind}
          legend={LEGEND[kind]}
          members={[...chosen[kind]].map(
            (id) => byId[kind].get(id) ?? { id, name: id, description: null },
          )}
          overrides={overrides[kind]}
          onChange={(id, override) =>
            setOverrides({ ...overrides, [kind]: { ...overrides[kind], [id]: override } })
          }
          errorAt={(index, part) =>
            form.errorFor(`${FIELD[kind]}.${index}${part ? `.${part}` : ''}`)
          }
        />
      ))}
    </FormShell>
  )
}
