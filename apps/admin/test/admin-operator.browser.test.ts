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

const phone = { width: 390, height: 844 }
const longPath = `${'a-rather-long-path-segment/'.repeat(6)}mcp`

// The admin UI as a demanding operator uses it (long addresses and failure reasons, a list of
// tools on a phone, the reports actions answer with), at 1280×800 and on a phone, in Chromium
// against a real gateway (the built CLI) and a real MCP upstream.
describe("the admin UI under an operator's use", () => {
  let gateway: Running
  let upstream: Running
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const problems: string[] = []

  const rest = async (method: string, path: string, body?: unknown): Promise<Response> => {
    const res = await fetch(`${gateway.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await sessionJwtOf(context)}`,
        'content-type': 'application/json',
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    })
    expect(res.status, await res.clone().text()).toBeLessThan(300)
    return res
  }
  /** Opens a page of the same session on a phone. */
  const openPhone = async () => {
    const sized = await browser.newContext({ viewport: phone, isMobile: true, hasTouch: true })
    await sized.addCookies(await context.cookies())
    const tab = await sized.newPage()
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    return { sized, tab }
  }

  beforeAll(async () => {
    ;[gateway, upstream, browser] = await Promise.all([
      startGateway(),
      startUpstream(),
      launchChromium(),
    ])
    ;({ context, page } = await openPage(browser, problems, {
      viewport: { width: 1280, height: 800 },
    }))
    await page.goto(`${gateway.url}/admin/login`)
    await signInAs(page, admin)
    await waitForHeading(page, 'Dashboard')
    await rest('POST', '/gateways', { name: 'echo', url: upstream.url })
    await rest('POST', '/gateways', {
      name: 'weather-service-upstream',
      url: `http://127.0.0.1:9/${longPath}`,
    })
    for (let i = 0; i < 40; i++)
      await rest('POST', '/tools', {
        name: `bulk_tool_${String(i).padStart(3, '0')}`,
        description: `Bulk tool number ${i}`,
        url: `https://api.example.com/t/${i}`,
      })
  })

  afterAll(async () => {
    await browser?.close()
    await Promise.all([gateway?.stop(), upstream?.stop()])
  })

  it('keeps a row with a long address and reason short, its buttons on one line', async () => {
    await navigate(page, 'Gateways')
    const row = page.getByRole('row').filter({ hasText: 'weather-service-upstream' })
    await row.getByText('unreachable', { exact: true }).waitFor()
    await screenshot(page, 'layout-01-gateways')
    // The five buttons sit side by side, not stacked in a narrow column.
    const tops = await row
      .locator('td.row-actions > button')
      .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)))
    expect(tops).toHaveLength(5)
    expect(new Set(tops).size).toBe(1)
    // The address and the reason show three lines each; the row stays well under a screenful.
    const height = await row.evaluate((tr) => tr.getBoundingClientRect().height)
    expect(height).toBeLessThan(200)
    // "Show all" opens the whole reason, in the row.
    const reason = row.locator('.long-text').nth(1)
    const shut = await reason.evaluate((el) => el.clientHeight)
    await row.getByRole('button', { name: 'Show all' }).nth(1).click()
    await expect(reason.evaluate((el) => el.scrollHeight - el.clientHeight)).resolves.toBe(0)
    await expect(reason.evaluate((el) => el.clientHeight)).resolves.toBeGreaterThan(shut)
    await expect(reason.textContent()).resolves.toContain('ECONNREFUSED')
    await row.getByRole('button', { name: 'Show less' }).click()
    // A short address has nothing to open.
    const echo = page.getByRole('row').filter({ hasText: upstream.url })
    await expect(echo.getByRole('button', { name: 'Show all' }).count()).resolves.toBe(0)
  })

  it("keeps an unreachable upstream's reason to three lines on the dashboard", async () => {
    await navigate(page, 'Dashboard')
    const item = page
      .getByRole('list', { name: 'Upstream health' })
      .getByRole('listitem')
      .filter({ hasText: 'weather-service-upstream' })
    await item.getByText('unreachable', { exact: true }).waitFor()
    const lines = await item
      .locator('.long-text')
      .evaluate((el) => el.clientHeight / parseFloat(getComputedStyle(el).lineHeight))
    expect(Math.round(lines)).toBe(3)
    await item.getByRole('button', { name: 'Show all' }).click()
    await expect(item.locator('.long-text').textContent()).resolves.toContain('ECONNREFUSED')
  })

  it('leaves room on a phone for the selected tool below the list', async () => {
    const { sized, tab } = await openPhone()
    try {
      await tab.goto(`${gateway.url}/admin/tools`)
      await waitForHeading(tab, 'Tools')
      const list = tab.getByRole('list', { name: 'Tools' })
      await list.getByRole('button', { name: /bulk_tool_000/ }).click()
      const detail = tab.getByRole('article', { name: 'Tool bulk_tool_000' })
      await detail.waitFor()
      await screenshot(tab, 'layout-02-phone-tools')
      const listHeight = await list.evaluate((el) => el.getBoundingClientRect().height)
      expect(listHeight).toBeLessThan(phone.height * 0.4)
      // The tool's name and its "try it" start within the first screenful, without scrolling.
      const top = await detail.evaluate((el) => el.getBoundingClientRect().top)
      expect(top).toBeLessThan(phone.height * 0.75)
    } finally {
      await sized.close()
    }
  })

  it("says in words what a gateway's refresh changed, not as JSON", async () => {
    await navigate(page, 'Gateways')
    const row = page.getByRole('row').filter({ hasText: upstream.url })
    await row.getByRole('button', { name: 'Refresh' }).click()
    const note = row.getByRole('status')
    await note.waitFor()
    await expect(note.textContent()).resolves.toBe('Refreshed: nothing changed.')
  })

  it('gives the focus back to the button that opened a confirm dialog', async () => {
    await navigate(page, 'Gateways')
    const row = page.getByRole('row').filter({ hasText: upstream.url })
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent)
    await row.getByRole('button', { name: 'Delete' }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('dialog', { name: 'Delete echo?' }).waitFor()
    await expect(focusedText()).resolves.toBe('Cancel')
    await page.keyboard.press('Escape')
    await page.getByRole('dialog').waitFor({ state: 'detached' })
    await expect(focusedText()).resolves.toBe('Delete')
    // Cancel by keyboard too: Tab on from there reaches the next control, not the page's top.
    await row.getByRole('button', { name: 'Disable' }).focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await page.getByRole('dialog').waitFor({ state: 'detached' })
    await expect(focusedText()).resolves.toBe('Disable')
    await page.keyboard.press('Tab')
    await expect(focusedText()).resolves.toBe('Delete')
  })

  it("keeps an edit form's Cancel apart from its submit button", async () => {
    await navigate(page, 'Gateways')
    await page
      .getByRole('row')
      .filter({ hasText: upstream.url })
      .getByRole('button', { name: 'Edit' })
      .click()
    const form = page.getByRole('form', { name: 'Edit echo' })
    const save = await form.getByRole('button', { name: 'Save changes' }).boundingBox()
    const cancel = await form.getByRole('button', { name: 'Cancel' }).boundingBox()
    if (!save || !cancel) throw new Error('the form has no Save changes or Cancel button')
    expect(cancel.x - (save.x + save.width)).toBeGreaterThanOrEqual(6)
    await form.getByRole('button', { name: 'Cancel' }).click()
    await form.waitFor({ state: 'detached' })
  })

  it('shows latencies in whole milliseconds (a decimal under 10 ms), not to the microsecond', async () => {
    for (let i = 0; i < 3; i++)
      await rest('POST', '/rpc', {
        jsonrpc: '2.0',
        id: i,
        method: 'tools/call',
        params: { name: 'echo-echo', arguments: { message: `call ${i}` } },
      })
    await navigate(page, 'Metrics')
    const row = page.getByRole('table', { name: 'Tools' }).getByRole('row', { name: /echo-echo/ })
    await row.getByRole('cell', { name: '3', exact: true }).waitFor()
    const cells = await row.getByRole('cell').allTextContents()
    // Name, calls, error rate, p50, p95, p99, last call
    for (const latency of cells.slice(3, 6)) expect(latency).toMatch(/^(\d[\d,]*|\d\.\d) ms$/)
  })

  it("shows a template the server cannot parse beside the prompt's Template field", async () => {
    await navigate(page, 'Prompts')
    await page.getByRole('button', { name: 'New prompt' }).click()
    const form = page.getByRole('form', { name: 'New prompt' })
    await form.getByLabel('Name').fill('broken')
    await form.getByLabel('Template').fill('Hello {{ name ')
    await form.getByRole('button', { name: 'Create prompt' }).click()
    const error = fieldErrorIn(page, 'New prompt', 'Template')
    await error.waitFor()
    await expect(error.textContent()).resolves.toMatch(/^template error: /)
    await expect(form.getByLabel('Template').getAttribute('aria-invalid')).resolves.toBe('true')
    // Fixed, it saves.
    await form.getByLabel('Template').fill('Hello {{ name }}')
    await form.getByRole('button', { name: 'Create prompt' }).click()
    await form.waitFor({ state: 'detached' })
  })

  it("renders a federated prompt at its upstream and offers no template to edit (it is the upstream's)", async () => {
    await navigate(page, 'Prompts')
    await page.getByRole('button', { name: /^echo-forecast/ }).click()
    const detail = page.getByRole('article', { name: 'Prompt echo-forecast' })
    const edit = detail.getByRole('form', { name: 'Edit echo-forecast' })
    await edit.getByText('Rendered by its upstream', { exact: false }).waitFor()
    await expect(edit.getByText('city*', { exact: false }).count()).resolves.toBe(1)
    await expect(edit.getByLabel('Template').count()).resolves.toBe(0)
    await edit.getByLabel('Description').fill('Weather ahead')
    await edit.getByRole('button', { name: 'Save new version' }).click()
    await page.getByRole('button', { name: /^echo-forecast\s*v\d+ Weather ahead/ }).waitFor()
    const render = detail.getByRole('form', { name: 'Render prompt' })
    await render.getByLabel('city (required)').fill('Oslo')
    await render.getByRole('button', { name: 'Render' }).click()
    await detail
      .getByRole('status', { name: 'Rendered prompt' })
      .getByText('Forecast for Oslo?', { exact: false })
      .waitFor()
  })

  it('brings a selected log record into view on a phone, and ends a long message in an ellipsis', async () => {
    const { sized, tab } = await openPhone()
    try {
      await tab.goto(`${gateway.url}/admin/logs`)
      await waitForHeading(tab, 'Logs')
      // The unreachable upstream's discovery warnings are kept in the log.
      const line = tab
        .getByRole('list', { name: 'Log records' })
        .getByRole('button', { name: /upstream discovery failed/ })
        .first()
      await line.waitFor()
      const [msgRight, lineRight] = await line.evaluate((el) => [
        el.querySelector('.log-msg')?.getBoundingClientRect().right ?? Infinity,
        el.getBoundingClientRect().right,
      ])
      expect(msgRight).toBeLessThanOrEqual(lineRight)
      await line.click()
      const record = tab.getByRole('region', { name: 'Selected log record' })
      await record.waitFor()
      await tab.waitForFunction(() => {
        const box = document
          .querySelector('[aria-label="Selected log record"]')
          ?.getBoundingClientRect()
        return box !== undefined && box.top >= 0 && box.top < window.innerHeight - 100
      })
      await screenshot(tab, 'layout-03-phone-log-record')
    } finally {
      await sized.close()
    }
  })

  it('made no page errors', () => {
    expect(problems).toEqual([])
  })
})
