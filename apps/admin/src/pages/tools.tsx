import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useMemo, useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { Tool } from '../api/types'
import { Badge, Empty, LoadError, Loading } from '../components/states'
import { VirtualList } from '../components/virtual-list'
import { TryTool } from './try-tool'

function matches(tool: Tool, text: string): boolean {
  if (!text) return true
  const needle = text.toLowerCase()
  return (
    tool.name.toLowerCase().includes(needle) ||
    (tool.description ?? '').toLowerCase().includes(needle) ||
    tool.tags.some((tag) => tag.toLowerCase().includes(needle))
  )
}

/** The catalog's tools: search, filter by upstream, inspect, and run one with "try it". */
export function ToolsPage(): ReactElement {
  const [search, setSearch] = useState('')
  const [gatewayId, setGatewayId] = useState('')
  const [selectedId, setSelectedId] = useState<string>()
  const gateways = useQuery({ queryKey: ['gateways'], queryFn: api.gateways })
  const tools = useQuery({
    queryKey: ['tools', gatewayId],
    queryFn: () => api.tools(gatewayId || undefined),
  })
  const deferred = useDeferredValue(search)
  const shown = useMemo(
    () => (tools.data ?? []).filter((tool) => matches(tool, deferred)),
    [tools.data, deferred],
  )
  const selected = tools.data?.find((tool) => tool.id === selectedId)

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Tools</h1>
      <div className="filters">
        <label>
          Search
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label>
          Upstream
          <select value={gatewayId} onChange={(e) => setGatewayId(e.target.value)}>
            <option value="">All</option>
            {gateways.data?.map((gateway) => (
              <option key={gateway.id} value={gateway.id}>
                {gateway.name}
              </option>
            ))}
          </select>
        </label>
        {tools.data && (
          <span className="muted" role="status">
            {shown.length} of {tools.data.length}
          </span>
        )}
      </div>
      <div className="split">
        <div>
          {tools.isPending ? (
            <Loading what="tools" />
          ) : tools.isError ? (
            <LoadError error={tools.error} retry={() => void tools.refetch()} />
          ) : shown.length === 0 ? (
            <Empty>
              {tools.data.length === 0 ? 'No tools yet: register a gateway.' : 'No tool matches.'}
            </Empty>
          ) : (
            <VirtualList
              items={shown}
              label="Tools"
              rowHeight={56}
              keyOf={(tool) => tool.id}
              renderRow={(tool) => (
                <button
                  type="button"
                  className={`list-item${tool.id === selectedId ? ' selected' : ''}`}
                  aria-pressed={tool.id === selectedId}
                  onClick={() => setSelectedId(tool.id)}
                >
                  <span className="name">{tool.name}</span>
                  <span className="muted ellipsis">{tool.description ?? tool.integrationType}</span>
                </button>
              )}
            />
          )}
        </div>
        <div>
          {selected ? (
            <article aria-label={`Tool ${selected.name}`}>
              <h2>
                {selected.name} {!selected.enabled && <Badge tone="muted">disabled</Badge>}
              </h2>
              <p>{selected.description}</p>
              <details>
                <summary>Input schema</summary>
                <pre>{JSON.stringify(selected.inputSchema, null, 2)}</pre>
              </details>
              <TryTool key={selected.id} tool={selected} />
            </article>
          ) : (
            <Empty>Select a tool to see its schema and try it.</Empty>
          )}
        </div>
      </div>
    </section>
  )
}
