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

const BULK_TOOLS = 10_000

// The operations pages in Chromium against a real gateway (the built CLI) and a real MCP upstream:
// the live log, metrics, dashboard activity, gateway edit and health history, and a 10,000-tool
// catalog searched on the server. The steps build on each other, so they run in order.
describe('the admin UI operations pages in Chromium', () => {
  let gateway: Running
  let upstream: Running
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const problems: string[] = []

  const heading = (name: string) => waitForHeading(page, name)
  const nav = (name: string) => navigate(page, name)
  /** Calls the REST API as the signed-in admin (the session JWT from the HttpOnly cookie). */
  const rest = async (method: string, path: string, body?: unknown): Promise<Response> => {
    const jwt = await sessionJwtOf(context)
    return fetch(`${gateway.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    })
  }
  const register = async (name: string, url: string): Promise<string> => {
    const res = await rest('POST', '/gateways', { name, url })
    expect(res.status).toBe(201)
    return ((await res.json()) as { id: string }).id
  }
  const fieldError = (form: string, label: string) => fieldErrorIn(page, form, label)

  beforeAll(async () => {
    ;[gateway, upstream, browser] = await Promise.all([
      startGateway(),
      startUpstream(),
      launchChromium(),
    ])
    ;({ context, page } = await openPage(browser, problems, { acceptDownloads: true }))
    await page.goto(`${gateway.url}/admin/login`)
    await signInAs(page, admin)
    await heading('Dashboard')
  })

  afterAll(async () => {
    await browser?.close()
    await Promise.all([gateway?.stop(), upstream?.stop()])
  })

  it('watches a log line appear live, holds lines while paused, and exports them', async () => {
    await nav('Logs')
    await page.getByLabel('Least level').selectOption('warn')
    await page.getByLabel('Text').fill('discovery failed')
    await page.getByText('Following warn and above, containing “discovery failed”.').waitFor()
    await page.getByText('No log records match yet').waitFor()
    const records = page.getByRole('list', { name: 'Log records' })
    // An upstream that answers nowhere: its discovery fails and the gateway logs a warning.
    // An upstream that answers nowhere: its discovery fails and the gateway logs a warning (and
    // again on each retry, with backoff).
    const first = await register('nowhere', 'http://127.0.0.1:9/mcp')
    const line = (id: string) => records.getByRole('listitem').filter({ hasText: id })
    await line(first).first().waitFor({ timeout: 20_000 })
    await expect(line(first).first().textContent()).resolves.toContain('upstream discovery failed')
    await line(first).first().getByRole('button').click()
    await page
      .getByRole('region', { name: 'Selected log record' })
      .getByText(`"gatewayId": "${first}"`, { exact: false })
      .waitFor()
    await screenshot(page, 'ops-01-logs')

    await page.getByRole('button', { name: 'Pause' }).click()
    await page.getByRole('status', { name: 'Stream state' }).getByText('Paused').waitFor()
    const before = await records.getByRole('listitem').count()
    const second = await register('nowhere-too', 'http://127.0.0.1:9/mcp')
    await page.getByRole('button', { name: /^Resume \(\d+ new\)$/ }).waitFor({ timeout: 20_000 })
    // Held, not shown, while paused.
    await expect(records.getByRole('listitem').count()).resolves.toBe(before)
    await expect(line(second).count()).resolves.toBe(0)
    await page.getByRole('button', { name: /^Resume/ }).click()
    await line(second).first().waitFor()

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON lines' }).click(),
    ])
    expect(file.suggestedFilename()).toMatch(/^switchyard-logs-.+\.jsonl$/)
    const lines = readFileSync(await file.path(), 'utf8')
      .trim()
      .split('\n')
    const exported = lines.map((text) => JSON.parse(text) as { msg: string; gatewayId: string })
    expect(new Set(exported.map((record) => record.msg))).toEqual(
      new Set(['upstream discovery failed']),
    )
    expect(exported[0]?.gatewayId).toBe(first)
    expect(exported.map((record) => record.gatewayId)).toContain(second)
  })

  it('draws latency, error rate and volume charts for a tool that was called', async () => {
    const id = await register('echo', upstream.url)
    for (;;) {
      const { status } = (await (await rest('GET', `/gateways/${id}`)).json()) as {
        status: string
      }
      if (status === 'active') break
      expect(status).toBe('pending')
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    for (let i = 0; i < 3; i++) {
      const res = await rest('POST', '/rpc', {
        jsonrpc: '2.0',
        id: i,
        method: 'tools/call',
        params: { name: 'echo-echo', arguments: { message: `call ${i}` } },
      })
      expect(res.status).toBe(200)
    }
    await nav('Metrics')
    const table = page.getByRole('table', { name: 'Tools' })
    const row = table.getByRole('row', { name: /echo-echo/ })
    await row.getByRole('cell', { name: '3', exact: true }).waitFor()
    await row.getByRole('button', { name: 'echo-echo' }).click()
    const charts = page.getByRole('region', { name: 'Charts of echo-echo' })
    for (const name of ['Latency', 'Error rate', 'Volume'])
      await charts.getByRole('figure', { name }).waitFor()
    // Three calls, in one minute or split over two.
    await charts
      .getByRole('figure', { name: 'Volume' })
      .getByRole('img', { name: /Calls: peak [123],/ })
      .waitFor()
    await charts
      .getByRole('figure', { name: 'Latency' })
      .getByRole('img', { name: /p99: peak \d+ ms/ })
      .waitFor()
    await page.getByLabel('Show').selectOption('upstream')
    await page
      .getByRole('table', { name: 'Upstreams' })
      .getByRole('button', { name: 'echo' })
      .waitFor()
    await screenshot(page, 'ops-02-metrics')

    // Reset one tool's figures: asked first, then gone from the table (the charts stay).
    await page.getByLabel('Show').selectOption('tool')
    await table.getByRole('button', { name: 'echo-echo' }).click()
    await page.getByRole('button', { name: 'Reset echo-echo' }).click()
    const dialog = page.getByRole('dialog', { name: 'Reset the figures of echo-echo?' })
    await dialog.getByRole('button', { name: 'Reset echo-echo' }).click()
    await table.getByRole('row', { name: /echo-echo/ }).waitFor({ state: 'detached' })
    await charts.getByRole('figure', { name: 'Volume' }).waitFor()
  })

  it('shows calls over time and recent activity on the dashboard', async () => {
    await nav('Dashboard')
    const chart = page.getByRole('figure', { name: 'Tool calls and errors per minute, last hour' })
    // Three calls, in one minute or split over two (the chart refreshes what was cached).
    await chart.getByRole('img', { name: /Calls: peak [123],/ }).waitFor()
    const activity = page.getByRole('table', { name: 'Recent activity' })
    await activity
      .getByRole('row', { name: /gateway\.create/ })
      .first()
      .waitFor()
    await page
      .getByRole('list', { name: 'Upstream health' })
      .getByText('unreachable')
      .first()
      .waitFor()
    await screenshot(page, 'ops-03-dashboard')
  })

  it('edits a gateway, checks the form first, and shows its health history', async () => {
    await nav('Gateways')
    const table = page.getByRole('table', { name: 'Gateways' })
    await table
      .getByRole('row', { name: /^echo / })
      .getByRole('button', { name: 'Edit' })
      .click()
    const form = page.getByRole('form', { name: 'Edit echo' })
    await form.getByLabel('Authentication').selectOption('bearer')
    await form.getByRole('button', { name: 'Save changes' }).click()
    await expect(fieldError('Edit echo', 'Bearer token').textContent()).resolves.toBe(
      'Enter the bearer token.',
    )
    await form.getByLabel('Authentication').selectOption('keep')
    await form.getByLabel('URL').fill('ftp://example.com/mcp')
    await form.getByRole('button', { name: 'Save changes' }).click()
    await fieldError('Edit echo', 'URL')
      .getByText('must be an absolute http(s)', { exact: false })
      .waitFor()
    await form.getByLabel('URL').fill(upstream.url)
    await form.getByLabel('Pass-through headers').fill('X-Tenant, Cookie')
    await form.getByRole('button', { name: 'Save changes' }).click()
    await fieldError('Edit echo', 'Pass-through headers')
      .getByText("Cookie carries the caller's credentials", { exact: false })
      .waitFor()
    await form.getByLabel('Pass-through headers').fill('X-Tenant, X-Region')
    await form.getByLabel('Description').fill('The browser test upstream')
    await form.getByLabel('Tags').fill('browser, echo')
    await form.getByRole('button', { name: 'Save changes' }).click()
    await form.waitFor({ state: 'detached' })
    const saved = (await (await rest('GET', '/gateways?q=browser%20test')).json()) as {
      name: string
      tags: string[]
      passthroughHeaders: string[]
    }[]
    expect(saved.map((g) => [g.name, g.tags, g.passthroughHeaders])).toEqual([
      ['echo', ['browser', 'echo'], ['X-Tenant', 'X-Region']],
    ])

    const nowhere = table.getByRole('row', { name: /^nowhere / })
    await nowhere.getByRole('button', { name: 'History of nowhere' }).click()
    const changes = page.getByRole('list', { name: 'State changes of nowhere' })
    await changes.getByText('unreachable', { exact: true }).waitFor()
    await changes.getByText('pending', { exact: true }).waitFor()
    await nowhere.getByRole('button', { name: 'Disable' }).click()
    const dialog = page.getByRole('dialog', { name: 'Disable nowhere?' })
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog.isVisible()).resolves.toBe(false)
    await nowhere.getByRole('button', { name: 'Disable' }).click()
    await dialog.getByRole('button', { name: 'Disable' }).click()
    // Newest first.
    await changes.getByRole('listitem').first().getByText('disabled', { exact: true }).waitFor()
    await screenshot(page, 'ops-04-gateways')
  })

  it(`finds one tool among ${BULK_TOOLS.toLocaleString()} with server-side search and scrolls the list`, async () => {
    const tools = Array.from({ length: BULK_TOOLS }, (_, i) => {
      const name = `bulk_tool_${String(i).padStart(5, '0')}`
      return {
        name,
        originalName: name,
        description: `Bulk tool number ${i}`,
        integrationType: 'REST',
        url: 'http://127.0.0.1:9/bulk',
      }
    })
    const res = await rest('POST', '/import', {
      format: 'switchyard-export/1',
      exportedAt: new Date().toISOString(),
      entities: { tools },
    })
    expect(res.status, await res.clone().text()).toBe(200)
    await expect(res.json()).resolves.toMatchObject({ created: { tools: BULK_TOOLS } })

    await nav('Tools')
    const list = page.getByRole('list', { name: 'Tools' })
    const count = page.locator('.filters [role="status"]')
    await count.getByText('200+ tools').waitFor()
    // Virtualized: only the rows in view are in the page.
    expect(await list.getByRole('listitem').count()).toBeLessThan(60)
    // Scrolling to the end loads the next page from the server.
    await list.evaluate((element) => element.scrollTo(0, element.scrollHeight))
    await count.getByText('400+ tools').waitFor()
    await list.evaluate((element) => element.scrollTo(0, element.scrollHeight))
    await count.getByText('600+ tools').waitFor()
    // Rows of the second page are in view.
    await list
      .getByRole('button', { name: /bulk_tool_003\d\d/ })
      .first()
      .waitFor()

    await page.getByLabel('Search').fill('BULK_TOOL_07777')
    await count.getByText('1 tool matching “BULK_TOOL_07777”').waitFor()
    await list.getByRole('button', { name: /bulk_tool_07777/ }).click()
    await page.getByRole('article', { name: 'Tool bulk_tool_07777' }).waitFor()
    await screenshot(page, 'ops-05-tools-10000')
    await page.getByLabel('Search').fill('number 99')
    // 99, 990-999 and 9900-9999: 111 tools match the description.
    await count.getByText('111 tools matching “number 99”').waitFor()
    await page.getByLabel('Search').fill('no-such-tool')
    await page.getByText('No tool matches.').waitFor()

    await nav('Dashboard')
    await page.locator('.count', { hasText: 'Tools' }).getByText('1000+', { exact: true }).waitFor()
  })

  it('draws the charts in the dark theme too', async () => {
    await page.getByRole('button', { name: 'Dark theme' }).click()
    await nav('Metrics')
    await page
      .getByRole('region', { name: 'Charts of all tools' })
      .getByRole('figure')
      .first()
      .waitFor()
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark')
    await screenshot(page, 'ops-06-metrics-dark')
    expect(problems).toEqual([])
  })
})
