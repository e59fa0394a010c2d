import { useQueryClient } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { Role } from '../api/types'
import { Field } from '../components/field'
import { useFormErrors } from '../components/form-errors'
import { FormShell } from '../components/form-shell'
import { TextAreaField } from '../components/text-area-field'
import { TextField } from '../components/text-field'

/** Permissions as typed: one per line or separated by commas or spaces. */
function parsePermissions(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter(Boolean))]
}

/**
 * Creates a custom role (name, description, where it is held, permissions), or edits one: its
 * description and permissions (its name and where it is held stay).
 */
export function RoleForm({ role, onDone }: { role?: Role; onDone: () => void }): ReactElement {
  const [name, setName] = useState(role?.name ?? '')
  const [description, setDescription] = useState(role?.description ?? '')
  const [scope, setScope] = useState<Role['scope']>(role?.scope ?? 'global')
  const [permissions, setPermissions] = useState(role?.permissions.join('\n') ?? '')
  const form = useFormErrors()
  const queryClient = useQueryClient()
  const title = role ? `Edit role ${role.name}` : 'Create role'
  const submit = () => {
    const list = parsePermissions(permissions)
    return form.run(
      async () => {
        if (role)
          await api.updateRole(role.name, {
            description: description.trim() || null,
            permissions: list,
          })
        else
          await api.createRole({
            name: name.trim(),
            scope,
            permissions: list,
            ...(description.trim() && { description: description.trim() }),
          })
        await queryClient.invalidateQueries({ queryKey: ['roles'] })
        onDone()
      },
      {
        name: name.trim() ? undefined : 'Give the role a name.',
        permissions: list.length > 0 ? undefined : 'List at least one permission.',
      },
    )
  }
  return (
    <FormShell
      form={form}
      label={title}
      submitLabel={role ? 'Save role' : 'Create role'}
      busyLabel={role ? 'Saving…' : 'Creating…'}
      onSubmit={submit}
      takeFocus={role !== undefined}
      {...(role && {
        head: (
          <>
            <h2>{title}</h2>
            <p className="muted">
              Held {role.scope === 'team' ? 'within a team' : 'globally'}. A role's name and where
              it is held stay; everyone who holds it gets the new permissions at once.
            </p>
          </>
        ),
        after: (
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        ),
      })}
    >
      {!role && (
        <TextField
          label="Name"
          error={form.errorFor('name')}
          hint="Lower-case letters, digits and _, such as release_manager."
          value={name}
          onChange={setName}
        />
      )}
      <TextAreaField
        label="Description"
        error={form.errorFor('description')}
        value={description}
        onChange={setDescription}
      />
      {!role && (
        <Field
          label="Held"
          error={form.errorFor('scope')}
          hint="A team role is given within one team and applies to that team's entities."
        >
          {(control) => (
            <select
              {...control}
              value={scope}
              onChange={(e) => setScope(e.target.value as Role['scope'])}
            >
              <option value="global">globally</option>
              <option value="team">within a team</option>
            </select>
          )}
        </Field>
      )}
      <Field
        label="Permissions"
        error={form.errorFor('permissions')}
        hint="One per line or comma-separated: tools.read, servers.*, *.read, admin.users…"
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={permissions}
            onChange={(e) => setPermissions(e.target.value)}
          />
        )}
      </Field>
    </FormShell>
  )
}
