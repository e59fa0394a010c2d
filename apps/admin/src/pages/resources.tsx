import { useQuery } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { Resource, ResourceContent } from '../api/types'
import { QueryView } from '../components/query-view'
import { Empty, LoadError, Loading } from '../components/states'
import { VirtualList } from '../components/virtual-list'

function ContentView({ content }: { content: ResourceContent }): ReactElement {
  const type = content.mimeType ?? ''
  if (content.blob !== undefined && /^image\/(png|jpeg|gif|webp)$/.test(type))
    return (
      <img
        className="resource-image"
        alt={content.uri}
        src={`data:${type};base64,${content.blob}`}
      />
    )
  if (content.blob !== undefined)
    return (
      <p className="muted">
        Binary content ({type || 'unknown type'}), {content.blob.length} base64 characters.
      </p>
    )
  let text = content.text ?? ''
  if (type.includes('json')) {
    try {
      text = JSON.stringify(JSON.parse(text), null, 2)
    } catch {
      // Shown as sent when it does not parse.
    }
  }
  return <pre>{text}</pre>
}

function ResourceDetail({ resource }: { resource: Resource }): ReactElement {
  const content = useQuery({
    queryKey: ['resource-content', resource.id],
    queryFn: () => api.resourceContent(resource.id),
    enabled: resource.uri !== null,
  })
  return (
    <article aria-label={`Resource ${resource.name}`}>
      <h2>{resource.name}</h2>
      <p className="muted">
        <code>{resource.uri ?? resource.uriTemplate}</code> · {resource.mimeType ?? 'no MIME type'}
      </p>
      {resource.description && <p className="description">{resource.description}</p>}
      {resource.uri === null ? (
        <Empty>A URI template: clients fill it in to read a resource.</Empty>
      ) : content.isPending ? (
        <Loading what="content" />
      ) : content.isError ? (
        <LoadError error={content.error} retry={() => void content.refetch()} />
      ) : (
        <ContentView content={content.data} />
      )}
    </article>
  )
}

/** Resources: browse and view content by MIME type. */
export function ResourcesPage(): ReactElement {
  const resources = useQuery({ queryKey: ['resources'], queryFn: api.resources })
  const [selectedId, setSelectedId] = useState<string>()
  const selected = resources.data?.find((resource) => resource.id === selectedId)
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Resources</h1>
      <div className="split">
        <div>
          <QueryView query={resources} what="resources" empty="No resources yet.">
            {(list) => (
              <VirtualList
                items={list}
                label="Resources"
                rowHeight={56}
                keyOf={(resource) => resource.id}
                renderRow={(resource, control) => (
                  <button
                    {...control}
                    type="button"
                    className={`list-item${resource.id === selectedId ? ' selected' : ''}`}
                    aria-pressed={resource.id === selectedId}
                    onClick={() => setSelectedId(resource.id)}
                  >
                    <span className="name">{resource.name}</span>
                    <span className="muted ellipsis">{resource.uri ?? resource.uriTemplate}</span>
                  </button>
                )}
              />
            )}
          </QueryView>
        </div>
        <div>
          {selected ? (
            <ResourceDetail key={selected.id} resource={selected} />
          ) : (
            <Empty>Select a resource to view it.</Empty>
          )}
        </div>
      </div>
    </section>
  )
}
