import { useQuery } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import { PageHead } from '../components/page-head'
import { QueryView } from '../components/query-view'
import { Empty } from '../components/states'
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
      <PageHead title="Prompts" addLabel="New prompt" adding={creating} setAdding={setCreating} />
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
          <QueryView query={prompts} what="prompts" empty="No prompts yet.">
            {(list) => (
              <VirtualList
                items={list}
                label="Prompts"
                rowHeight={56}
                keyOf={(prompt) => prompt.id}
                renderRow={(prompt, control) => (
                  <button
                    {...control}
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
          </QueryView>
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
