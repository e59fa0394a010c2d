import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import { messageOf } from '../api/errors'
import type { Tool, ToolResult } from '../api/types'
import { Field } from '../components/field'
import { useFormErrors } from '../components/form-errors'
import { FormShell } from '../components/form-shell'
import { argumentsOf, fieldsOf, type ArgumentField } from './schema-form'

type Outcome = { ms: number } & ({ result: ToolResult } | { error: string })

function Control({
  field,
  value,
  onChange,
  control,
}: {
  field: ArgumentField
  value: string
  onChange: (value: string) => void
  control: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }
}): ReactElement {
  if (field.kind === 'boolean' || field.kind === 'choice') {
    const choices = field.kind === 'boolean' ? ['true', 'false'] : (field.choices ?? [])
    return (
      <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">—</option>
        {choices.map((choice) => (
          <option key={choice}>{choice}</option>
        ))}
      </select>
    )
  }
  if (field.kind === 'json')
    return (
      <textarea {...control} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />
    )
  return (
    <input
      {...control}
      inputMode={field.kind === 'text' ? 'text' : 'decimal'}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  )
}

function ResultView({ outcome }: { outcome: Outcome }): ReactElement {
  if ('error' in outcome)
    return (
      <div className="result bad" role="status" aria-label="Tool result">
        <p>
          Failed after {outcome.ms} ms: {outcome.error}
        </p>
      </div>
    )
  const texts = (outcome.result.content ?? []).filter((part) => part.type === 'text')
  return (
    <div
      className={`result ${outcome.result.isError ? 'bad' : 'ok'}`}
      role="status"
      aria-label="Tool result"
    >
      <p>
        {outcome.result.isError ? 'Tool error' : 'Result'} in {outcome.ms} ms
      </p>
      {texts.map((part, index) => (
        <pre key={index} className="result-text">
          {part.text}
        </pre>
      ))}
      <details>
        <summary>Raw result</summary>
        <pre>{JSON.stringify(outcome.result, null, 2)}</pre>
      </details>
    </div>
  )
}

/** A form generated from a tool's input schema that calls the tool and shows the result and timing. */
export function TryTool({ tool }: { tool: Tool }): ReactElement {
  const fields = fieldsOf(tool.inputSchema)
  const [values, setValues] = useState<Record<string, string>>({})
  const [outcome, setOutcome] = useState<Outcome>()
  const form = useFormErrors()

  // The tool's own failure is its outcome, shown below the form, not a form error.
  const run = (): Promise<boolean> => {
    const { args, problems } = argumentsOf(fields, values)
    return form.run(async () => {
      const started = performance.now()
      try {
        const result = await api.callTool(tool.name, args)
        setOutcome({ result, ms: Math.round(performance.now() - started) })
      } catch (error) {
        setOutcome({ error: messageOf(error), ms: Math.round(performance.now() - started) })
      }
    }, problems)
  }

  return (
    <FormShell
      form={form}
      label={`Try ${tool.name}`}
      head={
        <>
          <h3>Try it</h3>
          {fields.length === 0 && <p className="muted">This tool takes no arguments.</p>}
        </>
      }
      submitLabel="Run tool"
      busyLabel="Running…"
      disabled={!tool.enabled}
      onSubmit={run}
      after={outcome && <ResultView outcome={outcome} />}
    >
      {fields.map((field) => (
        <Field
          key={field.name}
          label={`${field.name}${field.required ? ' (required)' : ''}`}
          error={form.errorFor(field.name)}
          {...(field.description && { hint: field.description })}
        >
          {(control) => (
            <Control
              field={field}
              control={control}
              value={values[field.name] ?? ''}
              onChange={(value) => setValues({ ...values, [field.name]: value })}
            />
          )}
        </Field>
      ))}
    </FormShell>
  )
}
