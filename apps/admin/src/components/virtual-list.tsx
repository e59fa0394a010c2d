import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState, type ReactElement, type ReactNode } from 'react'

/**
 * What a row's control (its button or checkbox) takes: only one row's is in the Tab order, the
 * arrow keys (and Home, End) move between rows.
 */
export interface RowControl {
  tabIndex: number
}

/** Props for VirtualList. */
export interface VirtualListProps<T> {
  items: readonly T[]
  label: string
  rowHeight: number
  keyOf: (item: T) => string
  renderRow: (item: T, control: RowControl) => ReactNode
  /** Called when the last rows come into view (to load the next page). */
  onEndReached?: () => void
}

/** The row a key moves to from `index` of `count`; none for other keys. */
const moves: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_, count) => count - 1,
}

/**
 * A scrolling list that renders only the rows in view, so 10,000 items stay fast; one Tab stop,
 * the arrow keys move from row to row (a long list is not a thousand Tab presses).
 */
export function VirtualList<T>(props: VirtualListProps<T>): ReactElement {
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: props.items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => props.rowHeight,
    overscan: 8,
  })
  const [active, setActive] = useState(0)
  const current = Math.min(active, Math.max(props.items.length - 1, 0))
  // A row moved to by key takes the focus once it is rendered (after scrolling, for Home or End).
  const focusPending = useRef(false)
  useEffect(() => {
    if (!focusPending.current) return
    const control = scroller.current?.querySelector<HTMLElement>(
      `[data-index="${current}"] :is(button, input)`,
    )
    if (!control) return
    focusPending.current = false
    control.focus()
  })
  const last = virtualizer.getVirtualItems().at(-1)?.index ?? -1
  const { onEndReached, items } = props
  useEffect(() => {
    if (onEndReached && items.length > 0 && last >= items.length - 10) onEndReached()
  }, [last, items.length, onEndReached])
  return (
    <div
      ref={scroller}
      className="virtual-list"
      role="list"
      aria-label={props.label}
      onKeyDown={(event) => {
        const move = moves[event.key]
        if (!move || items.length === 0) return
        event.preventDefault()
        const next = move(current, items.length)
        setActive(next)
        focusPending.current = true
        virtualizer.scrollToIndex(next)
      }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = props.items[row.index] as T
          return (
            <div
              key={props.keyOf(item)}
              role="listitem"
              className="virtual-row"
              data-index={row.index}
              style={{ height: row.size, transform: `translateY(${row.start}px)` }}
              onFocus={() => setActive(row.index)}
            >
              {props.renderRow(item, { tabIndex: row.index === current ? 0 : -1 })}
            </div>
          )
        })}
      </div>
    </div>
  )
}
