import { useQueryClient } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { Tool } from '../api/types'
import { Field } from '../components/field'
import { useFormErrors } from '../components/form-errors'
import { editChrome, FormShell } from '../components/form-shell'
import { TextAreaField } from '../components/text-area-field'
import { TextField } from '../components/text-field'
import { isUrl } from './is-url'

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']
const noArguments = '{\n  "type": "object",\n  "properties": {}\n}'

/** The input schema as typed, when it is a JSON object. */
function schemaOf(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/**
 * Registers a REST endpoint as a tool (name, method, URL with `{argument}` placeholders, input
 * schema, description), or edits one.
 */
export function RestToolForm({
  tool,
  onDone,
}: {
  tool?: Tool
  /** Called with the tool saved, or nothing when cancelled. */
  onDone: (saved?: Tool) => void
}): ReactElement {
  const [name, setName] = useState(tool?.name ?? '')
  const [method, setMethod] = useState(tool?.requestType ?? 'GET')
  const [url, setUrl] = useState(tool?.url ?? '')
  const [schema, setSchema] = useState(
    tool ? JSON.stringify(tool.inputSchema, null, 2) : noArguments,
  )
  const [description, setDescription] = useState(tool?.description ?? '')
  const form = useFormErrors()
  const queryClient = useQueryClient()
  const title = tool ? `Edit ${tool.name}` : 'Add REST tool'

  const submit = () => {
    const inputSchema = schemaOf(schema)
    return form.run(
      async () => {
        const body = {
          name: name.trim(),
          description: description.trim() || null,
          integrationType: 'REST' as const,
          requestType: method,
          url: url.trim(),
          inputSchema: inputSchema ?? {},
        }
        const saved = tool ? await api.updateTool(tool.id, body) : await api.createTool(body)
        await queryClient.invalidateQueries({ queryKey: ['tools'] })
        onDone(saved)
      },
      {
        name: name.trim() ? undefined : 'Give the tool a name.',
        url: isUrl(url.trim())
          ? undefined
          : 'Enter the URL to call, such as https://host/items/{id}.',
        inputSchema: inputSchema
          ? undefined
          : 'Enter a JSON Schema object, such as {"type": "object", "properties": {}}.',
      },
    )
  }

  return (
    <FormShell
      form={form}
      label={title}
      submitLabel={tool ? 'Save changes' : 'Add tool'}
      busyLabel={tool ? 'Saving…' : 'Adding…'}
      onSubmit={submit}
      {...(tool && editChrome(title, () => onDone()))}
    >
      <TextField
        label="Name"
        error={form.errorFor('name')}
        hint="Letters, digits, _, - and ., such as get_weather."
        value={name}
        onChange={setName}
      />
      <Field label="Method" error={form.errorFor('requestType')}>
        {(control) => (
          <select {...control} value={method} onChange={(e) => setMethod(e.target.value)}>
            {methods.map((option) => (
              <option key={option}>{option}</option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        label="URL"
        error={form.errorFor('url')}
        hint="{city} takes the argument of that name; the other arguments go in the query string (GET, DELETE) or the JSON body."
        value={url}
        onChange={setUrl}
      />
      <TextAreaField
        label="Input schema"
        error={form.errorFor('inputSchema')}
        hint="A JSON Schema object: its properties are the tool's arguments."
        rows={6}
        value={schema}
        onChange={setSchema}
      />
      <TextAreaField
        label="Description"
        error={form.errorFor('description')}
        value={description}
        onChange={setDescription}
      />
    </FormShell>
  )
}
