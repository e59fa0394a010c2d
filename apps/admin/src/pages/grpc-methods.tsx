import { useQuery } from '@tanstack/react-query'
import type { ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { GrpcService } from '../api/types'
import { DataTable } from '../components/data-table'
import { QueryView } from '../components/query-view'
import { Badge } from '../components/states'

/** The methods reflection found on a gRPC service, each with the tool that calls it. */
export function GrpcMethods({ service }: { service: GrpcService }): ReactElement {
  const methods = useQuery({
    queryKey: ['grpc-methods', service.id],
    queryFn: () => api.grpcMethods(service.id),
  })
  return (
    <section className="panel" aria-labelledby="methods-title">
      <h2 id="methods-title">Methods of {service.name}</h2>
      <QueryView query={methods} what="methods" empty="Reflection found no methods.">
        {(list) => (
          <DataTable
            label={`Methods of ${service.name}`}
            columns={['Service', 'Method', 'Kind', 'Tool']}
          >
            {list.map((method) => (
              <tr key={method.path}>
                <td>{method.service}</td>
                <td>{method.name}</td>
                <td>{method.kind}</td>
                <td>
                  <code>{method.tool}</code>{' '}
                  {!method.enabled && <Badge tone="muted">disabled</Badge>}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryView>
    </section>
  )
}
