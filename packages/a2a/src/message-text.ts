import type { Message } from '@a2a-js/sdk'

/** The text parts of a message, joined by newlines. */
export function messageText(message: Message | undefined): string {
  return (message?.parts ?? [])
    .flatMap((part) => (part.content?.$case === 'text' ? [part.content.value] : []))
    .join('\n')
}
