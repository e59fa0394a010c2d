import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { Tool } from '../api/types'
import { ConfirmButton } from '../components/confirm-button'
import { usePermissions } from '../components/permissions'
import { useReturnFocus } from '../components/return-focus'
import { ActionError, useRowAction } from '../components/row-action'
import { Badge } from '../components/states'
import { RestToolForm } from './rest-tool-form'
import { TryTool } from './try-tool'

/** A tool's details and "try it"; a REST tool's own Edit and Delete for those who may write tools. */
export function ToolDetail({
  tool,
  onChanged,
}: {
  tool: Tool
  /** Called with the tool as saved, or nothing once it is deleted. */
  onChanged: (tool?: Tool) => void
}): ReactElement {
  const [editing, setEditing] = useState(false)
  const writable = usePermissions().can('tools.write') && tool.integrationType === 'REST'
  const remove = useRowAction(['tools'])
  const editButton = useReturnFocus(editing)
  if (editing)
    return (
      <RestToolForm
        tool={tool}
        onDone={(saved) => {
          setEditing(false)
          if (saved) onChanged(saved)
        }}
      />
    )
  return (
    <article aria-label={`Tool ${tool.name}`}>
      <h2>
        {tool.name} {!tool.enabled && <Badge tone="muted">disabled</Badge>}
      </h2>
      {writable && (
        <div className="row-actions">
          <button
            ref={editButton}
            type="button"
            aria-label={`Edit ${tool.name}`}
            onClick={() => setEditing(true)}
          >
            Edit
          </button>
          <ConfirmButton
            label="Delete"
            disabled={remove.isPending}
            aria-label={`Delete ${tool.name}`}
            title={`Delete ${tool.name}?`}
            message="It leaves the catalog and every virtual server."
            onConfirm={() =>
              remove.mutate(async () => {
                await api.remove('tools', tool.id)
                onChanged()
              })
            }
          />
          <ActionError action={remove} />
        </div>
      )}
      {tool.url && (
        <p>
          <code>
            {tool.requestType} {tool.url}
          </code>
        </p>
      )}
      <p className="description">{tool.description}</p>
      <details>
        <summary>Input schema</summary>
        <pre>{JSON.stringify(tool.inputSchema, null, 2)}</pre>
      </details>
      <TryTool key={tool.id} tool={tool} />
    </article>
  )
}
