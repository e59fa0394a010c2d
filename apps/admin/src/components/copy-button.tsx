import { useState, type ReactElement } from 'react'

/** Copies text to the clipboard and says so. */
export function CopyButton({
  text,
  label = 'Copy',
}: {
  text: string
  label?: string
}): ReactElement {
  const [copied, setCopied] = useState(false)
  return (
    <button
      type="button"
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => {
          setCopied(true)
          setTimeout(() => setCopied(false), 1500)
        })
      }}
    >
      {copied ? 'Copied' : label}
    </button>
  )
}
