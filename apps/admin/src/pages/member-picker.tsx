import { useDeferredValue, useMemo, useState, type ReactElement } from 'react'
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
  candidates: readonly Candidate[]
  selected: ReadonlySet<string>
  onToggle: (id: string) => void
  error?: string | undefined
}

/** A searchable checkbox list (virtualized) for choosing a virtual server's members of one kind. */
export function MemberPicker(props: MemberPickerProps): ReactElement {
  const [search, setSearch] = useState('')
  const needle = useDeferredValue(search.toLowerCase())
  const shown = useMemo(
    () => props.candidates.filter((candidate) => candidate.name.toLowerCase().includes(needle)),
    [props.candidates, needle],
  )
  return (
    <fieldset className="picker">
      <legend>
        {props.legend} ({props.selected.size} chosen)
      </legend>
      <input
        type="search"
        aria-label={`Search ${props.legend.toLowerCase()}`}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {props.candidates.length === 0 ? (
        <p className="muted">None registered.</p>
      ) : (
        <VirtualList
          items={shown}
          label={props.legend}
          rowHeight={32}
          keyOf={(candidate) => candidate.id}
          renderRow={(candidate) => (
            <label className="check">
              <input
                type="checkbox"
                checked={props.selected.has(candidate.id)}
                onChange={() => props.onToggle(candidate.id)}
              />
              {candidate.name}
            </label>
          )}
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
