import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  launchChromium,
  navigate,
  openPage,
  overflowOf,
  postWithSession,
  screenshot,
  signInAs,
  waitForHeading,
} from './browser'
import { admin, startGateway, type Running } from './processes'

const phone = { width: 375, height: 740 }
const longName = `an-upstream-whose-name-goes-on-${'and-on-'.repeat(12)}end`

/** Each section of the navigation, its title, and what it shows on a fresh gateway. */
const sections: [link: string, title: string, shows: string][] = [
  ['Dashboard', 'Dashboard', 'No upstreams yet.'],
  ['Gateways', 'Gateways', 'No upstream MCP servers are registered yet.'],
  ['Tools', 'Tools', 'No tools yet: register a gateway or add a REST tool.'],
  ['Virtual servers', 'Virtual servers', 'No virtual servers yet.'],
  ['Prompts', 'Prompts', 'No prompts yet.'],
  ['Resources', 'Resources', 'No resources yet.'],
  ['Tokens', 'API tokens', 'No tokens yet.'],
  ['A2A agents', 'A2A agents', 'No A2A agents are registered yet.'],
  ['gRPC services', 'gRPC services', 'No gRPC services are registered yet.'],
  ['Users', 'Users', admin.email],
  ['Teams', 'Teams', 'No teams yet.'],
  ['Roles', 'Roles', 'Choose a user to see and change their roles.'],
  ['Import and export', 'Import and export', 'Download export'],
  ['Metrics', 'Metrics', 'No calls in the last hour.'],
  ['Logs', 'Logs', 'No log records match yet'],
]

/** The pages with an add form that has a description, the button that opens it and its name. */
const describedForms: [link: string, title: string, button: string, form: string][] = [
  ['Gateways', 'Gateways', 'Register gateway', 'Register gateway'],
  ['Virtual servers', 'Virtual servers', 'Create virtual server', 'Create virtual server'],
  ['Prompts', 'Prompts', 'New prompt', 'New prompt'],
  ['A2A agents', 'A2A agents', 'Register agent', 'Register agent'],
  ['gRPC services', 'gRPC services', 'Register gRPC service', 'Register gRPC service'],
  ['Teams', 'Teams', 'Create team', 'Create team'],
  ['Roles', 'Roles', 'Create role', 'Create role'],
]

