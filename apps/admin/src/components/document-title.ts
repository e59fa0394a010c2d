import { useEffect } from 'react'

/** Names the browser tab (and its history entry) after the page shown. */
export function useDocumentTitle(page: string): void {
  useEffect(() => {
    document.title = `${page} · Switchyard admin`
  }, [page])
}
