import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useCallback, useMemo, useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import { byName } from '../api/natural-order'
import { opsApi } from '../api/ops'
import type { Tool } from '../api/types'
import { PageHead } from '../components/page-head'
import { usePermissions } from '../components/permissions'
import { Empty, LoadError, Loading } from '../components/states'
import { useDebounced } from '../components/use-debounced'
import { VirtualList } from '../components/virtual-list'
import { RestToolForm } from './rest-tool-form'
import { ToolDetail } from './tool-detail'

/**
 * The catalog's tools: search (on the server, as you type) and filter by upstream, a page at a
 * time as the list scrolls, inspect one and run it with "try it"; add, edit and delete REST tools.
 */
export function ToolsPage(): ReactElement {
  const [search, setSearch] = useState('')
  const [gatewayId, setGatewayId] = useState('')
  const [selected, setSelected] = useState<Tool>()
  const [adding, setAdding] = useState(false)
  const { can } = usePermissions()
  const q = useDebounced(search.trim())
  const gateways = useQuery({ queryKey: ['gateways'], queryFn: api.gateways })
  const tools = useInfiniteQuery({
    queryKey: ['tools', 'search', gatewayId, q],
    queryFn: ({ pageParam }) => opsApi.searchTools({ q, gatewayId, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // The last answer stays in view while the next search runs.
    placeholderData: keepPreviousData,
  })
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = tools
  // The server pages tools in text order; a list that fits in one page is shown in natural order
  // (tool_2 before tool_10), a longer one keeps the server's so later pages add to its end.
  const shown = useMemo(() => {
    const pages = tools.data?.pages ?? []
    const first = pages[0]
    return pages.length === 1 && first && !hasNextPage
      ? byName(first.items)
      : pages.flatMap((page) => page.items)
  }, [tools.data, hasNextPage])
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage()
  }, [hasNextPage, isFetchingNextPage, fetchNextPage])
  const selectedId = selected?.id

  return (
    <section aria-labelledby="page-title">
      <PageHead
        title="Tools"
        addLabel="Add REST tool"
        adding={adding}
        setAdding={setAdding}
        canAdd={can('tools.write')}
      />
      {adding && (
        <RestToolForm
          onDone={(saved) => {
            setAdding(false)
            setSelected(saved)
          }}
        />
      )}
      <div className="filters">
        <label>
          Search
          <input
            type="search"
            value={search}
            maxLength={200}
            placeholder="Name or description"
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <label>
          Upstream
          <select
            value={gatewayId}
            title={gateways.data?.find((gateway) => gateway.id === gatewayId)?.name ?? 'All'}
            onChange={(e) => setGatewayId(e.target.value)}
          >
            <option value="">All</option>
            {gateways.data?.map((gateway) => (
              <option key={gateway.id} value={gateway.id}>
                {gateway.name}
              </option>
            ))}
          </select>
        </label>
        <span className="muted" role="status">
          {tools.isFetching && !tools.isFetchingNextPage
            ? 'Searching…'
            : tools.data &&
              `${shown.length}${hasNextPage ? '+' : ''} ${shown.length === 1 ? 'tool' : 'tools'}${q ? ` matching “${q}”` : ''}`}
        </span>
      </div>
      <div className="split">
        <div>
          {tools.isPending ? (
            <Loading what="tools" />
          ) : tools.isError ? (
            <LoadError error={tools.error} retry={() => void tools.refetch()} />
          ) : shown.length === 0 ? (
            <Empty>
              {q || gatewayId
                ? 'No tool matches.'
                : 'No tools yet: register a gateway or add a REST tool.'}
            </Empty>
          ) : (
            <VirtualList
              items={shown}
              label="Tools"
              rowHeight={56}
              keyOf={(tool) => tool.id}
              onEndReached={loadMore}
              renderRow={(tool, control) => (
                <button
                  {...control}
                  type="button"
                  className={`list-item${tool.id === selectedId ? ' selected' : ''}`}
                  aria-pressed={tool.id === selectedId}
                  onClick={() => setSelected(tool)}
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
            <ToolDetail key={selected.id} tool={selected} onChanged={setSelected} />
          ) : (
            <Empty>Select a tool to see its schema and try it.</Empty>
          )}
        </div>
      </div>
    </section>
  )
}
