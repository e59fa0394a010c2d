import { readFileSync } from 'node:fs'
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
import { admin, startGateway, startUpstream, type Running } from './processes'

// One signed-in browser walks the admin UI against a real gateway (the built CLI) and a real
// MCP upstream. The steps build on each other, so they run in order.
describe('the admin UI in Chromium', () => {
  let gateway: Running
  let upstream: Running
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const sessionJwt = () => sessionJwtOf(context)
  const problems: string[] = []

  const visible = (text: string | RegExp) => page.getByText(text).first().waitFor()
  const heading = (name: string) => waitForHeading(page, name)
  const nav = (name: string) => navigate(page, name, name === 'Tokens' ? 'API tokens' : name)
  const signIn = (password = admin.password) => signInAs(page, { email: admin.email, password })
  const fieldError = (form: string, label: string) => fieldErrorIn(page, form, label)

  beforeAll(async () => {
    ;[gateway, upstream, browser] = await Promise.all([
      startGateway(),
      startUpstream(),
      launchChromium(),
    ])
    ;({ context, page } = await openPage(browser, problems))
  })

  afterAll(async () => {
    await browser?.close()
    await Promise.all([gateway?.stop(), upstream?.stop()])
  })

  it('sends a visitor to sign in, checks the form, refuses a wrong password, then signs in', async () => {
    await page.goto(`${gateway.url}/admin`)
    await page.waitForURL(/\/admin\/login\?next=/)
    // a first visit had no session to end
    await expect(page.getByText('Your session has ended.').count()).resolves.toBe(0)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await visible('Enter an e-mail address.')
    await signIn('not-the-password')
    await visible('wrong e-mail or password')
    await screenshot(page, '01-login')
    await signIn()
    await heading('Dashboard')
    expect(new URL(page.url()).pathname).toMatch(/^\/admin\/?$/)
    // A cookie session: the JWT is out of the page's reach, the CSRF token is not.
    const cookies = await context.cookies()
    expect(cookies.find((c) => c.name === 'switchyard_session')).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
    })
    expect(cookies.find((c) => c.name === 'switchyard_csrf')?.httpOnly).toBe(false)
    await expect(page.evaluate(() => sessionStorage.length)).resolves.toBe(0)
  })

  it('registers the upstream, shows the server field error beside the field, and watches it turn active', async () => {
    await nav('Gateways')
    await visible('No upstream MCP servers are registered yet.')
    await page.getByRole('button', { name: 'Register gateway' }).click()
    const form = page.getByRole('form', { name: 'Register gateway' })
    await form.getByRole('button', { name: 'Register' }).click()
    await expect(fieldError('Register gateway', 'Name').textContent()).resolves.toBe(
      'Give the gateway a name.',
    )
    await form.getByLabel('Name').fill('echo')
    await form.getByLabel('URL').fill('ftp://example.com/mcp')
    await form.getByRole('button', { name: 'Register' }).click()
    await fieldError('Register gateway', 'URL')
      .getByText('must be an absolute http(s)', { exact: false })
      .waitFor()
    await expect(form.getByLabel('URL').getAttribute('aria-invalid')).resolves.toBe('true')
    await form.getByLabel('URL').fill(upstream.url)
    await form.getByRole('button', { name: 'Register' }).click()
    const row = page.getByRole('table', { name: 'Gateways' }).getByRole('row', { name: /echo/ })
    await row.locator('.badge', { hasText: 'active' }).waitFor({ timeout: 20_000 })
    await screenshot(page, '02-gateways')
  })

  it('shows counts and upstream health on the dashboard', async () => {
    await nav('Dashboard')
    const health = page.getByRole('list', { name: 'Upstream health' })
    await health.getByText('active').waitFor()
    await page.locator('.count', { hasText: 'Tools' }).getByText('1', { exact: true }).waitFor()
    await screenshot(page, '03-dashboard')
  })

  it('finds the tool, checks its arguments and runs it with "try it"', async () => {
    await nav('Tools')
    await page.getByLabel('Search').fill('echo')
    await page
      .getByRole('listitem')
      .getByRole('button', { name: /echo-echo/ })
      .click()
    const form = page.getByRole('form', { name: 'Try echo-echo' })
    await form.getByRole('button', { name: 'Run tool' }).click()
    await visible('message is required.')
    // As in every form, the focus goes to the field to put right.
    const message = form.getByLabel('message (required)')
    await expect(message.evaluate((field) => field === document.activeElement)).resolves.toBe(true)
    await message.fill('hello from the browser')
    await form.getByRole('button', { name: 'Run tool' }).click()
    const result = page.getByRole('status', { name: 'Tool result' })
    await result.locator('.result-text', { hasText: 'echo: hello from the browser' }).waitFor()
    await expect(result.textContent()).resolves.toMatch(/Result in \d+ ms/)
    await screenshot(page, '04-tools')
  })

  it('creates a virtual server with a renamed tool and shows its connection snippets', async () => {
    await nav('Virtual servers')
    await page.getByRole('button', { name: 'Create virtual server' }).click()
    const form = page.getByRole('form', { name: 'Create virtual server' })
    await form.getByRole('button', { name: 'Create' }).click()
    await visible('Give the virtual server a name.')
    await form.getByLabel('Name').fill('Browser server')
    await form.getByRole('list', { name: 'Tools' }).getByLabel('echo-echo').check()
    await form.getByLabel('New name for echo-echo').fill('say')
    await form.getByRole('button', { name: 'Create' }).click()
    const card = page.getByRole('article', { name: 'Virtual server Browser server' })
    await card.getByText('1 tool, 0 resources, 0 prompts', { exact: false }).waitFor()
    await card.getByText('Connect a client').click()
    await card.getByRole('heading', { name: /Claude Desktop/ }).waitFor()
    const snippet = await card.locator('pre').first().textContent()
    expect(snippet).toMatch(new RegExp(`${gateway.url}/servers/[0-9a-f]+/mcp`))
    expect(snippet).toContain('@switchyard/wrapper')
    await screenshot(page, '05-servers')
    // The server really serves the renamed tool.
    const id = /servers\/([0-9a-f]+)\/mcp/.exec(snippet ?? '')?.[1]
    const token = await sessionJwt()
    const tools = (await (
      await fetch(`${gateway.url}/servers/${id}/tools`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as { name: string }[]
    expect(tools.map((tool) => tool.name)).toEqual(['say'])
  })

  it('creates a token shown once and revokes it after confirming', async () => {
    await nav('Tokens')
    const form = page.getByRole('form', { name: 'Create token' })
    await form.getByLabel('Expires in days').fill('99999')
    await form.getByLabel('Token name').fill('ci')
    await form.getByRole('button', { name: 'Create token' }).click()
    await expect(fieldError('Create token', 'Expires in days').textContent()).resolves.toMatch(
      /must be at most 3650/,
    )
    await form.getByLabel('Expires in days').fill('7')
    await form.getByRole('button', { name: 'Create token' }).click()
    const shown = page.getByRole('status', { name: 'New token' })
    await shown.getByText('It is not shown again.', { exact: false }).waitFor()
    const secret = (await shown.locator('pre').textContent()) ?? ''
    expect(
      (await fetch(`${gateway.url}/tools`, { headers: { authorization: `Bearer ${secret}` } }))
        .status,
    ).toBe(200)
    await screenshot(page, '06-tokens')
    const row = page.getByRole('table', { name: 'Tokens' }).getByRole('row', { name: /ci/ })
    await row.getByRole('button', { name: 'Revoke' }).click()
    const dialog = page.getByRole('dialog', { name: 'Revoke ci?' })
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog.isVisible()).resolves.toBe(false)
    await row.getByRole('button', { name: 'Revoke' }).click()
    await dialog.getByRole('button', { name: 'Revoke' }).click()
    await row.locator('.badge', { hasText: 'revoked' }).waitFor()
    expect(
      (await fetch(`${gateway.url}/tools`, { headers: { authorization: `Bearer ${secret}` } }))
        .status,
    ).toBe(401)
  })

  it('edits a prompt, renders it and rolls back to the first version', async () => {
    await nav('Prompts')
    await page.getByRole('button', { name: 'New prompt' }).click()
    const create = page.getByRole('form', { name: 'New prompt' })
    await create.getByLabel('Name').fill('greet')
    await create.getByLabel('Template').fill('Hello {{ name }}')
    await create.getByLabel('Arguments').fill('name*')
    await create.getByRole('button', { name: 'Create prompt' }).click()
    const detail = page.getByRole('article', { name: 'Prompt greet' })
    await detail.getByRole('heading', { name: /greet v1/ }).waitFor()
    const edit = detail.getByRole('form', { name: 'Edit greet' })
    await edit.getByLabel('Template').fill('Hi {{ name }}!')
    await edit.getByRole('button', { name: 'Save new version' }).click()
    await detail.getByRole('heading', { name: /greet v2/ }).waitFor()
    const render = detail.getByRole('form', { name: 'Render prompt' })
    await render.getByRole('button', { name: 'Render' }).click()
    await visible('name is required.')
    await render.getByLabel('name (required)').fill('Ada')
    await render.getByRole('button', { name: 'Render' }).click()
    await detail
      .getByRole('status', { name: 'Rendered prompt' })
      .getByText('Hi Ada!', { exact: false })
      .waitFor()
    await detail.getByRole('button', { name: 'Diff v1' }).click()
    await detail.locator('.diff .del', { hasText: 'Hello {{ name }}' }).waitFor()
    await screenshot(page, '07-prompts')
    await detail.getByRole('button', { name: 'Roll back to v1' }).click()
    await page
      .getByRole('dialog', { name: 'Roll back to version 1?' })
      .getByRole('button', { name: 'Roll back' })
      .click()
    await detail.getByRole('heading', { name: /greet v3/ }).waitFor()
    await expect(
      detail.getByRole('form', { name: 'Edit greet' }).getByLabel('Template').inputValue(),
    ).resolves.toBe('Hello {{ name }}')
  })

  it('shows resources with a clear empty state', async () => {
    await nav('Resources')
    await visible('No resources yet.')
    await screenshot(page, '08-resources')
  })

  it('adds a user, with the server password rule shown beside the field, and deletes them', async () => {
    await nav('Users')
    await page.getByRole('button', { name: 'Add user' }).click()
    const form = page.getByRole('form', { name: 'Add user' })
    await form.getByLabel('E-mail').fill('ops@example.com')
    await form.getByLabel('Password').fill('short')
    await form.getByRole('button', { name: 'Add user' }).click()
    await expect(fieldError('Add user', 'Password').textContent()).resolves.toBe(
      'must be at least 8 characters',
    )
    await form.getByLabel('Password').fill('a-long-enough-password')
    await form.getByRole('button', { name: 'Add user' }).click()
    const row = page
      .getByRole('table', { name: 'Users' })
      .getByRole('row', { name: /ops@example.com/ })
    await row.locator('.badge', { hasText: 'active' }).waitFor()
    await screenshot(page, '09-users')
    await row.getByRole('button', { name: 'Delete' }).click()
    await page
      .getByRole('dialog', { name: 'Delete ops@example.com?' })
      .getByRole('button', { name: 'Delete' })
      .click()
    await row.waitFor({ state: 'detached' })
  })

  it('exports the registry as a file and checks an import of it (dry run)', async () => {
    await nav('Import and export')
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download export' }).click(),
    ])
    expect(file.suggestedFilename()).toMatch(/^switchyard-export-.+\.json$/)
    const exported = readFileSync(await file.path(), 'utf8')
    expect(exported).toContain('greet')
    const form = page.getByRole('form', { name: 'Import' })
    await form.getByLabel('Document').fill('{not json')
    await form.getByRole('button', { name: 'Check import' }).click()
    await visible('This is not valid JSON')
    // JSON, but not an object: said beside the field, not as the server's "(body)" path
    await form.getByLabel('Document').fill('[42]')
    await form.getByRole('button', { name: 'Check import' }).click()
    await expect(fieldError('Import', 'Document').textContent()).resolves.toBe(
      'This is not an export: an export is one JSON object.',
    )
    // a role held by a user this gateway no longer has: left out, with a warning naming the entry
    const document = JSON.parse(exported) as { entities: { roleAssignments: unknown[] } }
    const gone = document.entities.roleAssignments.push({
      email: 'ops@example.com',
      role: 'viewer',
      team: null,
    })
    await form.getByLabel('Document').fill(JSON.stringify(document))
    await form.getByLabel('When an entity already exists').selectOption('skip')
    await form.getByRole('button', { name: 'Check import' }).click()
    const report = page.getByRole('status', { name: 'Import report' })
    await report.getByText('Dry run: nothing was changed.').waitFor()
    // in words, one of a kind in the singular; the prompts are greet and the upstream's forecast
    await expect(report.getByText(/^Skipped:/).textContent()).resolves.toBe(
      'Skipped: 1 role assignment, 1 gateway, 1 tool, 2 prompts, 1 virtual server',
    )
    await expect(report.getByRole('list', { name: 'Import warnings' }).textContent()).resolves.toBe(
      `entities.roleAssignments.${gone - 1}.email: no user 'ops@example.com' on this gateway; create the user, then import again`,
    )
    await screenshot(page, '10-import-export')
  })

  it("changes the signed-in user's password: a wrong current one beside its field, other sessions end", async () => {
    const login = await fetch(`${gateway.url}/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ email: admin.email, password: admin.password }),
    })
    const other = ((await login.json()) as { accessToken: string }).accessToken
    const me = (token: string) =>
      fetch(`${gateway.url}/auth/me`, { headers: { authorization: `Bearer ${token}` } })
    expect((await me(other)).status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 1100)) // a session of an earlier second

    // One's own row on the users page points to the account page instead of offering a reset.
    await nav('Users')
    await page.getByRole('button', { name: `Edit ${admin.email}` }).click()
    const own = page.getByRole('form', { name: `Edit ${admin.email}` })
    await expect(own.getByLabel('New password', { exact: true }).count()).resolves.toBe(0)
    await own.getByRole('link', { name: 'your account page' }).click()
    await heading('Your account')
    const form = page.getByRole('form', { name: 'Change password' })
    const change = async (current: string, next: string) => {
      await form.getByLabel('Current password').fill(current)
      await form.getByLabel('New password', { exact: true }).fill(next)
      await form.getByLabel('Repeat the new password').fill(next)
      await form.getByRole('button', { name: 'Change password' }).click()
    }
    await change('not-the-password', 'a-new-password')
    await expect(fieldError('Change password', 'Current password').textContent()).resolves.toBe(
      'the current password is wrong',
    )
    expect(new URL(page.url()).pathname).toBe('/admin/account') // still signed in
    await change(admin.password, 'a-new-password')
    await visible('Password changed. Your other sessions have been signed out.')
    await screenshot(page, '10b-account-password')
    expect((await me(other)).status).toBe(401)
    // This session carries on with the cookies of the answer; the old password is put back.
    await nav('Tools')
    await heading('Tools')
    await page.getByRole('link', { name: `Your account (${admin.email})` }).click()
    await change('a-new-password', admin.password)
    await visible('Password changed. Your other sessions have been signed out.')
  })

  it('returns to sign in when the session ends, then back to the same page', async () => {
    await nav('Tools')
    // End the session server-side (as an expiry would), then come back to the page.
    // Revoked from outside the browser, so that its cookies stay as an expired session leaves them.
    const token = await sessionJwt()
    const out = await fetch(`${gateway.url}/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    })
    expect(out.status).toBe(200)
    await page.getByLabel('Search').fill('echo')
    await page.reload()
    await page.waitForURL(/\/admin\/login\?next=%2Ftools/)
    await visible('Your session has ended.')
    await screenshot(page, '11-session-ended')
    await signIn()
    await heading('Tools')
    expect(new URL(page.url()).pathname).toBe('/admin/tools')
  })

  it('switches to the dark theme and is keyboard navigable', async () => {
    await page.getByRole('button', { name: 'Dark theme' }).click()
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark')
    await page.reload()
    await heading('Tools')
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark')
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Skip to content',
    )
    await screenshot(page, '12-dark-theme')
    expect(problems).toEqual([])
  })
})
