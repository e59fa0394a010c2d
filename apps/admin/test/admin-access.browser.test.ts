import { startAgent, type TestAgent } from '@switchyard/a2a-fixture'
import { startShopServer, type ShopServer } from '@switchyard/grpc-fixture'
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

const dev = { email: 'dev@example.com', password: 'a-long-password' }

// Users, teams, roles, A2A agents, gRPC services and virtual server editing in one signed-in
// browser against a real gateway (the built CLI), two real A2A agents and a real gRPC server with
// reflection. The steps build on each other, so they run in order.
describe('the admin UI access pages in Chromium', () => {
  let gateway: Running
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let answering: TestAgent
  let asking: TestAgent
  let shop: ShopServer
  const problems: string[] = []

  const sessionJwt = () => sessionJwtOf(context)
  /** Calls the REST API as the signed-in admin, from outside the page. */
  const rest = async (path: string) =>
    (await fetch(`${gateway.url}${path}`, {
      headers: { authorization: `Bearer ${await sessionJwt()}` },
    }).then((res) => res.json())) as unknown
  const visible = (text: string | RegExp) => page.getByText(text).first().waitFor()
  const heading = (name: string) => waitForHeading(page, name)
  const nav = (name: string, title = name) => navigate(page, name, title)
  const signIn = (who = admin) => signInAs(page, who)
  const fieldError = (form: string, label: string) => fieldErrorIn(page, form, label)
  /** Answers a confirm dialog: cancels once (nothing happens), then confirms. */
  const confirm = async (open: () => Promise<void>, title: string, action: string) => {
    await open()
    const dialog = page.getByRole('dialog', { name: title })
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog.isVisible()).resolves.toBe(false)
    await open()
    await dialog.getByRole('button', { name: action }).click()
  }
  const teamId = async () => ((await rest('/teams')) as { id: string }[])[0]?.id ?? ''
  const row = (table: string, name: string | RegExp) =>
    page.getByRole('table', { name: table }).getByRole('row', { name })

  beforeAll(async () => {
    ;[gateway, browser, answering, asking, shop] = await Promise.all([
      startGateway(),
      launchChromium(),
      startAgent('answering'),
      startAgent('asking'),
      // with two services reflection cannot describe, which registration leaves out
      startShopServer({ broken: true }),
    ])
    ;({ context, page } = await openPage(browser, problems))
    await page.goto(`${gateway.url}/admin`)
    await signIn()
    await heading('Dashboard')
  })

  afterAll(async () => {
    await browser?.close()
    await Promise.all([gateway?.stop(), answering?.close(), asking?.close(), shop?.close()])
  })

  it('adds a user and edits them: name, password reset (server rule beside the field), active', async () => {
    await nav('Users')
    await page.getByRole('button', { name: 'Add user' }).click()
    const add = page.getByRole('form', { name: 'Add user' })
    // an account that exists already is refused beside the e-mail
    await add.getByLabel('E-mail').fill(admin.email)
    await add.getByLabel('Password').fill(dev.password)
    await add.getByRole('button', { name: 'Add user' }).click()
    await expect(fieldError('Add user', 'E-mail').textContent()).resolves.toBe(
      `user with email '${admin.email}' already exists`,
    )
    await add.getByLabel('E-mail').fill(dev.email)
    await add.getByRole('button', { name: 'Add user' }).click()
    await row('Users', /dev@example.com/)
      .locator('.badge', { hasText: 'active' })
      .waitFor()

    await page.getByRole('button', { name: `Edit ${dev.email}` }).click()
    const edit = page.getByRole('form', { name: `Edit ${dev.email}` })
    await edit.getByLabel('Full name').fill('Dev One')
    await edit.getByLabel('New password', { exact: true }).fill('short')
    await edit.getByRole('button', { name: 'Save user' }).click()
    await expect(
      fieldError(`Edit ${dev.email}`, 'Repeat the new password').textContent(),
    ).resolves.toBe('The two passwords differ.')
    await edit.getByLabel('Repeat the new password').fill('short')
    await edit.getByRole('button', { name: 'Save user' }).click()
    await expect(fieldError(`Edit ${dev.email}`, 'New password').textContent()).resolves.toBe(
      'must be at least 8 characters',
    )
    await expect(
      edit.getByLabel('New password', { exact: true }).getAttribute('aria-invalid'),
    ).resolves.toBe('true')
    // Focus went to the field the server refused.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.toBe(
      'password',
    )
    await edit.getByText('see the messages beside them').waitFor()
    await screenshot(page, 'access-01-user-edit')
    await edit.getByLabel('New password', { exact: true }).fill(dev.password)
    await edit.getByLabel('Repeat the new password').fill(dev.password)
    await edit.getByLabel('Active (may sign in)').uncheck()
    await edit.getByRole('button', { name: 'Save user' }).click()
    await edit.waitFor({ state: 'detached' })
    const devRow = row('Users', /dev@example.com/)
    await devRow.getByText('Dev One').waitFor()
    await devRow.locator('.badge', { hasText: 'inactive' }).waitFor()
    await devRow.getByRole('button', { name: 'Activate' }).click()
    await devRow.locator('.badge', { hasText: /^active$/ }).waitFor()
  })

  it('creates a team (slug refused beside its field) and manages its members', async () => {
    await nav('Teams')
    await visible('No teams yet.')
    await page.getByRole('button', { name: 'Create team' }).click()
    const create = page.getByRole('form', { name: 'Create team' })
    // opening the form takes the focus to its first field
    await expect(
      create.getByLabel('Name').evaluate((field) => field === document.activeElement),
    ).resolves.toBe(true)
    await create.getByRole('button', { name: 'Create team' }).click()
    await expect(fieldError('Create team', 'Name').textContent()).resolves.toBe(
      'Give the team a name.',
    )
    await create.getByLabel('Name').fill('Platform')
    await create.getByLabel('Slug').fill('Bad Slug!')
    await create.getByRole('button', { name: 'Create team' }).click()
    await expect(fieldError('Create team', 'Slug').textContent()).resolves.toBe(
      'may hold lower-case letters, digits and -',
    )
    await create.getByLabel('Slug').fill('')
    await create.getByRole('button', { name: 'Create team' }).click()
    const team = row('Teams', /Platform/)
    await team.getByText('platform', { exact: true }).waitFor()

    await team.getByRole('button', { name: 'Members of Platform' }).click()
    const members = page.getByRole('table', { name: 'Members of Platform' })
    await expect
      .poll(() => members.getByLabel(`Team role of ${admin.email}`).inputValue())
      .toBe('owner')
    const addForm = 'Add a member to Platform'
    const add = page.getByRole('form', { name: addForm })
    await add.getByLabel('Member e-mail').fill('nobody@x')
    await add.getByRole('button', { name: 'Add member' }).click()
    await expect(fieldError(addForm, 'Member e-mail').textContent()).resolves.toBe(
      'must be an e-mail address',
    )
    // an e-mail no account has is refused beside the field too
    await add.getByLabel('Member e-mail').fill('ghost@example.com')
    await add.getByRole('button', { name: 'Add member' }).click()
    await expect(fieldError(addForm, 'Member e-mail').textContent()).resolves.toBe(
      "no user with e-mail 'ghost@example.com'",
    )
    await expect(add.locator('.form-error').textContent()).resolves.toBe(
      'The server refused some fields: see the messages beside them.',
    )
    await add.getByLabel('Member e-mail').fill(dev.email)
    await add.getByRole('button', { name: 'Add member' }).click()
    const devMember = members.getByRole('row', { name: /dev@example.com/ })
    await devMember.waitFor()
    const devRole = devMember.getByLabel(`Team role of ${dev.email}`)
    await devRole.selectOption('owner')
    // The select shows the new role once the server has it.
    await expect.poll(() => devRole.inputValue()).toBe('owner')
    await expect
      .poll(async () => JSON.stringify(await rest(`/teams/${await teamId()}/members`)))
      .toContain('"email":"dev@example.com","role":"owner"')
    await screenshot(page, 'access-02-teams')
    await confirm(
      () => devMember.getByRole('button', { name: `Remove ${dev.email}` }).click(),
      `Remove ${dev.email} from Platform?`,
      'Remove',
    )
    await devMember.waitFor({ state: 'detached' })
  })

  it('lists roles with permissions, creates a custom role (bad permission refused beside the field)', async () => {
    await nav('Roles')
    const roles = page.getByRole('table', { name: 'Roles' })
    for (const name of ['platform_admin', 'team_admin', 'developer', 'viewer'])
      await roles
        .getByRole('row', { name: new RegExp(name) })
        .getByText('built-in')
        .waitFor()
    await page
      .getByRole('list', { name: 'Permissions of viewer' })
      .getByText('tools.read', { exact: true })
      .waitFor()
    await page.getByRole('button', { name: 'Create role' }).click()
    const create = page.getByRole('form', { name: 'Create role' })
    await create.getByLabel('Name').fill('release_manager')
    await create.getByRole('button', { name: 'Create role' }).click()
    await expect(fieldError('Create role', 'Permissions').textContent()).resolves.toBe(
      'List at least one permission.',
    )
    await create.getByLabel('Permissions').fill('servers.read, bogus')
    await create.getByRole('button', { name: 'Create role' }).click()
    await expect(fieldError('Create role', 'Permissions').textContent()).resolves.toBe(
      'must look like tools.read, admin.*, *.read or *',
    )
    await create.getByLabel('Permissions').fill('servers.*\ntools.read')
    await create.getByRole('button', { name: 'Create role' }).click()
    const custom = roles.getByRole('row', { name: /release_manager/ })
    await custom.getByText('custom').waitFor()
    await custom.getByText('servers.*').waitFor()
  })

  it('edits a custom role: the form takes the focus, a bad permission is refused beside its field', async () => {
    const roles = page.getByRole('table', { name: 'Roles' })
    // built-in roles are read-only
    await expect(
      roles
        .getByRole('row', { name: /^viewer/ })
        .getByRole('button', { name: /^Edit/ })
        .count(),
    ).resolves.toBe(0)
    const editButton = page.getByRole('button', { name: 'Edit role release_manager' })
    await editButton.click()
    const edit = page.getByRole('form', { name: 'Edit role release_manager' })
    await expect(
      edit.getByLabel('Description').evaluate((field) => field === document.activeElement),
    ).resolves.toBe(true)
    await expect(edit.getByLabel('Permissions').inputValue()).resolves.toBe('servers.*\ntools.read')
    await edit.getByLabel('Permissions').fill('servers.*\ntools.read\nprompts.reed')
    await edit.getByRole('button', { name: 'Save role' }).click()
    await expect(
      fieldError('Edit role release_manager', 'Permissions').textContent(),
    ).resolves.toBe("unknown permission 'prompts.reed'")
    await edit.getByLabel('Permissions').fill('servers.*\ntools.read\nprompts.read')
    await edit.getByLabel('Description').fill('Ships releases')
    await edit.getByRole('button', { name: 'Save role' }).click()
    await edit.waitFor({ state: 'detached' })
    const custom = roles.getByRole('row', { name: /release_manager/ })
    await custom.getByText('prompts.read', { exact: true }).waitFor()
    await custom.getByText('Ships releases').waitFor()
    // the focus is back on the button that opened the form
    await expect(editButton.evaluate((button) => button === document.activeElement)).resolves.toBe(
      true,
    )
  })

  it("gives a user a team role (the server's scope rule beside the team field) and takes it away", async () => {
    await page.getByLabel('User', { exact: true }).selectOption(dev.email)
    await page.waitForURL(/\/admin\/roles\?user=dev%40example.com/)
    const held = page.getByRole('table', { name: `Roles of ${dev.email}` })
    await held
      .getByRole('row', { name: /developer/ })
      .getByText('globally')
      .waitFor()
    const formName = `Give ${dev.email} a role`
    const give = page.getByRole('form', { name: formName })
    await give.getByRole('button', { name: 'Give role' }).click()
    await expect(fieldError(formName, 'Role').textContent()).resolves.toBe('Choose a role.')
    await give.getByLabel('Role').selectOption('team_admin')
    await give.getByRole('button', { name: 'Give role' }).click()
    await expect(fieldError(formName, 'Within team').textContent()).resolves.toBe(
      "is required: role 'team_admin' is held within a team",
    )
    await give.getByLabel('Within team').selectOption({ label: 'Platform' })
    await give.getByRole('button', { name: 'Give role' }).click()
    // dev left Platform above: a team role needs membership first (the server says so above the form)
    await expect
      .poll(() => give.locator('.form-error li').textContent())
      .toBe(
        `email: ${dev.email} is not a member of team 'Platform' (${await teamId()}); add them to the team first`,
      )
    const join = await fetch(`${gateway.url}/teams/${await teamId()}/members`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await sessionJwt()}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ email: dev.email }),
    })
    expect(join.status).toBe(201)
    await give.getByRole('button', { name: 'Give role' }).click()
    const teamAdmin = held.getByRole('row', { name: /team_admin/ })
    await teamAdmin.getByText('in Platform').waitFor()
    await screenshot(page, 'access-03-roles')
    await confirm(
      () => teamAdmin.getByRole('button', { name: /Take team_admin/ }).click(),
      `Take team_admin from ${dev.email}?`,
      'Take away',
    )
    await teamAdmin.waitFor({ state: 'detached' })
    await confirm(
      () => page.getByRole('button', { name: 'Delete role release_manager' }).click(),
      'Delete role release_manager?',
      'Delete',
    )
    await page.getByRole('table', { name: 'Roles' }).getByText('release_manager').waitFor({
      state: 'detached',
    })
  })

  it('returns to sign in when the session is revoked mid-use, then to the same page and user', async () => {
    // Revoked from outside the browser, as an administrator or an expiry would end it.
    const out = await fetch(`${gateway.url}/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await sessionJwt()}` },
    })
    expect(out.status).toBe(200)
    // The next request the page makes (choosing another user) finds the session gone.
    await page.getByLabel('User', { exact: true }).selectOption(admin.email)
    await page.waitForURL(/\/admin\/login\?next=%2Froles%3Fuser%3Dadmin%2540example.com/)
    await visible('Your session has ended.')
    await signIn()
    await page.waitForURL(/\/admin\/roles\?user=admin%40example.com$/)
    await heading('Roles')
    await page.getByRole('form', { name: `Give ${admin.email} a role` }).waitFor()
    await expect(page.getByLabel('User', { exact: true }).inputValue()).resolves.toBe(admin.email)
  })

  it('registers A2A agents (bad URL refused beside the field), invokes them and continues a task', async () => {
    await nav('A2A agents')
    await visible('No A2A agents are registered yet.')
    await page.getByRole('button', { name: 'Register agent' }).click()
    const register = page.getByRole('form', { name: 'Register agent' })
    await register.getByLabel('URL').fill('ftp://127.0.0.1/agent')
    await register.getByRole('button', { name: 'Register' }).click()
    await expect(fieldError('Register agent', 'URL').textContent()).resolves.toBe(
      'must be an absolute http:// or https:// URL',
    )
    await register.getByLabel('URL').fill(answering.url)
    await register.getByRole('button', { name: 'Register' }).click()
    const agent = row('A2A agents', /answering agent/)
    await agent.locator('.badge', { hasText: 'enabled' }).waitFor()
    await agent.getByText('answering-agent').waitFor()

    await page.getByRole('button', { name: 'Register agent' }).click()
    await register.getByLabel('URL').fill(asking.url)
    await register.getByRole('button', { name: 'Register' }).click()
    await row('A2A agents', /asking agent/).waitFor()

    await agent.getByRole('button', { name: 'Invoke answering agent' }).click()
    const invoke = page.getByRole('form', { name: 'Invoke answering agent' })
    await invoke.getByRole('button', { name: 'Send' }).click()
    await expect(fieldError('Invoke answering agent', 'Message').textContent()).resolves.toBe(
      'Write a message to send.',
    )
    await invoke.getByLabel('Message').fill('hello from the browser')
    await invoke.getByRole('button', { name: 'Send' }).click()
    const reply = page.getByRole('status', { name: 'Agent reply' })
    await reply.locator('.result-text', { hasText: 'echo: hello from the browser' }).waitFor()
    await reply.locator('.badge', { hasText: 'completed' }).waitFor()

    await row('A2A agents', /asking agent/)
      .getByRole('button', { name: 'Invoke asking agent' })
      .click()
    const ask = page.getByRole('form', { name: 'Invoke asking agent' })
    await ask.getByLabel('Message').fill('hi')
    await ask.getByRole('button', { name: 'Send' }).click()
    await reply.locator('.result-text', { hasText: 'What is your name?' }).waitFor()
    await reply.locator('.badge', { hasText: 'input-required' }).waitFor()
    await ask.getByLabel('Message').fill('Ada')
    await ask.getByRole('button', { name: 'Reply' }).click()
    await reply.locator('.result-text', { hasText: 'Hello, Ada!' }).waitFor()
    await screenshot(page, 'access-04-a2a')

    await agent.getByRole('button', { name: 'Disable answering agent' }).click()
    await agent.locator('.badge', { hasText: 'disabled' }).waitFor()
    await expect(
      agent.getByRole('button', { name: 'Invoke answering agent' }).isDisabled(),
    ).resolves.toBe(true)
    await agent.getByRole('button', { name: 'Enable answering agent' }).click()
    await agent.locator('.badge', { hasText: 'enabled' }).waitFor()
    await confirm(
      () =>
        row('A2A agents', /asking agent/)
          .getByRole('button', { name: 'Delete asking agent' })
          .click(),
      'Delete asking agent?',
      'Delete',
    )
    await row('A2A agents', /asking agent/).waitFor({ state: 'detached' })
  })

  it('registers a gRPC server by reflection (bad target refused beside the field) and lists its methods', async () => {
    await nav('gRPC services')
    await visible('No gRPC services are registered yet.')
    await page.getByRole('button', { name: 'Register gRPC service' }).click()
    const formName = 'Register gRPC service'
    const register = page.getByRole('form', { name: formName })
    await register.getByLabel('Name').fill('Shop')
    await register.getByLabel('Target').fill('127.0.0.1')
    await register.getByRole('button', { name: 'Register' }).click()
    await expect(fieldError(formName, 'Target').textContent()).resolves.toBe(
      'must be host:port with a port of 1-65535, such as localhost:50051',
    )
    await register.getByLabel('Target').fill(shop.target)
    await register.getByRole('button', { name: 'Register' }).click()
    const service = row('gRPC services', /Shop/)
    await service.locator('.badge', { hasText: 'active' }).waitFor()
    await service.getByText('shop.v1.Shop').waitFor()
    await service.getByRole('button', { name: 'Methods of Shop' }).click()
    const methods = page.getByRole('table', { name: 'Methods of Shop' })
    const chat = methods.getByRole('row', { name: /shop-shop\.v1\.Shop\.Chat/ })
    await chat.getByText('bidi-streaming').waitFor()
    await expect(methods.getByRole('row').count()).resolves.toBe(10)
    await service.getByRole('button', { name: 'Refresh Shop' }).click()
    await service
      .getByText(
        'Reflected again: 0 tools added, 0 updated, 0 removed. Left out, as reflection cannot describe them: broken.v1.Lost, broken.v1.Garbled.',
      )
      .waitFor()
    await service.getByText(/^services left out, reflection could not describe them: /).waitFor()
    await screenshot(page, 'access-05-grpc')
    await service.getByRole('button', { name: 'Disable Shop' }).click()
    await service.locator('.badge', { hasText: 'disabled' }).waitFor()
    await service.getByRole('button', { name: 'Enable Shop' }).click()
    await service.locator('.badge', { hasText: 'active' }).waitFor()
  })

  it("edits a virtual server's members, renames and descriptions (bad name refused beside its member)", async () => {
    await nav('Virtual servers')
    await page.getByRole('button', { name: 'Create virtual server' }).click()
    const create = page.getByRole('form', { name: 'Create virtual server' })
    await create.getByLabel('Name').fill('Agents')
    await create.getByRole('list', { name: 'Tools' }).getByLabel('answering-agent').check()
    await create.getByRole('button', { name: 'Create' }).click()
    const card = page.getByRole('article', { name: 'Virtual server Agents' })
    await card.getByText('1 tool, 0 resources, 0 prompts', { exact: false }).waitFor()
    // a name another server has is refused beside the name, on create and on edit
    await page.getByRole('button', { name: 'Create virtual server' }).click()
    await create.getByLabel('Name').fill('Agents')
    await create.getByRole('button', { name: 'Create' }).click()
    await expect(fieldError('Create virtual server', 'Name').textContent()).resolves.toBe(
      "server with name 'Agents' already exists",
    )
    await create.getByLabel('Name').fill('Others')
    await create.getByRole('button', { name: 'Create' }).click()
    await page.getByRole('article', { name: 'Virtual server Others' }).waitFor()

    await card.getByRole('button', { name: 'Edit' }).click()
    const edit = page.getByRole('form', { name: 'Edit Agents' })
    await edit.getByLabel('Name', { exact: true }).fill('Others')
    await edit.getByRole('button', { name: 'Save changes' }).click()
    await expect(fieldError('Edit Agents', 'Name').textContent()).resolves.toBe(
      "server with name 'Others' already exists",
    )
    await edit.getByLabel('Name', { exact: true }).fill('Agents')
    await expect(
      edit.getByRole('list', { name: 'Tools' }).getByLabel('answering-agent').isChecked(),
    ).resolves.toBe(true)
    await edit.getByLabel('Search tools').fill('GetProduct')
    await edit
      .getByRole('list', { name: 'Tools' })
      .getByLabel('shop-shop.v1.Shop.GetProduct')
      .check()
    await edit.getByLabel('New name for answering-agent').fill('ask agent')
    await edit.getByRole('button', { name: 'Save changes' }).click()
    const rename = edit.locator('.override', { hasText: 'answering-agent' })
    await rename
      .locator('.field-error', {
        hasText: "contains ' '; only A-Z, a-z, 0-9, '_', '-' and '.' are allowed",
      })
      .waitFor()
    await expect(
      edit.getByLabel('New name for answering-agent').getAttribute('aria-invalid'),
    ).resolves.toBe('true')
    await expect(
      edit.getByLabel('Description for answering-agent').getAttribute('aria-invalid'),
    ).resolves.toBe('false')
    await screenshot(page, 'access-06-server-edit')
    // two members under one name: the clash is shown beside each of them
    await edit.getByLabel('New name for answering-agent').fill('ask')
    await edit.getByLabel('New name for shop-shop.v1.Shop.GetProduct').fill('ask')
    await edit.getByRole('button', { name: 'Save changes' }).click()
    // the server prefixes names already: renaming is the advice
    const clash = "'ask' is another tool's name in this server too: rename members"
    for (const member of ['answering-agent', 'shop-shop.v1.Shop.GetProduct']) {
      const override = edit.locator('.override', { hasText: member })
      await override.locator('.field-error', { hasText: clash }).waitFor()
      await expect(
        edit.getByLabel(`New name for ${member}`).getAttribute('aria-invalid'),
      ).resolves.toBe('true')
    }
    await expect(edit.locator('.form-error').textContent()).resolves.toBe(
      'The server refused some fields: see the messages beside them.',
    )
    await screenshot(page, 'access-06b-server-member-clash')
    await edit.getByLabel('Description for answering-agent').fill('Ask the agent anything')
    await edit.getByLabel('New name for shop-shop.v1.Shop.GetProduct').fill('product')
    await edit.getByRole('button', { name: 'Save changes' }).click()
    await card.getByText('2 tools, 0 resources, 0 prompts, 2 tool overrides').waitFor()
    const id = (await card.locator('code').first().textContent()) ?? ''
    const tools = (await rest(`/servers/${id}/tools`)) as { name: string; description: string }[]
    expect(tools.map((tool) => tool.name)).toEqual(['ask', 'product'])
    expect(tools[0]?.description).toBe('Ask the agent anything')
    // The edit form shows what was saved.
    await card.getByRole('button', { name: 'Edit' }).click()
    await expect(edit.getByLabel('New name for answering-agent').inputValue()).resolves.toBe('ask')
    await edit.getByRole('button', { name: 'Cancel' }).click()
  })

  it('deletes the gRPC service and the team after confirming, by keyboard alone', async () => {
    await nav('gRPC services')
    const service = row('gRPC services', /Shop/)
    await service.getByRole('button', { name: 'Delete Shop' }).focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Delete Shop?' })
    await dialog.waitFor()
    // Focus starts on Cancel; Escape closes without deleting.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Cancel')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    await expect(service.isVisible()).resolves.toBe(true)
    await service.getByRole('button', { name: 'Delete Shop' }).focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await service.waitFor({ state: 'detached' })
    await visible('No gRPC services are registered yet.')

    await nav('Teams')
    const team = row('Teams', /Platform/)
    await confirm(
      () => team.getByRole('button', { name: 'Delete' }).click(),
      'Delete team Platform?',
      'Delete',
    )
    await team.waitFor({ state: 'detached' })
  })

  it('returns to sign in when the session cookie expires, then to the same page', async () => {
    await nav('A2A agents')
    await row('A2A agents', /answering agent/)
      .getByRole('button', { name: 'Invoke answering agent' })
      .click()
    // The browser drops the session cookie as it does when it expires.
    await context.clearCookies({ name: 'switchyard_session' })
    const invoke = page.getByRole('form', { name: 'Invoke answering agent' })
    await invoke.getByLabel('Message').fill('still there?')
    await invoke.getByRole('button', { name: 'Send' }).click()
    await page.waitForURL(/\/admin\/login\?next=%2Fa2a&ended=1$/)
    await signIn()
    await heading('A2A agents')
    expect(new URL(page.url()).pathname).toBe('/admin/a2a')
  })

  it('shows a developer only what their roles allow', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL(/\/admin\/login/)
    await signIn(dev)
    await heading('Dashboard')
    const sections = page.getByRole('navigation', { name: 'Sections' })
    await sections.getByRole('link', { name: 'Teams' }).waitFor()
    await expect(sections.getByRole('link', { name: 'Users' }).count()).resolves.toBe(0)
    await expect(sections.getByRole('link', { name: 'Roles' }).count()).resolves.toBe(0)
    await page.goto(`${gateway.url}/admin/users`)
    await visible('Your roles do not allow you to manage user accounts.')
    await page.goto(`${gateway.url}/admin/roles`)
    await visible('Your roles do not allow you to manage roles.')
    await visible('Your roles: developer.')
    await screenshot(page, 'access-07-developer')
    await nav('Teams')
    await page.getByRole('button', { name: 'Create team' }).waitFor()
    await page.getByRole('button', { name: 'Dark theme' }).click()
    await screenshot(page, 'access-08-teams-dark')
    expect(problems).toEqual([])
  })
})
