import { useQueryClient } from '@tanstack/react-query'
import { useState, type ReactElement } from 'react'
import { Link } from 'react-router'
import { api } from '../api/endpoints'
import type { User } from '../api/types'
import { useFormErrors } from '../components/form-errors'
import { FormShell } from '../components/form-shell'
import { NewPasswordFields } from '../components/new-password-fields'
import { TextField } from '../components/text-field'

/**
 * Edits a user: full name, platform admin, active, and a new password (a reset) when one is typed;
 * the signed-in user changes their own password on the account page instead.
 */
export function UserEdit({
  user,
  self,
  onDone,
}: {
  user: User
  /** The signed-in user: they may not take away their own admin flag or deactivate themselves. */
  self: boolean
  onDone: () => void
}): ReactElement {
  const [fullName, setFullName] = useState(user.fullName ?? '')
  const [isAdmin, setIsAdmin] = useState(user.isAdmin)
  const [isActive, setIsActive] = useState(user.isActive)
  const [password, setPassword] = useState('')
  const [repeat, setRepeat] = useState('')
  const form = useFormErrors()
  const queryClient = useQueryClient()
  const submit = () =>
    form.run(
      async () => {
        await api.updateUser(user.email, {
          fullName: fullName.trim() || null,
          isAdmin,
          isActive,
          ...(password && { password }),
        })
        await queryClient.invalidateQueries({ queryKey: ['users'] })
        onDone()
      },
      {
        fullName: fullName.trim().length > 255 ? 'At most 255 characters.' : undefined,
        repeat: password === repeat ? undefined : 'The two passwords differ.',
      },
    )
  return (
    <FormShell
      form={form}
      label={`Edit ${user.email}`}
      head={<h2>Edit {user.email}</h2>}
      submitLabel="Save user"
      busyLabel="Saving…"
      onSubmit={submit}
      takeFocus
      after={
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      }
    >
      <TextField
        label="Full name"
        error={form.errorFor('fullName')}
        value={fullName}
        onChange={setFullName}
      />
      {self ? (
        // A reset would end this very session; one's own password is changed with the current one.
        <p>
          Change your own password on <Link to="/account">your account page</Link>.
        </p>
      ) : (
        <NewPasswordFields
          form={form}
          name="password"
          hint="Leave empty to keep the current password."
          password={password}
          setPassword={setPassword}
          repeat={repeat}
          setRepeat={setRepeat}
        />
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={isAdmin}
          disabled={self}
          onChange={(e) => setIsAdmin(e.target.checked)}
        />
        Platform admin
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={isActive}
          disabled={self}
          onChange={(e) => setIsActive(e.target.checked)}
        />
        Active (may sign in)
      </label>
    </FormShell>
  )
}
