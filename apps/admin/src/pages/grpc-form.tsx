import { useQueryClient } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import type { GrpcService } from '../api/types'
import { useFormErrors } from '../components/form-errors'
import { editChrome, FormShell } from '../components/form-shell'
import { TextAreaField } from '../components/text-area-field'
import { TextField } from '../components/text-field'

/**
 * Registers a gRPC server by reflection (name, target, description, TLS), or edits one (a new
 * target or TLS reflects on it again).
 */
export function GrpcForm({
  service,
  onDone,
}: {
  service?: GrpcService
  onDone: () => void
}): ReactElement {
  const [name, setName] = useState(service?.name ?? '')
  const [target, setTarget] = useState(service?.target ?? '')
  const [description, setDescription] = useState(service?.description ?? '')
  const [tls, setTls] = useState(service?.tlsEnabled ?? false)
  const form = useFormErrors()
  const queryClient = useQueryClient()
  const title = service ? `Edit ${service.name}` : 'Register gRPC service'
  const submit = () =>
    form.run(
      async () => {
        const body = { name: name.trim(), target: target.trim(), tlsEnabled: tls }
        if (service)
          await api.updateGrpcService(service.id, {
            ...body,
            description: description.trim() || null,
          })
        else
          await api.createGrpcService({
            ...body,
            ...(description.trim() && { description: description.trim() }),
          })
        await queryClient.invalidateQueries({ queryKey: ['grpc'] })
        await queryClient.invalidateQueries({ queryKey: ['tools'] })
        onDone()
      },
      {
        name: name.trim() ? undefined : 'Give the service a name.',
        target: target.trim() ? undefined : 'Enter the server address, such as localhost:50051.',
      },
    )
  return (
    <FormShell
      form={form}
      label={title}
      submitLabel={service ? 'Save changes' : 'Register'}
      busyLabel="Reflecting…"
      onSubmit={submit}
      {...(service && editChrome(title, onDone))}
    >
      <TextField
        label="Name"
        error={form.errorFor('name')}
        hint="Prefixes its tools' names."
        value={name}
        onChange={setName}
      />
      <TextField
        label="Target"
        error={form.errorFor('target')}
        hint="host:port of a server that offers gRPC server reflection."
        value={target}
        onChange={setTarget}
      />
      <TextAreaField
        label="Description"
        error={form.errorFor('description')}
        value={description}
        onChange={setDescription}
      />
      <label className="check">
        <input type="checkbox" checked={tls} onChange={(e) => setTls(e.target.checked)} />
        TLS (the system's trusted CAs)
      </label>
    </FormShell>
  )
}
