import { useQueryClient } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { Prompt, PromptArgument } from '../api/types'
import { Field } from '../components/field'
import { useFormErrors } from '../components/form-errors'
import { FormShell } from '../components/form-shell'
import { TextAreaField } from '../components/text-area-field'
import { TextField } from '../components/text-field'

/** Arguments as the editor writes them: one per line, `name` or `name*` when required. */
function argumentsText(args: readonly PromptArgument[]): string {
  return args.map((arg) => `${arg.name}${arg.required ? '*' : ''}`).join('\n')
}

function parseArguments(text: string): { name: string; required: boolean }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ name: line.replace(/\*$/, ''), required: line.endsWith('*') }))
}

/** Creates a prompt or saves a new version of one (each save is a revision). */
export function PromptEditor({
  prompt,
  onSaved,
}: {
  prompt?: Prompt
  onSaved: (prompt: Prompt) => void
}): ReactElement {
  const [name, setName] = useState(prompt?.name ?? '')
  const [description, setDescription] = useState(prompt?.description ?? '')
  const [template, setTemplate] = useState(prompt?.template ?? '')
  const [args, setArgs] = useState(argumentsText(prompt?.arguments ?? []))
  const form = useFormErrors()
  const queryClient = useQueryClient()

  // a federated prompt is rendered by its upstream: its template and arguments are the upstream's
  const federated = prompt?.gatewayId != null
  const submit = (): Promise<boolean> => {
    const parsed = parseArguments(args)
    return form.run(
      async () => {
        const body = {
          name: name.trim(),
          description: description.trim() || null,
          ...(!federated && { template, arguments: parsed }),
        }
        const saved = prompt
          ? await api.updatePrompt(prompt.id, body)
          : await api.createPrompt(body)
        await queryClient.invalidateQueries({ queryKey: ['prompts'] })
        await queryClient.invalidateQueries({ queryKey: ['prompt-revisions', saved.id] })
        onSaved(saved)
      },
      {
        name: name.trim() ? undefined : 'Give the prompt a name.',
        template: federated || template.trim() ? undefined : 'Write the template.',
        arguments: parsed.every((arg) => /^[A-Za-z_][A-Za-z0-9_-]*$/.test(arg.name))
          ? undefined
          : 'One argument name per line (letters, digits, _ or -), * after a required one.',
      },
    )
  }

  return (
    <FormShell
      form={form}
      label={prompt ? `Edit ${prompt.name}` : 'New prompt'}
      submitLabel={prompt ? 'Save new version' : 'Create prompt'}
      busyLabel="Saving…"
      onSubmit={submit}
    >
      <TextField label="Name" error={form.errorFor('name')} value={name} onChange={setName} />
      <TextAreaField
        label="Description"
        error={form.errorFor('description')}
        value={description}
        onChange={setDescription}
      />
      {federated ? (
        <p className="muted">
          Rendered by its upstream, which gives its template and arguments
          {prompt.arguments.length > 0 &&
            `: ${argumentsText(prompt.arguments).replace(/\n/g, ', ')}`}
          .
        </p>
      ) : (
        <>
          <Field
            label="Template"
            error={form.errorFor('template')}
            hint="Jinja syntax: {{ argument }}."
          >
            {(control) => (
              <textarea
                {...control}
                rows={6}
                value={template}
                onChange={(e) => setTemplate(e.target.value)}
              />
            )}
          </Field>
          <Field
            label="Arguments"
            error={form.errorFor('arguments')}
            hint="One per line; end with * when required."
          >
            {(control) => (
              <textarea
                {...control}
                rows={3}
                value={args}
                onChange={(e) => setArgs(e.target.value)}
              />
            )}
          </Field>
        </>
      )}
    </FormShell>
  )
}
