import { useState, type ReactElement } from 'react'
import { api } from '../api/endpoints'
import { useFormErrors } from '../components/form-errors'
import { FormShell } from '../components/form-shell'
import { NewPasswordFields } from '../components/new-password-fields'
import { TextField } from '../components/text-field'

/** The signed-in user's own account: a new password (which ends their other sessions). */
export function AccountPage(): ReactElement {
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [repeat, setRepeat] = useState('')
  const [changed, setChanged] = useState(false)
  const form = useFormErrors()
  const submit = () =>
    form.run(
      async () => {
        setChanged(false)
        await api.changePassword(current, next)
        setCurrent('')
        setNext('')
        setRepeat('')
        setChanged(true)
      },
      {
        currentPassword: current ? undefined : 'Enter your current password.',
        newPassword: next ? undefined : 'Enter a new password.',
        repeat: next === repeat ? undefined : 'The two passwords differ.',
      },
    )
  return (
    <section aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title">Your account</h1>
      </div>
      <FormShell
        form={form}
        label="Change password"
        head={<h2>Change password</h2>}
        submitLabel="Change password"
        busyLabel="Changing…"
        onSubmit={submit}
        after={
          changed && (
            <p role="status">Password changed. Your other sessions have been signed out.</p>
          )
        }
      >
        <TextField
          label="Current password"
          error={form.errorFor('currentPassword')}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
        />
        <NewPasswordFields
          form={form}
          name="newPassword"
          password={next}
          setPassword={setNext}
          repeat={repeat}
          setRepeat={setRepeat}
        />
      </FormShell>
    </section>
  )
}
