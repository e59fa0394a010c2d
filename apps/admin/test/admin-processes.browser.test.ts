import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  fieldErrorIn,
  launchChromium,
  navigate,
  openPage,
  screenshot,
  sessionJwtOf,
  signInAs,
  waitForHeading,
} from './browser'
import { admin, startGateway, type Running } from './processes'

const fixture = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'stdio-upstream.mjs')
const dev = { email: 'dev@example.com', password: 'a-long-password' }

// A stdio upstream registered and edited through the gateway form in Chromium: its command,
// arguments and environment reach the real child process the real gateway (the built CLI) starts,
// and an environment value left masked keeps what it was. The steps build on each other.
describe('stdio upstreams in the admin UI', () => {
  let gateway: Running
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const problems: string[] = []

  /** Calls the REST API with a session JWT (the admin's unless given). */
  const rest = async (method: string, path: string, body?: unknown, jwt?: string) =>
    fetch(`${gateway.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${jwt ?? (await sessionJwtOf(context))}`,
        'content-type': 'application/json',
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    })
  /** What the upstream's `show` tool answers: the arguments after its script, and its variables. */
  const shown = async (): Promise<string> => {
    const res = await rest('POST', '/rpc', {
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: { name: 'local-show', arguments: {} },
    })
    const answer = (await res.json()) as { result?: { content: { text: string }[] } }
    return answer.result?.content[0]?.text ?? JSON.stringify(answer)
  }
  const fieldError = (form: string, label: string) => fieldErrorIn(page, form, label)
  const gatewayRow = (name: RegExp) =>
    page.getByRole('table', { name: 'Gateways' }).getByRole('row', { name })
  const exact = { exact: true }

  beforeAll(async () => {
    ;[gateway, browser] = await Promise.all([startGateway(), launchChromium()])
    ;({ context, page } = await openPage(browser, problems))
    await page.goto(`${gateway.url}/admin/login`)
    await signInAs(page, admin)
    await waitForHeading(page, 'Dashboard')
  })

  afterAll(async () => {
    await browser?.close()
    await gateway?.stop()
  })

  it('registers a stdio upstream with arguments and environment (a bad name refused beside its row)', async () => {
    await navigate(page, 'Gateways')
    await page.getByRole('button', { name: 'Register gateway' }).click()
    const formName = 'Register gateway'
    const form = page.getByRole('form', { name: formName })
    await form.getByLabel('Transport').selectOption('stdio')
    await expect(form.getByLabel('URL').count()).resolves.toBe(0)
    await form.getByLabel('Name').fill('local')
    await form.getByRole('button', { name: 'Register' }).click()
    await expect(fieldError(formName, 'Command').textContent()).resolves.toBe(
      'Enter the command that starts the server.',
    )
    await form.getByLabel('Command').fill(process.execPath)
    for (const arg of [fixture, '--mode=first one']) {
      await form.getByRole('button', { name: 'Add argument' }).click()
      const rows = await form.getByRole('textbox', { name: /^Argument \d+$/ }).count()
      await form.getByLabel(`Argument ${rows}`, exact).fill(arg)
    }
    const variables = [
      ['GREETING', 'hello'],
      ['1SECRET', 's3cret'],
    ]
    for (const [index, [name = '', value = '']] of variables.entries()) {
      await form.getByRole('button', { name: 'Add variable' }).click()
      await form.getByLabel(`Variable ${index + 1}`, exact).fill(name)
      await form.getByLabel(`Value ${index + 1}`, exact).fill(value)
    }
    await form.getByRole('button', { name: 'Register' }).click()
    const secondRow = form.locator('.rows-row', { has: page.getByLabel('Variable 2', exact) })
    await expect(secondRow.locator('.field-error').textContent()).resolves.toBe(
      'Name it with letters, digits and _, not starting with a digit.',
    )
    await expect(form.getByLabel('Variable 2', exact).getAttribute('aria-invalid')).resolves.toBe(
      'true',
    )
    await expect(form.getByLabel('Variable 1', exact).getAttribute('aria-invalid')).resolves.toBe(
      'false',
    )
    await screenshot(page, 'processes-01-register-stdio')
    await form.getByLabel('Variable 2', exact).fill('SECRET')
    await form.getByRole('button', { name: 'Register' }).click()
    await gatewayRow(/local/).locator('.badge', { hasText: 'active' }).waitFor({ timeout: 20_000 })
    await expect(shown()).resolves.toBe(
      `args=${JSON.stringify(['--mode=first one'])} GREETING=hello SECRET=s3cret EXTRA=`,
    )
  })

  it('edits it: stored arguments and variable names shown, a masked value kept, server errors beside their row', async () => {
    await gatewayRow(/local/).getByRole('button', { name: 'Edit' }).click()
    const formName = 'Edit local'
    const form = page.getByRole('form', { name: formName })
    await expect(form.getByLabel('Command').inputValue()).resolves.toBe(process.execPath)
    await expect(form.getByLabel('Argument 2', exact).inputValue()).resolves.toBe(
      '--mode=first one',
    )
    const values = async () =>
      Promise.all(
        [1, 2].flatMap((row) => [
          form.getByLabel(`Variable ${row}`, exact).inputValue(),
          form.getByLabel(`Value ${row}`, exact).inputValue(),
        ]),
      )
    // Values are never shown: each stored one is the mask, which keeps it.
    await expect(values()).resolves.toEqual(['GREETING', '*****', 'SECRET', '*****'])
    await form.getByLabel('Argument 2', exact).fill('--mode=second')
    await form.getByLabel('Value 1', exact).fill('hi')
    await form.getByRole('button', { name: 'Add variable' }).click()
    await form.getByLabel('Variable 3', exact).fill('EXTRA')
    await form.getByLabel('Value 3', exact).fill('*****')
    await form.getByRole('button', { name: 'Save changes' }).click()
    // The mask keeps a stored value only: the server refuses it for a new variable, beside it.
    const thirdRow = form.locator('.rows-row', { has: page.getByLabel('Variable 3', exact) })
    await expect(thirdRow.locator('.field-error').textContent()).resolves.toBe(
      'is *****, which keeps a stored value, and EXTRA has none: give its value',
    )
    await form.getByText('see the messages beside them').waitFor()
    await screenshot(page, 'processes-02-edit-stdio')
    await form.getByLabel('Value 3', exact).fill('more')
    await form.getByRole('button', { name: 'Save changes' }).click()
    await form.waitFor({ state: 'detached' })
    await expect
      .poll(shown, { timeout: 20_000 })
      .toBe(`args=${JSON.stringify(['--mode=second'])} GREETING=hi SECRET=s3cret EXTRA=more`)

    // Removing a variable sends the environment without it.
    await gatewayRow(/local/).getByRole('button', { name: 'Edit' }).click()
    await form.getByRole('button', { name: 'Remove variable 1' }).click()
    await form.getByRole('button', { name: 'Save changes' }).click()
    await form.waitFor({ state: 'detached' })
    await expect
      .poll(shown, { timeout: 20_000 })
      .toBe(`args=${JSON.stringify(['--mode=second'])} GREETING= SECRET=s3cret EXTRA=more`)
  })

  it('refuses a variable value past the API limit beside its row, before sending anything', async () => {
    await gatewayRow(/local/).getByRole('button', { name: 'Edit' }).click()
    const formName = 'Edit local'
    const form = page.getByRole('form', { name: formName })
    const sent: string[] = []
    const onRequest = (request: { method(): string; url(): string }) => {
      if (request.method() === 'PUT') sent.push(request.url())
    }
    page.on('request', onRequest)
    try {
      await form.getByRole('button', { name: 'Add variable' }).click()
      const row = await form.getByRole('textbox', { name: /^Variable \d+$/ }).count()
      await form.getByLabel(`Variable ${row}`, exact).fill('LONG')
      await form.getByLabel(`Value ${row}`, exact).fill('x'.repeat(32_769))
      await form.getByRole('button', { name: 'Save changes' }).click()
      const longRow = form.locator('.rows-row', { has: page.getByLabel(`Variable ${row}`, exact) })
      await expect(longRow.locator('.field-error').textContent()).resolves.toBe(
        'Keep the value to 32,768 characters.',
      )
      await expect(
        form.getByLabel(`Value ${row}`, exact).getAttribute('aria-invalid'),
      ).resolves.toBe('true')
      await screenshot(page, 'processes-03-long-value')
      expect(sent).toEqual([])
    } finally {
      page.off('request', onRequest)
    }
    await form.getByRole('button', { name: 'Cancel' }).click()
    await form.waitFor({ state: 'detached' })
  })

  it('offers command fields only to those who may run processes', async () => {
    expect((await rest('POST', '/users', dev)).status).toBe(201)
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL(/\/admin\/login/)
    await signInAs(page, dev)
    await waitForHeading(page, 'Dashboard')
    await navigate(page, 'Gateways')
    await page.getByRole('button', { name: 'Register gateway' }).click()
    const register = page.getByRole('form', { name: 'Register gateway' })
    const transports = await register
      .getByLabel('Transport')
      .locator('option')
      .evaluateAll((options) => options.map((option) => option.textContent))
    expect(transports).toEqual(['streamablehttp', 'sse', 'websocket'])
    await page.getByRole('button', { name: 'Close form' }).click()
    await gatewayRow(/local/).getByRole('button', { name: 'Edit' }).click()
    const edit = page.getByRole('form', { name: 'Edit local' })
    await edit.getByText(`Runs ${process.execPath} ${fixture} --mode=second.`).waitFor()
    for (const label of ['Command', 'Argument 1', 'Variable 1', 'Working directory'])
      await expect(edit.getByLabel(label, exact).count()).resolves.toBe(0)
    await screenshot(page, 'processes-04-developer')
    expect(problems).toEqual([])
  })
})