// The admin UI in Chromium against a real gateway (the built CLI), first with nothing registered
// (every page says so, on a phone too), then with names that hold numbers (listed as people read
// them), a long upstream name and upstreams that cannot be reached (health history on a phone).
describe('the admin UI from a fresh gateway to a catalog', () => {
  let gateway: Running
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const problems: string[] = []

  const rest = (path: string, body: unknown) =>
    postWithSession(context, `${gateway.url}${path}`, body)
  const overflow = () => overflowOf(page)
  /** The names of a (virtualized) list's rows in view, in order. */
  const namesIn = (list: string, within = page.locator('main')) =>
    within.getByRole('list', { name: list }).locator('.name, label.check').allTextContents()

  beforeAll(async () => {
    ;[gateway, browser] = await Promise.all([startGateway(), launchChromium()])
    ;({ context, page } = await openPage(browser, problems))
  })

  afterAll(async () => {
    await browser?.close()
    await gateway?.stop()
  })

  it('signs in (a refusal as a sentence), and finds the dashboard at /admin/dashboard', async () => {
    await page.goto(`${gateway.url}/admin/login`)
    await signInAs(page, { email: admin.email, password: 'not-the-password' })
    await expect(page.locator('.form-error').textContent()).resolves.toMatch(
      /^Wrong e-mail or password/,
    )
    await signInAs(page, admin)
    await waitForHeading(page, 'Dashboard')
    await page.goto(`${gateway.url}/admin/dashboard`)
    await waitForHeading(page, 'Dashboard')
    expect(new URL(page.url()).pathname).toMatch(/^\/admin\/?$/)
    await expect(page.getByText('No such page.').count()).resolves.toBe(0)
  })

  it('shows every page empty, without errors, fitting a phone', async () => {
    await page.setViewportSize(phone)
    for (const [index, [link, title, shows]] of sections.entries()) {
      await navigate(page, link, title)
      await page.locator('main').getByText(shows).first().waitFor()
      await page.waitForLoadState('networkidle')
      await expect(page.locator('.state.error, .form-error').count(), title).resolves.toBe(0)
      await expect(overflow(), `${title} scrolls sideways`).resolves.toBeLessThanOrEqual(0)
      // Nothing counted yet, so nothing to reset.
      if (title === 'Metrics')
        await expect(page.getByRole('button', { name: 'Reset tools' }).isDisabled()).resolves.toBe(
          true,
        )
      const slug = title.toLowerCase().replaceAll(' ', '-')
      await screenshot(page, `fresh-${String(index + 1).padStart(2, '0')}-${slug}`)
    }
  })

  it('gives every description a multi-line box, and says when there is nothing to choose', async () => {
    await page.setViewportSize({ width: 1366, height: 800 })
    for (const [link, title, button, name] of describedForms) {
      await navigate(page, link, title)
      await page.getByRole('button', { name: button }).click()
      const form = page.getByRole('form', { name })
      const tag = await form.getByLabel('Description').evaluate((element) => element.tagName)
      expect(tag, name).toBe('TEXTAREA')
      if (name === 'Create virtual server') {
        for (const kind of ['tools', 'resources', 'prompts'])
          await form.getByText(`No ${kind} registered yet.`).waitFor()
        await expect(form.getByRole('searchbox').count()).resolves.toBe(0)
        await screenshot(page, 'fresh-20-server-form')
      }
      await page.getByRole('button', { name: 'Close form' }).click()
    }
  })

  it('lists names holding numbers as people read them, with a capped upstream filter', async () => {
    const tools = Array.from({ length: 12 }, (_, i) => ({
      name: `bulk_tool_${i + 1}`,
      originalName: `bulk_tool_${i + 1}`,
      integrationType: 'REST',
      url: 'http://127.0.0.1:9/bulk',
    }))
    const resources = [10, 2, 1].map((n) => ({
      name: `doc-${n}`,
      uri: `file:///doc-${n}`,
      text: 'x',
    }))
    await rest('/import', {
      format: 'switchyard-export/1',
      exportedAt: new Date().toISOString(),
      entities: { tools, resources },
    })
    for (const name of ['upstream-10', 'upstream-9', longName])
      await rest('/gateways', { name, url: 'http://127.0.0.1:9/mcp' })
    for (const name of ['greet-10', 'greet-9'])
      await rest('/prompts', { name, template: 'Hello {{ who }}' })
    const ordered = tools.map((tool) => tool.name)
    // What the pages fetched a moment ago is fetched anew.
    await page.reload()

    await navigate(page, 'Tools')
    await expect.poll(() => namesIn('Tools')).toEqual(ordered)
    const filter = page.getByLabel('Upstream')
    await expect(filter.locator('option').allTextContents()).resolves.toEqual([
      'All',
      longName,
      'upstream-9',
      'upstream-10',
    ])
    await filter.selectOption({ label: longName })
    // As wide as 14rem at most (not the long name's width), the rest of the name cut off.
    const width = await filter.evaluate((element) => element.getBoundingClientRect().width)
    expect(width).toBeLessThanOrEqual(14 * 16 + 1)
    await screenshot(page, 'fresh-21-tools')
    await filter.selectOption('')

    await navigate(page, 'Gateways')
    const rows = page.getByRole('table', { name: 'Gateways' }).locator('tbody tr strong')
    await expect(rows.allTextContents()).resolves.toEqual([longName, 'upstream-9', 'upstream-10'])
    await navigate(page, 'Resources')
    await expect.poll(() => namesIn('Resources')).toEqual(['doc-1', 'doc-2', 'doc-10'])
    await navigate(page, 'Prompts')
    await expect.poll(() => namesIn('Prompts')).toEqual(['greet-9', 'greet-10'])

    // The member pickers: the same order, a placeholder in each search box.
    await navigate(page, 'Virtual servers')
    await page.getByRole('button', { name: 'Create virtual server' }).click()
    const form = page.getByRole('form', { name: 'Create virtual server' })
    for (const kind of ['tools', 'resources', 'prompts'])
      await expect(form.getByLabel(`Search ${kind}`).getAttribute('placeholder')).resolves.toBe(
        `Search ${kind} by name`,
      )
    await expect.poll(() => namesIn('Tools', form)).toEqual(ordered)
    await expect.poll(() => namesIn('Prompts', form)).toEqual(['greet-9', 'greet-10'])
    await form.getByLabel('Search tools').fill('no-such-tool')
    await form.getByText('No tools match “no-such-tool”.').waitFor()
    await form.getByLabel('Search tools').fill('')
    await form.getByLabel('Name').fill('Numbers')
    await form.getByLabel('Description').fill('First line.\nSecond line.')
    await form
      .getByRole('list', { name: 'Tools' })
      .getByLabel('bulk_tool_2', { exact: true })
      .check()
    await screenshot(page, 'fresh-22-server-form')
    await form.getByRole('button', { name: 'Create' }).click()
    const card = page.getByRole('article', { name: 'Virtual server Numbers' })
    await expect(card.locator('.description').innerText()).resolves.toBe(
      'First line.\nSecond line.',
    )
  })

  it('lists tokens, gRPC methods and metrics as people read them too', async () => {
    // Newest first on the server: token-10, then token-9.
    for (const name of ['token-9', 'token-10']) await rest('/tokens', { name })
    // The server lists a service's methods in text order: Get10 before Get9.
    const method = (name: string) => ({
      name: `numbered-v1-${name}`,
      originalName: `numbered.v1.Numbered.${name}`,
      grpcServiceName: 'Numbered',
      integrationType: 'GRPC',
      integrationConfig: {
        service: 'numbered.v1.Numbered',
        name,
        kind: 'unary',
        path: `/numbered.v1.Numbered/${name}`,
      },
    })
    await rest('/import', {
      format: 'switchyard-export/1',
      exportedAt: new Date().toISOString(),
      entities: {
        grpcServices: [{ name: 'Numbered', target: '127.0.0.1:9', descriptorSet: '' }],
        tools: [method('Get10'), method('Get9')],
      },
    })
    // Metrics come busiest first, then in text order: bulk_tool_10 before bulk_tool_9.
    for (const [id, name] of ['bulk_tool_10', 'bulk_tool_10', 'bulk_tool_9'].entries())
      await rest('/rpc', {
        jsonrpc: '2.0',
        id,
        method: 'tools/call',
        params: { name, arguments: {} },
      })

    await navigate(page, 'Tokens', 'API tokens')
    const tokens = page.getByRole('table', { name: 'Tokens' }).locator('tbody tr td:first-child')
    await expect.poll(() => tokens.allTextContents()).toEqual(['token-9', 'token-10'])

    await navigate(page, 'gRPC services')
    await page.getByRole('button', { name: 'Methods of Numbered' }).click()
    const methods = page
      .getByRole('table', { name: 'Methods of Numbered' })
      .locator('tbody tr td:nth-child(2)')
    await expect.poll(() => methods.allTextContents()).toEqual(['Get9', 'Get10'])

    await navigate(page, 'Metrics')
    const measured = page.getByRole('table', { name: 'Tools' }).locator('tbody tr button')
    await expect.poll(() => measured.allTextContents()).toEqual(['bulk_tool_9', 'bulk_tool_10'])
  })

  it("keeps an upstream's health history on a phone's screen", async () => {
    await page.setViewportSize(phone)
    await navigate(page, 'Gateways')
    const row = page
      .getByRole('table', { name: 'Gateways' })
      .getByRole('row', { name: /^upstream-9 / })
    await row.getByText('unreachable').first().waitFor()
    // The actions are at the table's far end: scrolled to, as on a phone.
    const box = page.locator('.table-scroll', {
      has: page.getByRole('table', { name: 'Gateways' }),
    })
    await box.evaluate((element) => element.scrollBy({ left: element.scrollWidth }))
    await row.getByRole('button', { name: 'History of upstream-9' }).click()
    const history = page.getByRole('group', { name: 'Health history of upstream-9' })
    await history.getByRole('list').getByText('unreachable', { exact: true }).first().waitFor()
    const shown = await history.evaluate((element) => element.getBoundingClientRect())
    expect(shown.left).toBeGreaterThanOrEqual(0)
    expect(shown.right).toBeLessThanOrEqual(phone.width)
    await expect(overflow()).resolves.toBeLessThanOrEqual(0)
    await screenshot(page, 'fresh-23-health-phone')
    expect(problems).toEqual([])
  })
})
