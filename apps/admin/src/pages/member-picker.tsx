import type { UseQueryResult } from '@tanstack/react-query'
import { useDeferredValue, useMemo, useState, type ReactElement } from 'react'
import { LoadError, Loading } from '../components/states'
import { VirtualList } from '../components/virtual-list'

/** Something a virtual server can include. */
export interface Candidate {
  id: string
  name: string
  description: string | null
}

/** Props for MemberPicker. */
export interface MemberPickerProps {
  legend: string
  /** The query that lists what may be chosen. */
  candidates: UseQueryResult<readonly Candidate[]>
  selected: ReadonlySet<string>
  onToggle: (id: string) => void
  error?: string | undefined
}

function Choices(
  props: Omit<MemberPickerProps, 'candidates'> & { candidates: readonly Candidate[] },
): ReactElement {
  const [search, setSearch] = useState('')
  const needle = useDeferredValue(search.trim().toLowerCase())
  const shown = useMemo(
    () => props.candidates.filter((candidate) => candidate.name.toLowerCase().includes(needle)),
    [props.candidates, needle],
  )
  const kind = props.legend.toLowerCase()
  return (
    <>
      <input
        type="search"
        aria-label={`Search ${kind}`}
        placeholder={`Search ${kind} by name`}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {shown.length === 0 ? (
        <p className="muted">
          No {kind} match “{search.trim()}”.
        </p>
      ) : (
        <VirtualList
          items={shown}
          label={props.legend}
          rowHeight={32}
          keyOf={(candidate) => candidate.id}
          renderRow={(candidate, control) => (
            <label className="check">
              <input
                {...control}
                type="checkbox"
                checked={props.selected.has(candidate.id)}
                onChange={() => props.onToggle(candidate.id)}
              />
              {candidate.name}
            </label>
          )}
        />
      )}
    </>
  )
}

/**
 * A searchable checkbox list (virtualized) for choosing a virtual server's members of one kind;
 * while they load, when they fail to, or when there are none, it says so instead.
 */
export function MemberPicker(props: MemberPickerProps): ReactElement {
  const { candidates } = props
  const kind = props.legend.toLowerCase()
  return (
    <fieldset className="picker">
      <legend>
        {props.legend} ({props.selected.size} chosen)
      </legend>
      {candidates.isPending ? (
        <Loading what={kind} />
      ) : candidates.isError ? (
        <LoadError error={candidates.error} retry={() => void candidates.refetch()} />
      ) : candidates.data.length === 0 ? (
        <p className="muted">No {kind} registered yet.</p>
      ) : (
        <Choices
          legend={props.legend}
          candidates={candidates.data}
          selected={props.selected}
          onToggle={props.onToggle}
        />
      )}
      {props.error && (
        <small className="field-error" role="alert">
          {props.error}
        </small>
      )}
    </fieldset>
  )
}
