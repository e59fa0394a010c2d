import { useEffect, useRef, type ReactElement } from 'react'

/** Props for PageHead. */
export interface PageHeadProps {
  title: string
  /** The add button's text; it opens the page's add form and says 'Close form' while it is open. */
  addLabel: string
  adding: boolean
  setAdding: (adding: boolean) => void
  /** Whether the signed-in user may add (the button is left out otherwise). */
  canAdd?: boolean
}

/**
 * A page's title, with the button that opens and closes its add form for those who may add. The
 * form follows the head; opening it moves the focus to its first field.
 */
export function PageHead({
  title,
  addLabel,
  adding,
  setAdding,
  canAdd = true,
}: PageHeadProps): ReactElement {
  const head = useRef<HTMLDivElement>(null)
  const wasAdding = useRef(adding)
  useEffect(() => {
    if (adding && !wasAdding.current) {
      const form = head.current?.nextElementSibling
      form?.querySelector<HTMLElement>('input, select, textarea')?.focus()
    }
    wasAdding.current = adding
  }, [adding])
  return (
    <div className="page-head" ref={head}>
      <h1 id="page-title">{title}</h1>
      {canAdd && (
        <button
          type="button"
          className="primary"
          onClick={() => setAdding(!adding)}
          aria-expanded={adding}
        >
          {adding ? 'Close form' : addLabel}
        </button>
      )}
    </div>
  )
}
