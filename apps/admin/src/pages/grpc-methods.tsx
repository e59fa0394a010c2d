import { useQuery } from '@tanstack/react-query'
import type { ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { GrpcService } from '../api/types'
import { Badge, Empty, LoadError, Loading } from '../components/states'

/** The methods reflection found on a gRPC service, each with the tool that calls it. */
export function GrpcMethods({ service }: { service: GrpcService }): ReactElement {
  const methods = useQuery({
    queryKey: ['grpc-methods', service.id],
    queryFn: () => api.grpcMethods(service.id),
  })
  return (
    <section className="panel" aria-labelledby="methods-title">
      <h2 id="methods-title">Methods of {service.name}</h2>
      {methods.isPending ? (
        <Loading what="methods" />
      ) : methods.isError ? (
        <LoadError error={methods.error} retry={() => void methods.refetch()} />
      ) : methods.data.length === 0 ? (
        <Empty>Reflection found no methods.</Empty>
      ) : (
        <table aria-label={`Methods of ${service.name}`}>
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">Method</th>
              <th scope="col">Kind</th>
              <th scope="col">Tool</th>
            </tr>
          </thead>
          <tbody>
            {methods.data.map((method) => (
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
          </tbody>
        </table>
      )}
    </section>
  )
}
