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
  /** The server's errors for the member at this position of the list sent: all, name, description. */
  errorAt: (index: number, part?: 'name' | 'description') => string | undefined
}

function OverrideRow({
  member,
  override,
  error,
  onChange,
}: {
  member: Candidate
  override: Override
  /** The member's error, and whether it concerns the rename or the description. */
  error: { message?: string | undefined; name: boolean; description: boolean }
  onChange: (override: Override) => void
}): ReactElement {
  const errorId = useId()
  const invalid = (yes: boolean) => ({
    'aria-invalid': yes,
    ...(yes && { 'aria-describedby': errorId }),
  })
  return (
    <div className="override">
      <span className="name">{member.name}</span>
      <input
        {...invalid(error.name)}
        aria-label={`New name for ${member.name}`}
        placeholder="new name"
        value={override.name}
        onChange={(e) => onChange({ ...override, name: e.target.value })}
      />
      <textarea
        {...invalid(error.description)}
        aria-label={`Description for ${member.name}`}
        placeholder={member.description ?? 'description'}
        rows={2}
        value={override.description}
        onChange={(e) => onChange({ ...override, description: e.target.value })}
      />
      {error.message && (
        <small id={errorId} className="field-error override-error" role="alert">
          {error.message}
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
      {props.members.map((member, index) => {
        const message = props.errorAt(index)
        const onName = props.errorAt(index, 'name') !== undefined
        const onDescription = props.errorAt(index, 'description') !== undefined
        return (
          <OverrideRow
            key={member.id}
            member={member}
            override={props.overrides[member.id] ?? none}
            // An error about the member itself (such as an unknown id) marks its rename field.
            error={{
              message,
              name: onName || (message !== undefined && !onDescription),
              description: onDescription,
            }}
            onChange={(override) => props.onChange(member.id, override)}
          />
        )
      })}
    </fieldset>
  )
}
