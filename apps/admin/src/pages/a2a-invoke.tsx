import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { A2aAgent, ToolResult } from '../api/types'
import { Field } from '../components/field'
import { useFormErrors } from '../components/form-errors'
import { FormShell } from '../components/form-shell'
import { Badge } from '../components/states'

/** The parts of an agent's reply (its tool result's structuredContent) the form reads. */
interface Reply {
  state?: string
  taskId?: string
  contextId?: string
}

const OPEN_STATES = new Set(['input-required', 'auth-required'])

function replyOf(result: ToolResult): Reply {
  const data = result.structuredContent
  return data !== null && typeof data === 'object' ? data : {}
}

function ReplyView({ result }: { result: ToolResult }): ReactElement {
  const reply = replyOf(result)
  const texts = (result.content ?? []).filter((part) => part.type === 'text')
  return (
    <div
      className={`result ${result.isError ? 'bad' : 'ok'}`}
      role="status"
      aria-label="Agent reply"
    >
      <p>
        Task{' '}
        <Badge tone={result.isError ? 'bad' : OPEN_STATES.has(reply.state ?? '') ? 'warn' : 'ok'}>
          {reply.state ?? 'answered'}
        </Badge>
      </p>
      {texts.map((part, index) => (
        <pre key={index} className="result-text">
          {part.text}
        </pre>
      ))}
      <details>
        <summary>Raw reply</summary>
        <pre>{JSON.stringify(result, null, 2)}</pre>
      </details>
    </div>
  )
}

/**
 * Sends a message to an agent (`POST /a2a/{id}/invoke`) and shows its reply; when the agent asks
 * back (input required), the next message continues the same task.
 */
export function A2aInvoke({ agent }: { agent: A2aAgent }): ReactElement {
  const [message, setMessage] = useState('')
  const [result, setResult] = useState<ToolResult>()
  const form = useFormErrors()
  const reply = result ? replyOf(result) : {}
  const continuing = OPEN_STATES.has(reply.state ?? '') && reply.taskId !== undefined
  const submit = () =>
    form.run(
      async () => {
        const answer = await api.invokeA2aAgent(agent.id, {
          message,
          ...(continuing && { taskId: reply.taskId }),
          ...(reply.contextId && { contextId: reply.contextId }),
        })
        setResult(answer)
        setMessage('')
      },
      { message: message.trim() ? undefined : 'Write a message to send.' },
    )
  return (
    <FormShell
      form={form}
      label={`Invoke ${agent.name}`}
      head={<h2>Invoke {agent.name}</h2>}
      submitLabel={continuing ? 'Reply' : 'Send'}
      busyLabel="Waiting for the agent…"
      onSubmit={submit}
      after={result && <ReplyView result={result} />}
    >
      <Field
        label="Message"
        error={form.errorFor('message')}
        {...(continuing && { hint: 'The agent asked back: this message continues its task.' })}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
          />
        )}
      </Field>
    </FormShell>
  )
}
