import { useQueryClient } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import { messageOf } from '../api/errors'
import type { ImportReport } from '../api/types'
import { useConfirm } from '../components/confirm'
import { Field } from '../components/field'
import { useFormErrors } from '../components/form-errors'
import { FormShell } from '../components/form-shell'
import { importCounts, kindNoun } from './import-summary'

const strategies = ['update', 'skip', 'rename', 'fail'] as const

function download(document: unknown): void {
  const blob = new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' })
  const link = window.document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = `switchyard-export-${new Date().toISOString().slice(0, 10)}.json`
  link.click()
  URL.revokeObjectURL(link.href)
}

function Report({ report }: { report: ImportReport }): ReactElement {
  return (
    <div className="result ok" role="status" aria-label="Import report">
      <p>{report.dryRun ? 'Dry run: nothing was changed.' : 'Imported.'}</p>
      <p>Created: {importCounts(report.created)}</p>
      <p>Updated: {importCounts(report.updated)}</p>
      <p>Skipped: {importCounts(report.skipped)}</p>
      {report.renamed.length > 0 && (
        <p>
          Renamed: {report.renamed.map((r) => `${kindNoun(r.kind)} ${r.from} → ${r.to}`).join(', ')}
        </p>
      )}
      {report.warnings.length > 0 && (
        <>
          <p>Left out:</p>
          <ul aria-label="Import warnings">
            {report.warnings.map((w) => (
              <li key={w.at}>
                <code>{w.at}</code>: {w.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

/** Export the registry as a file, and import an export (dry run first if wanted). */
export function TransferPage(): ReactElement {
  const [exportError, setExportError] = useState<string>()
  const [text, setText] = useState('')
  const [strategy, setStrategy] = useState<(typeof strategies)[number]>('update')
  const [dryRun, setDryRun] = useState(true)
  const [report, setReport] = useState<ImportReport>()
  const form = useFormErrors()
  const [confirm, ask] = useConfirm()
  const queryClient = useQueryClient()

  const send = (document: unknown): Promise<boolean> =>
    form.run(async () => {
      setReport(undefined)
      setReport(await api.importRegistry(document, { conflictStrategy: strategy, dryRun }))
      if (!dryRun) await queryClient.invalidateQueries()
    })
  const submit = (): void => {
    let document: unknown
    try {
      document = JSON.parse(text)
    } catch {
      form.check({ document: 'This is not valid JSON: paste or load an export file.' })
      return
    }
    const exported = typeof document === 'object' && document !== null && !Array.isArray(document)
    if (
      !form.check({
        document: exported ? undefined : 'This is not an export: an export is one JSON object.',
      })
    )
      return
    if (dryRun) void send(document)
    else
      ask({
        title: 'Import into this gateway?',
        message: `Entities that already exist are handled with the "${strategy}" strategy; the import is all or nothing.`,
        confirmLabel: 'Import',
        onConfirm: () => void send(document),
      })
  }

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Import and export</h1>
      <div className="panel">
        <h2>Export</h2>
        <p className="muted">Everything registered, as one JSON document (secrets stay sealed).</p>
        <button
          type="button"
          className="primary"
          onClick={() => {
            setExportError(undefined)
            api
              .exportRegistry()
              .then(download, (error: unknown) => setExportError(messageOf(error)))
          }}
        >
          Download export
        </button>
        {exportError && (
          <p className="form-error" role="alert">
            {exportError}
          </p>
        )}
      </div>
      <FormShell
        form={form}
        label="Import"
        head={<h2>Import</h2>}
        submitLabel={dryRun ? 'Check import' : 'Import'}
        busyLabel={dryRun ? 'Checking…' : 'Importing…'}
        onSubmit={submit}
        after={
          <>
            {report && <Report report={report} />}
            {confirm}
          </>
        }
      >
        <Field label="Export file">
          {(control) => (
            <input
              {...control}
              type="file"
              accept="application/json,.json"
              onChange={(event) => {
                void event.target.files?.[0]?.text().then(setText)
              }}
            />
          )}
        </Field>
        <Field
          label="Document"
          error={form.errorFor('document')}
          hint="Load a file or paste an export."
        >
          {(control) => (
            <textarea
              {...control}
              rows={8}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        <Field label="When an entity already exists" error={form.errorFor('conflictStrategy')}>
          {(control) => (
            <select
              {...control}
              value={strategy}
              onChange={(e) => setStrategy(e.target.value as (typeof strategies)[number])}
            >
              {strategies.map((option) => (
                <option key={option}>{option}</option>
              ))}
            </select>
          )}
        </Field>
        <label className="check">
          <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />
          Dry run (report what would change, change nothing)
        </label>
      </FormShell>
    </section>
  )
}
