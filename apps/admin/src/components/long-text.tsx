import { useLayoutEffect, useRef, useState, type ReactElement } from 'react'

/**
 * Long text in a table cell (an address, why an upstream is unreachable): at most three lines, so
 * the row stays short, with a "Show all" toggle when the text is cut.
 */
export function LongText({ text }: { text: string }): ReactElement {
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
  }, [open, text])
  return (
    <>
      <div ref={box} className={`muted long-text${open ? '' : ' clamped'}`}>
        {text}
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
