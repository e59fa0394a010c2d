import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, type ReactElement, type ReactNode } from 'react'

/** Props for VirtualList. */
export interface VirtualListProps<T> {
  items: readonly T[]
  label: string
  rowHeight: number
  keyOf: (item: T) => string
  renderRow: (item: T) => ReactNode
  /** Called when the last rows come into view (to load the next page). */
  onEndReached?: () => void
}

/** A scrolling list that renders only the rows in view, so 10,000 items stay fast. */
export function VirtualList<T>(props: VirtualListProps<T>): ReactElement {
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: props.items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => props.rowHeight,
    overscan: 8,
  })
  const last = virtualizer.getVirtualItems().at(-1)?.index ?? -1
  const { onEndReached, items } = props
  useEffect(() => {
    if (onEndReached && items.length > 0 && last >= items.length - 10) onEndReached()
  }, [last, items.length, onEndReached])
  return (
    <div ref={scroller} className="virtual-list" role="list" aria-label={props.label}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = props.items[row.index] as T
          return (
            <div
              key={props.keyOf(item)}
              role="listitem"
              className="virtual-row"
              style={{ height: row.size, transform: `translateY(${row.start}px)` }}
            >
              {props.renderRow(item)}
            </div>
          )
        })}
      </div>
    </div>
  )
}
