import { useQuery } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import { Empty, LoadError, Loading } from '../components/states'
import { VirtualList } from '../components/virtual-list'
import { PromptEditor } from './prompt-editor'
import { PromptRender } from './prompt-render'
import { PromptRevisions } from './prompt-revisions'

/** Prompts: create and edit (every save is a version), render, history with diff and rollback. */
export function PromptsPage(): ReactElement {
  const prompts = useQuery({ queryKey: ['prompts'], queryFn: api.prompts })
  const [selectedId, setSelectedId] = useState<string>()
  const [creating, setCreating] = useState(false)
  const selected = prompts.data?.find((prompt) => prompt.id === selectedId)
  return (
    <section aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title">Prompts</h1>
        <button
          type="button"
          className="primary"
          onClick={() => setCreating(!creating)}
          aria-expanded={creating}
        >
          {creating ? 'Close form' : 'New prompt'}
        </button>
      </div>
      {creating && (
        <PromptEditor
          onSaved={(prompt) => {
            setCreating(false)
            setSelectedId(prompt.id)
          }}
        />
      )}
      <div className="split">
        <div>
          {prompts.isPending ? (
            <Loading what="prompts" />
          ) : prompts.isError ? (
            <LoadError error={prompts.error} retry={() => void prompts.refetch()} />
          ) : prompts.data.length === 0 ? (
            <Empty>No prompts yet.</Empty>
          ) : (
            <VirtualList
              items={prompts.data}
              label="Prompts"
              rowHeight={56}
              keyOf={(prompt) => prompt.id}
              renderRow={(prompt) => (
                <button
                  type="button"
                  className={`list-item${prompt.id === selectedId ? ' selected' : ''}`}
                  aria-pressed={prompt.id === selectedId}
                  onClick={() => setSelectedId(prompt.id)}
                >
                  <span className="name">{prompt.name}</span>
                  <span className="muted ellipsis">
                    v{prompt.version} {prompt.description ?? ''}
                  </span>
                </button>
              )}
            />
          )}
        </div>
        <div>
          {selected ? (
            <article aria-label={`Prompt ${selected.name}`}>
              <h2>
                {selected.name} <span className="muted">v{selected.version}</span>
              </h2>
              {/* Keyed by version so the editor shows what a rollback made current. */}
              <PromptEditor
                key={`${selected.id}@${selected.version}`}
                prompt={selected}
                onSaved={() => {}}
              />
              <PromptRender key={`render-${selected.id}`} prompt={selected} />
              <PromptRevisions prompt={selected} />
            </article>
          ) : (
            <Empty>Select a prompt to edit, render or roll it back.</Empty>
          )}
        </div>
      </div>
    </section>
  )
}
