import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { ServerMember } from '../api/types'
import { Field } from '../components/field'
import { useFormErrors } from '../components/form-errors'
import { FormShell } from '../components/form-shell'
import { MemberPicker } from './member-picker'

type Override = { name: string; description: string }

function toggled(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set)
  if (next.has(id)) next.delete(id)
  else next.add(id)
  return next
}

/** Creates a virtual server from tools, resources and prompts of every source, with tool renames. */
export function ServerForm({ onDone }: { onDone: () => void }): ReactElement {
  const tools = useQuery({ queryKey: ['tools', ''], queryFn: () => api.tools() })
  const resources = useQuery({ queryKey: ['resources'], queryFn: api.resources })
  const prompts = useQuery({ queryKey: ['prompts'], queryFn: api.prompts })
  const [name, setName] = useState('')
  const [description, setDescription] = useState('')
  const [toolIds, setToolIds] = useState<ReadonlySet<string>>(new Set())
  const [resourceIds, setResourceIds] = useState<ReadonlySet<string>>(new Set())
  const [promptIds, setPromptIds] = useState<ReadonlySet<string>>(new Set())
  const [overrides, setOverrides] = useState<Record<string, Override>>({})
  const form = useFormErrors()
  const queryClient = useQueryClient()

  const member = (id: string): string | ServerMember => {
    const override = overrides[id]
    if (!override?.name.trim() && !override?.description.trim()) return id
    return {
      id,
      ...(override.name.trim() && { name: override.name.trim() }),
      ...(override.description.trim() && { description: override.description.trim() }),
    }
  }

  const submit = () =>
    form.run(
      async () => {
        await api.createServer({
          name: name.trim(),
          ...(description.trim() && { description: description.trim() }),
          associatedTools: [...toolIds].map(member),
          associatedResources: [...resourceIds],
          associatedPrompts: [...promptIds],
        })
        await queryClient.invalidateQueries({ queryKey: ['servers'] })
        onDone()
      },
      { name: name.trim() ? undefined : 'Give the virtual server a name.' },
    )

  const chosenTools = (tools.data ?? []).filter((tool) => toolIds.has(tool.id))
  return (
    <FormShell
      form={form}
      label="Create virtual server"
      submitLabel="Create"
      busyLabel="Creating…"
      onSubmit={submit}
    >
      <Field label="Name" error={form.errorFor('name')}>
        {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
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
      <div className="pickers">
        <MemberPicker
          legend="Tools"
          candidates={tools.data ?? []}
          selected={toolIds}
          onToggle={(id) => setToolIds(toggled(toolIds, id))}
          error={form.errorFor('associatedTools')}
        />
        <MemberPicker
          legend="Resources"
          candidates={resources.data ?? []}
          selected={resourceIds}
          onToggle={(id) => setResourceIds(toggled(resourceIds, id))}
          error={form.errorFor('associatedResources')}
        />
        <MemberPicker
          legend="Prompts"
          candidates={prompts.data ?? []}
          selected={promptIds}
          onToggle={(id) => setPromptIds(toggled(promptIds, id))}
          error={form.errorFor('associatedPrompts')}
        />
      </div>
      {chosenTools.length > 0 && (
        <fieldset>
          <legend>Rename tools or override their descriptions (optional)</legend>
          {chosenTools.map((tool) => {
            const override = overrides[tool.id] ?? { name: '', description: '' }
            const set = (change: Partial<Override>): void =>
              setOverrides({ ...overrides, [tool.id]: { ...override, ...change } })
            return (
              <div key={tool.id} className="override">
                <span className="name">{tool.name}</span>
                <input
                  aria-label={`New name for ${tool.name}`}
                  placeholder="new name"
                  value={override.name}
                  onChange={(e) => set({ name: e.target.value })}
                />
                <input
                  aria-label={`Description for ${tool.name}`}
                  placeholder={tool.description ?? 'description'}
                  value={override.description}
                  onChange={(e) => set({ description: e.target.value })}
                />
              </div>
            )
          })}
        </fieldset>
      )}
    </FormShell>
  )
}
