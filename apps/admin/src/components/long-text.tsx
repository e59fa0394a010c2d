import { useLayoutEffect, useRef, useState, type ReactElement, type ReactNode } from 'react'

/**
 * Long content in a table cell: at most three lines, so the row stays short, with a "Show all"
 * toggle when the content is cut. Inline content clamps at a line's end.
 */
export function Clamped({
  className,
  children,
}: {
  className?: string
  children: ReactNode
}): ReactElement {
  const box = useRef<HTMLDivElement>(null)
  const [open, setOpen] = useState(false)
  const [cut, setCut] = useState(false)
  useLayoutEffect(() => {
    const element = box.current
    if (!element || open) return
    const measure = (): void => setCut(element.scrollHeight > element.clientHeight + 1)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [open, children])
  return (
    <>
      <div ref={box} className={`long-text${open ? '' : ' clamped'} ${className ?? ''}`.trim()}>
        {children}
      </div>
      {(cut || open) && (
        <button
          type="button"
          className="text-toggle"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Show less' : 'Show all'}
        </button>
      )}
    </>
  )
}

/** Long text in a table cell (an address, why an upstream is unreachable), clamped. */
export function LongText({ text }: { text: string }): ReactElement {
  return <Clamped className="muted">{text}</Clamped>
}
