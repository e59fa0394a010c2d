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
import { admin, startGateway, startUpstream, type Running } from './processes'

const phone = { width: 390, height: 844 }

/** Every section of the navigation, with the title of the page it opens. */
const sections: [link: string, title: string][] = [
  ['Dashboard', 'Dashboard'],
  ['Gateways', 'Gateways'],
  ['Tools', 'Tools'],
  ['Virtual servers', 'Virtual servers'],
  ['Prompts', 'Prompts'],
  ['Resources', 'Resources'],
  ['Tokens', 'API tokens'],
  ['A2A agents', 'A2A agents'],
  ['gRPC services', 'gRPC services'],
  ['Users', 'Users'],
  ['Teams', 'Teams'],
  ['Roles', 'Roles'],
  ['Import and export', 'Import and export'],
  ['Metrics', 'Metrics'],
  ['Logs', 'Logs'],
]

// The admin UI on a phone (390×844, touch) in Chromium against a real gateway (the built CLI)
// and a real MCP upstream, with something on every page: each page is reached through the menu and
// none scrolls sideways; wide tables scroll in their own box; forms and dialogs fit. Then the
// same session at 1280×800 shows the navigation beside the page again, and at 2560×1440 form
// fields keep a readable width.
describe('the admin UI on a phone', () => {
  let gateway: Running
  let upstream: Running
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const problems: string[] = []

  const rest = (path: string, body: unknown) =>
    postWithSession(context, `${gateway.url}${path}`, body)
  const overflow = () => overflowOf(page)
  const menu = () => page.getByRole('button', { name: 'Menu' })
  /** The box the gateways table scrolls in. */
  const tableBox = () =>
    page.locator('.table-scroll', { has: page.getByRole('table', { name: 'Gateways' }) })
  const sectionsNav = () => page.getByRole('navigation', { name: 'Sections' })

  beforeAll(async () => {
    ;[gateway, upstream, browser] = await Promise.all([
      startGateway(),
      startUpstream(),
      launchChromium(),
    ])
    ;({ context, page } = await openPage(browser, problems, {
      viewport: phone,
      isMobile: true,
      hasTouch: true,
    }))
  })

  afterAll(async () => {
    await browser?.close()
    await Promise.all([gateway?.stop(), upstream?.stop()])
  })

  it('signs in on a page that fits, then fills the registry', async () => {
    await page.goto(`${gateway.url}/admin`)
    await page.getByRole('heading', { name: 'Sign in to Switchyard' }).waitFor()
    await expect(overflow()).resolves.toBeLessThanOrEqual(0)
    await screenshot(page, 'phone-00-login')
    await signInAs(page, admin)
    await waitForHeading(page, 'Dashboard')
    await rest('/gateways', { name: 'echo', url: upstream.url })
    // long, unbroken text in table cells: an address and the reason it cannot be reached
    await rest('/gateways', {
      name: 'weather-service-upstream',
      url: `http://127.0.0.1:9/${'a-rather-long-path/'.repeat(4)}mcp`,
    })
    await rest('/prompts', { name: 'greet', template: 'Hello {{ name }}' })
    await rest('/tokens', { name: 'ci-token-with-a-long-name', expiresInDays: 7 })
    await rest('/users', { email: 'ops-engineer@example.com', password: 'a-long-password' })
    await rest('/teams', { name: 'Platform engineering' })
    await rest('/servers', { name: 'Phone server', description: 'Everything, from a phone' })
  })

  it('reaches every page through the menu, and none scrolls sideways', async () => {
    await page.reload()
    await waitForHeading(page, 'Dashboard')
    // The navigation waits behind the menu button.
    await expect(sectionsNav().isVisible()).resolves.toBe(false)
    await expect(menu().getAttribute('aria-expanded')).resolves.toBe('false')
    await menu().click()
    await expect(menu().getAttribute('aria-expanded')).resolves.toBe('true')
    await sectionsNav().getByRole('link', { name: 'Gateways' }).waitFor()
    await page.getByRole('link', { name: `Your account (${admin.email})` }).waitFor()
    await expect(overflow()).resolves.toBeLessThanOrEqual(0)
    await screenshot(page, 'phone-01-menu')
    await menu().click()
    await expect(sectionsNav().isVisible()).resolves.toBe(false)

    for (const [index, [link, title]] of sections.entries()) {
      await navigate(page, link, title)
      // Following a link closes the menu.
      await expect(sectionsNav().isVisible(), link).resolves.toBe(false)
      await page.waitForLoadState('networkidle')
      await expect(overflow(), `${title} scrolls sideways`).resolves.toBeLessThanOrEqual(0)
      const slug = title.toLowerCase().replaceAll(' ', '-')
      await screenshot(page, `phone-${String(index + 2).padStart(2, '0')}-${slug}`)
    }
    await menu().click()
    await page.getByRole('link', { name: `Your account (${admin.email})` }).click()
    await waitForHeading(page, 'Your account')
    await expect(sectionsNav().isVisible()).resolves.toBe(false)
    await expect(overflow()).resolves.toBeLessThanOrEqual(0)
  })

  it('keeps a role with many permissions a few lines tall, the rest a tap away', async () => {
    await navigate(page, 'Roles')
    const developer = page
      .getByRole('table', { name: 'Roles' })
      .getByRole('row', { name: /^developer/ })
    const height = () => developer.evaluate((row) => row.getBoundingClientRect().height)
    // Its 30 permissions, several to a line and cut after three lines, not one per line.
    const short = await height()
    expect(short).toBeLessThan(150)
    await screenshot(page, 'phone-23-roles')
    await developer.getByRole('button', { name: 'Show all' }).click()
    expect(await height()).toBeGreaterThan(short)
    const list = developer.getByRole('list', { name: 'Permissions of developer' })
    const [listBox, last] = await Promise.all([
      list.boundingBox(),
      list.getByText('tokens.*', { exact: true }).boundingBox(),
    ])
    expect((last?.y ?? Infinity) + (last?.height ?? 0)).toBeLessThanOrEqual(
      (listBox?.y ?? 0) + (listBox?.height ?? 0) + 1,
    )
    await developer.getByRole('button', { name: 'Show less' }).click()
    expect(await height()).toBe(short)
    // A role of a few permissions has nothing to open.
    await expect(
      page
        .getByRole('row', { name: /^platform_admin/ })
        .getByRole('button')
        .count(),
    ).resolves.toBe(0)
  })

  it("spaces the dashboard's count cards as far apart down as across", async () => {
    await navigate(page, 'Dashboard')
    const cards = await page
      .locator('.counts .count')
      .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect()))
    const [first, second, third] = cards
    if (!first || !second || !third) throw new Error(`${cards.length} count cards`)
    // Two cards a row on a phone: the third starts the second row.
    expect(second.top).toBe(first.top)
    expect(third.left).toBe(first.left)
    expect(third.top - first.bottom).toBeCloseTo(second.left - first.right, 1)
  })

  it('follows a menu link by keyboard to the page, titled, and closes the menu with Escape', async () => {
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement
        return element && { id: element.id, text: element.textContent?.slice(0, 20) }
      })
    await menu().focus()
    await page.keyboard.press('Enter')
    await sectionsNav().getByRole('link', { name: 'Tokens' }).focus()
    await page.keyboard.press('Enter')
    await waitForHeading(page, 'API tokens')
    await expect(page.title()).resolves.toBe('API tokens · Switchyard admin')
    // The link followed is hidden with the menu: the focus is on the page's content instead.
    await expect(focused()).resolves.toMatchObject({ id: 'main' })
    // …without a focus ring around the whole page.
    await expect(
      page.locator('main').evaluate((element) => getComputedStyle(element).outlineStyle),
    ).resolves.toBe('none')
    await page.keyboard.press('Tab')
    await expect(
      page.evaluate(() => document.activeElement?.closest('main') !== null),
    ).resolves.toBe(true)

    await menu().focus()
    await page.keyboard.press('Enter')
    await sectionsNav().getByRole('link', { name: 'Gateways' }).focus()
    await page.keyboard.press('Escape')
    await expect(menu().getAttribute('aria-expanded')).resolves.toBe('false')
    await expect(sectionsNav().isVisible()).resolves.toBe(false)
    await expect(focused()).resolves.toEqual({ id: '', text: 'Menu' })
    await expect(page.title()).resolves.toBe('API tokens · Switchyard admin')
  })

  it('scrolls a wide table inside its box, and fits forms and dialogs on the screen', async () => {
    await navigate(page, 'Gateways')
    const rows = page.getByRole('table', { name: 'Gateways' }).getByRole('row')
    await expect.poll(() => rows.count()).toBe(3)
    const box = tableBox()
    const sizes = await box.evaluate((element) => ({
      scroll: element.scrollWidth,
      client: element.clientWidth,
      right: element.getBoundingClientRect().right,
    }))
    expect(sizes.scroll).toBeGreaterThan(sizes.client)
    expect(sizes.right).toBeLessThanOrEqual(phone.width)
    await box.evaluate((element) => element.scrollBy({ left: element.scrollWidth }))
    await page
      .getByRole('table', { name: 'Gateways' })
      .getByRole('row', { name: /^echo/ })
      .getByRole('button', { name: 'Delete' })
      .click()
    const dialog = page.getByRole('dialog', { name: 'Delete echo?' })
    const shown = await dialog.boundingBox()
    expect(shown?.x).toBeGreaterThanOrEqual(0)
    expect((shown?.x ?? 0) + (shown?.width ?? Infinity)).toBeLessThanOrEqual(phone.width)
    await screenshot(page, 'phone-20-dialog')
    await dialog.getByRole('button', { name: 'Cancel' }).click()

    // A form is one column: each field below the one before, as wide as the form.
    await page.getByRole('button', { name: 'Register gateway' }).click()
    const form = page.getByRole('form', { name: 'Register gateway' })
    await form.getByLabel('Transport').selectOption('stdio')
    await form.getByRole('button', { name: 'Add variable' }).click()
    const fields = await form
      .locator('.field, .rows-field')
      .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect()))
    expect(fields.length).toBeGreaterThan(4)
    const formBox = await form.boundingBox()
    for (const [index, field] of fields.entries()) {
      expect(field.right).toBeLessThanOrEqual((formBox?.x ?? 0) + (formBox?.width ?? 0))
      if (index > 0) expect(field.top).toBeGreaterThanOrEqual(fields[index - 1]?.bottom ?? 0)
    }
    await expect(overflow()).resolves.toBeLessThanOrEqual(0)
    await screenshot(page, 'phone-21-gateway-form')
    await page.getByRole('button', { name: 'Close form' }).click()

    await navigate(page, 'Virtual servers')
    await page
      .getByRole('article', { name: 'Virtual server Phone server' })
      .getByRole('button', { name: 'Edit' })
      .click()
    const edit = page.getByRole('form', { name: 'Edit Phone server' })
    await edit.getByRole('list', { name: 'Tools' }).getByLabel('echo-echo').check()
    await edit.getByLabel('New name for echo-echo').waitFor()
    await expect(overflow()).resolves.toBeLessThanOrEqual(0)
    await screenshot(page, 'phone-22-server-form')
    await edit.getByRole('button', { name: 'Cancel' }).click()
  })

  it('shows the navigation beside the page again on a wide screen', async () => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await navigate(page, 'Gateways')
    await expect(menu().isVisible()).resolves.toBe(false)
    await expect(sectionsNav().isVisible()).resolves.toBe(true)
    await expect(overflow()).resolves.toBeLessThanOrEqual(0)
    await expect(
      tableBox().evaluate((element) => element.scrollWidth <= element.clientWidth),
    ).resolves.toBe(true)
    await screenshot(page, 'phone-30-wide')
  })

  it('keeps form fields a readable width on a very wide screen', async () => {
    await page.setViewportSize({ width: 2560, height: 1440 })
    await page.getByRole('button', { name: 'Register gateway' }).click()
    const form = page.getByRole('form', { name: 'Register gateway' })
    await form.getByLabel('Transport').selectOption('stdio')
    const widths = await form
      .locator('input, textarea, select, fieldset')
      .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().width))
    expect(widths.length).toBeGreaterThan(4)
    // 48rem at most, not the 2,300 px of the page's width
    expect(Math.max(...widths)).toBeLessThanOrEqual(48 * 16)
    await screenshot(page, 'phone-31-very-wide-form')
    expect(problems).toEqual([])
  })
})
