import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  launchChromium,
  navigate,
  openPage,
  screenshot,
  sessionJwtOf,
  signInAs,
  waitForHeading,
} from './browser'
import { admin, startGateway, startUpstream, type Running } from './processes'

const longPath = `${'a-rather-long-path-segment/'.repeat(6)}mcp`

// How the pages hold up under what an operator really registers (long addresses and failure
// reasons, hundreds of tools), at 1280×800 and on a phone, in Chromium against a real gateway.
describe('the admin UI with long text and many items', () => {
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

  it('made no page errors', () => {
    expect(problems).toEqual([])
  })
})
