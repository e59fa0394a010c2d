import type { ReactElement } from 'react'
import type { GatewayDetail } from '../api/ops'
import type { FormErrors, Problems } from '../components/form-errors'
import { RowsField } from '../components/rows-field'
import { TextField } from '../components/text-field'

import {
  MAX_ARG_LENGTH,
  MAX_ARGS,
  MAX_NAME_LENGTH,
  MAX_PROCESS_BYTES,
  MAX_VALUE_LENGTH,
  MAX_VARIABLES,
  processBytes,
} from './process-limits'

/** What answers show in place of an environment value; sent back, it keeps the stored one. */
const MASK = '*****'
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const count = (n: number) => n.toLocaleString('en')

/** A stdio upstream's process as the form edits it: a row per argument, a name=value row per variable. */
export interface ProcessDraft {
  command: string
  args: string[][]
  env: string[][]
  cwd: string
}

/** The draft of a stored upstream (its environment's values masked), or an empty one. */
export function processDraftOf(existing?: GatewayDetail): ProcessDraft {
  return {
    command: existing?.command ?? '',
    args: (existing?.args ?? []).map((arg) => [arg]),
    env: (existing?.envKeys ?? []).map((name) => [name, MASK]),
    cwd: existing?.cwd ?? '',
  }
}

/** The variables the draft sets: its rows with a name or a value (a blank row is left out). */
function variables(draft: ProcessDraft): [name: string, value: string][] {
  return draft.env
    .map(([name = '', value = '']): [string, string] => [name.trim(), value])
    .filter(([name, value]) => name !== '' || value !== '')
}

/**
 * The client's checks, the API's limits: a command, arguments, variables named once each, no NUL
 * character, and not too large together to start.
 */
export function processProblems(draft: ProcessDraft): Problems {
  const set = variables(draft)
  const problems: Problems = {
    command: draft.command.trim() ? undefined : 'Enter the command that starts the server.',
    args: draft.args.length > MAX_ARGS ? `Give at most ${MAX_ARGS} arguments.` : undefined,
    env: set.length > MAX_VARIABLES ? `Set at most ${MAX_VARIABLES} variables.` : undefined,
  }
  draft.args.forEach(([arg = ''], index) => {
    if (arg.length > MAX_ARG_LENGTH)
      problems[`args.${index}`] = `Keep it to ${count(MAX_ARG_LENGTH)} characters.`
    else if (arg.includes('\0')) problems[`args.${index}`] = 'Remove the NUL character.'
  })
  const seen = new Set<string>()
  draft.env.forEach(([raw = '', value = ''], index) => {
    const name = raw.trim()
    if (name === '' && value === '') return
    if (name.length > MAX_NAME_LENGTH)
      problems[`env.${index}`] = `Keep the name to ${MAX_NAME_LENGTH} characters.`
    else if (!VARIABLE_NAME.test(name))
      problems[`env.${index}`] = 'Name it with letters, digits and _, not starting with a digit.'
    else if (seen.has(name)) problems[`env.${index}`] = `${name} is set twice.`
    else if (value.length > MAX_VALUE_LENGTH)
      problems[`env.${index}`] = `Keep the value to ${count(MAX_VALUE_LENGTH)} characters.`
    else if (value.includes('\0')) problems[`env.${index}`] = 'Remove the NUL character.'
    seen.add(name)
  })
  const bytes = processBytes(
    draft.command.trim(),
    draft.args.map(([arg = '']) => arg),
    set,
  )
  if (bytes > MAX_PROCESS_BYTES) {
    const where = set.length > 0 ? 'env' : 'args'
    problems[where] ??=
      `The command, arguments and variables take ${count(bytes)} bytes together; keep them to ${count(MAX_PROCESS_BYTES)} (1 MiB).`
  }
  return problems
}

/** The request fields of the draft (a masked value keeps the variable's stored one). */
export function processBody(draft: ProcessDraft): Record<string, unknown> {
  return {
    command: draft.command.trim(),
    args: draft.args.map(([arg = '']) => arg),
    env: Object.fromEntries(variables(draft)),
    cwd: draft.cwd.trim() || null,
  }
}

/** Props for ProcessFields. */
export interface ProcessFieldsProps {
  draft: ProcessDraft
  onChange: (draft: ProcessDraft) => void
  form: FormErrors
}

/**
 * A stdio upstream's command, arguments, environment and working directory, each with its errors
 * (the client's checks, or the server's: `args.2`, `env.API_KEY`) beside it.
 */
export function ProcessFields({ draft, onChange, form }: ProcessFieldsProps): ReactElement {
  const set = (change: Partial<ProcessDraft>) => onChange({ ...draft, ...change })
  return (
    <>
      <TextField
        label="Command"
        error={form.errorFor('command')}
        hint="The program the gateway starts, such as npx or /usr/local/bin/my-server."
        value={draft.command}
        onChange={(command) => set({ command })}
      />
      <RowsField
        legend="Arguments"
        columns={['Argument']}
        noun="argument"
        rows={draft.args}
        onChange={(args) => set({ args })}
        hint="One per row, given to the command as they are."
        error={form.errorFor('args', { exact: true })}
        errorAt={(index) => form.errorFor(`args.${index}`, { exact: true })}
      />
      <RowsField
        legend="Environment"
        columns={['Variable', 'Value']}
        noun="variable"
        rows={draft.env}
        onChange={(env) => set({ env })}
        hint={`Values are never shown once saved: ${MASK} keeps a saved variable's value.`}
        error={form.errorFor('env', { exact: true })}
        // the client's checks go by row, the server's by name (which never starts with a digit)
        errorAt={(index) =>
          form.errorFor(`env.${index}`, { exact: true }) ??
          form.errorFor(`env.${draft.env[index]?.[0]?.trim() ?? ''}`, { exact: true })
        }
      />
      <TextField
        label="Working directory"
        error={form.errorFor('cwd')}
        hint="Where the command runs; the gateway's own directory when empty."
        value={draft.cwd}
        onChange={(cwd) => set({ cwd })}
      />
    </>
  )
}
