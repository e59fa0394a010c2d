import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import { messageOf } from '../api/errors'
import type { Prompt } from '../api/types'
import { useConfirm } from '../components/confirm'
import { Badge, LoadError, Loading } from '../components/states'

function Diff({ prompt, from }: { prompt: Prompt; from: number }): ReactElement {
  const diff = useQuery({
    queryKey: ['prompt-diff', prompt.id, from, prompt.version],
    queryFn: () => api.promptDiff(prompt.id, from, prompt.version),
  })
  if (diff.isPending) return <Loading what="diff" />
  if (diff.isError) return <LoadError error={diff.error} retry={() => void diff.refetch()} />
  return (
    <div aria-label={`Changes from version ${from}`}>
      <p className="muted">
        Changed:{' '}
        {diff.data.changedFields.length > 0 ? diff.data.changedFields.join(', ') : 'nothing'}
      </p>
      {diff.data.templatePatch && (
        <pre className="diff">
          {diff.data.templatePatch.split('\n').map((line, index) => (
            <span
              key={index}
              className={line.startsWith('+') ? 'add' : line.startsWith('-') ? 'del' : ''}
            >
              {line}
              {'\n'}
            </span>
          ))}
        </pre>
      )}
    </div>
  )
}

/** A prompt's versions, newest first: compare one with the current version or roll back to it. */
export function PromptRevisions({ prompt }: { prompt: Prompt }): ReactElement {
  const queryClient = useQueryClient()
  const [confirm, ask] = useConfirm()
  const [comparing, setComparing] = useState<number>()
  const revisions = useQuery({
    queryKey: ['prompt-revisions', prompt.id],
    queryFn: () => api.promptRevisions(prompt.id),
  })
  const rollback = useMutation({
    mutationFn: (version: number) => api.rollbackPrompt(prompt.id, version),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: ['prompts'] })
      await queryClient.invalidateQueries({ queryKey: ['prompt-revisions', prompt.id] })
    },
  })
  if (revisions.isPending) return <Loading what="revisions" />
  if (revisions.isError)
    return <LoadError error={revisions.error} retry={() => void revisions.refetch()} />
  return (
    <div className="panel">
      <h3>Revision history</h3>
      {rollback.isError && (
        <p className="form-error" role="alert">
          {messageOf(rollback.error)}
        </p>
      )}
      <ol className="revisions" aria-label="Revisions">
        {revisions.data.map((revision) => (
          <li key={revision.version}>
            <strong>v{revision.version}</strong>{' '}
            {revision.version === prompt.version && <Badge tone="ok">current</Badge>}{' '}
            <span className="muted">
              {new Date(revision.createdAt).toLocaleString()} {revision.createdBy ?? ''}
            </span>
            {revision.version !== prompt.version && (
              <span className="row-actions">
                <button
                  type="button"
                  onClick={() =>
                    setComparing(comparing === revision.version ? undefined : revision.version)
                  }
                >
                  {comparing === revision.version ? 'Hide diff' : `Diff v${revision.version}`}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    ask({
                      title: `Roll back to version ${revision.version}?`,
                      message: 'Its content becomes current again, saved as a new version.',
                      confirmLabel: 'Roll back',
                      onConfirm: () => rollback.mutate(revision.version),
                    })
                  }
                >
                  Roll back to v{revision.version}
                </button>
              </span>
            )}
            {comparing === revision.version && <Diff prompt={prompt} from={revision.version} />}
          </li>
        ))}
      </ol>
      {confirm}
    </div>
  )
}
