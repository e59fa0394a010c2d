import { useId, type ReactElement } from 'react'
import type { Candidate } from './member-picker'

/** A member's rename and description override as typed ('' for none). */
export interface Override {
  name: string
  description: string
}

/** Props for MemberOverrides. */
export interface MemberOverridesProps {
  legend: string
  /** The chosen members, in the order they are sent. */
  members: readonly Candidate[]
  overrides: Readonly<Record<string, Override>>
  onChange: (id: string, override: Override) => void
  /** The server's error for the member at this position of the list sent. */
  errorAt: (index: number) => string | undefined
}

function OverrideRow({
  member,
  override,
  error,
  onChange,
}: {
  member: Candidate
  override: Override
  error: string | undefined
  onChange: (override: Override) => void
}): ReactElement {
  const errorId = useId()
  const invalid = {
    'aria-invalid': Boolean(error),
    ...(error && { 'aria-describedby': errorId }),
  }
  return (
    <div className="override">
      <span className="name">{member.name}</span>
      <input
        {...invalid}
        aria-label={`New name for ${member.name}`}
        placeholder="new name"
        value={override.name}
        onChange={(e) => onChange({ ...override, name: e.target.value })}
      />
      <input
        {...invalid}
        aria-label={`Description for ${member.name}`}
        placeholder={member.description ?? 'description'}
        value={override.description}
        onChange={(e) => onChange({ ...override, description: e.target.value })}
      />
      {error && (
        <small id={errorId} className="field-error override-error" role="alert">
          {error}
        </small>
      )}
    </div>
  )
}

const none: Override = { name: '', description: '' }

/** Renames and description overrides for a virtual server's chosen members of one kind. */
export function MemberOverrides(props: MemberOverridesProps): ReactElement | null {
  if (props.members.length === 0) return null
  return (
    <fieldset>
      <legend>Rename {props.legend.toLowerCase()} or override their descriptions (optional)</legend>
      {props.members.map((member, index) => (
        <OverrideRow
          key={member.id}
          member={member}
          override={props.overrides[member.id] ?? none}
          error={props.errorAt(index)}
          onChange={(override) => props.onChange(member.id, override)}
        />
      ))}
    </fieldset>
  )
}
