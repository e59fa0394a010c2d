import { useQueryClient } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { Team } from '../api/types'
import { useFormErrors } from '../components/form-errors'
import { editChrome, FormShell } from '../components/form-shell'
import { TextAreaField } from '../components/text-area-field'
import { TextField } from '../components/text-field'

/** Creates a team (name, slug, description), or edits one's name and description. */
export function TeamForm({ team, onDone }: { team?: Team; onDone: () => void }): ReactElement {
  const [name, setName] = useState(team?.name ?? '')
  const [slug, setSlug] = useState('')
  const [description, setDescription] = useState(team?.description ?? '')
  const form = useFormErrors()
  const queryClient = useQueryClient()
  const title = team ? `Edit team ${team.name}` : 'Create team'
  const submit = () =>
    form.run(
      async () => {
        if (team)
          await api.updateTeam(team.id, {
            name: name.trim(),
            description: description.trim() || null,
          })
        else
          await api.createTeam({
            name: name.trim(),
            ...(slug.trim() && { slug: slug.trim() }),
            ...(description.trim() && { description: description.trim() }),
          })
        await queryClient.invalidateQueries({ queryKey: ['teams'] })
        await queryClient.invalidateQueries({ queryKey: ['my-permissions'] })
        onDone()
      },
      { name: name.trim() ? undefined : 'Give the team a name.' },
    )
  return (
    <FormShell
      form={form}
      label={title}
      submitLabel={team ? 'Save team' : 'Create team'}
      busyLabel={team ? 'Saving…' : 'Creating…'}
      onSubmit={submit}
      {...(team && editChrome(title, onDone))}
    >
      <TextField label="Name" error={form.errorFor('name')} value={name} onChange={setName} />
      {!team && (
        <TextField
          label="Slug"
          error={form.errorFor('slug')}
          hint="Lower-case letters, digits and -; made from the name when left empty."
          value={slug}
          onChange={setSlug}
        />
      )}
      <TextAreaField
        label="Description"
        error={form.errorFor('description')}
        value={description}
        onChange={setDescription}
      />
    </FormShell>
  )
}
