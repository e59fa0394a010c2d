/** A descriptor file as reflection sent it (decoded), with the files it imports. */
export interface FileEntry {
  file: { name: string; dependency: string[] }
  dependencies: string[]
}

/** Files some kept file imports but nobody has sent yet. */
export function absent(files: ReadonlyMap<string, FileEntry>): string[] {
  const names = new Set<string>()
  for (const { dependencies } of files.values())
    for (const name of dependencies) if (!files.has(name)) names.add(name)
  return [...names]
}

/** The names of the given files and of every file they import, directly or not. */
export function closure(files: ReadonlyMap<string, FileEntry>, from: Iterable<string>): string[] {
  const seen = new Set<string>()
  const visit = (name: string) => {
    if (seen.has(name)) return
    seen.add(name)
    for (const dependency of files.get(name)?.dependencies ?? []) visit(dependency)
  }
  for (const name of from) visit(name)
  return [...seen]
}

/** The named files in an order where every file comes after those it imports. */
export function dependenciesFirst(
  files: ReadonlyMap<string, FileEntry>,
  names: Iterable<string> = files.keys(),
): object[] {
  const ordered: object[] = []
  const done = new Set<string>()
  const visit = (name: string) => {
    const entry = files.get(name)
    if (!entry || done.has(name)) return
    done.add(name)
    for (const dependency of entry.dependencies) visit(dependency)
    ordered.push(entry.file)
  }
  for (const name of names) visit(name)
  return ordered
}
