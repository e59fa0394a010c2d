import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { Prompt, RenderedPrompt } from '../api/types'
import { Field } from '../components/field'
import { useFormErrors } from '../components/form-errors'
import { FormShell } from '../components/form-shell'

/** Renders a prompt with argument values, as a client would get it. */
export function PromptRender({ prompt }: { prompt: Prompt }): ReactElement {
  const [values, setValues] = useState<Record<string, string>>({})
  const [rendered, setRendered] = useState<RenderedPrompt>()
  const form = useFormErrors()
  const render = (): Promise<boolean> =>
    form.run(
      async () => {
        setRendered(undefined)
        const args = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''))
        setRendered(await api.renderPrompt(prompt.id, args))
      },
      Object.fromEntries(
        prompt.arguments.map((arg) => [
          arg.name,
          arg.required && !values[arg.name]?.trim() ? `${arg.name} is required.` : undefined,
        ]),
      ),
    )
  return (
    <FormShell
      form={form}
      label="Render prompt"
      head={<h3>Render</h3>}
      submitLabel="Render"
      busyLabel="Rendering…"
      submitClass=""
      onSubmit={render}
      after={
        rendered && (
          <div className="result ok" role="status" aria-label="Rendered prompt">
            {rendered.messages.map((message, index) => (
              <pre key={index}>
                {message.role}: {message.content.text ?? JSON.stringify(message.content)}
              </pre>
            ))}
          </div>
        )
      }
    >
      {prompt.arguments.map((arg) => (
        <Field
          key={arg.name}
          label={`${arg.name}${arg.required ? ' (required)' : ''}`}
          error={form.errorFor(arg.name)}
        >
          {(control) => (
            <input
              {...control}
              value={values[arg.name] ?? ''}
              onChange={(e) => setValues({ ...values, [arg.name]: e.target.value })}
            />
          )}
        </Field>
      ))}
    </FormShell>
  )
}
