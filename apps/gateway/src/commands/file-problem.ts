/** Node's file system error codes a user may meet, in plain words. */
const words: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
}

/** What is wrong, in plain words, for a file system error (its own message for any other). */
export function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  const plain = code === undefined ? undefined : words[code]
  return plain ?? (error instanceof Error ? error.message : String(error))
}
