import { useEffect, useRef, type RefObject } from 'react'

/**
 * For a button whose form takes its place while `open` (a card's Edit): the ref to put on the
 * button, which gets the focus back when the form closes.
 */
export function useReturnFocus(open: boolean): RefObject<HTMLButtonElement | null> {
  const button = useRef<HTMLButtonElement>(null)
  const wasOpen = useRef(open)
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus()
    wasOpen.current = open
  }, [open])
  return button
}
