import { startAgent, type TestAgent } from '@switchyard/a2a-fixture'
import { startShopServer, type ShopServer } from '@switchyard/grpc-fixture'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  fieldErrorIn,
  launchChromium,
  navigate,
  openPage,
  postWithSession,
  screenshot,
  signInAs,
  waitForHeading,
} from './browser'
import { admin, startGateway, type Running } from './processes'

/** Every page with a table or cards of entities: link, title. */
const pages: [link: string, title: string][] = [
  ['Gateways', 'Gateways'],
  ['Virtual servers', 'Virtual servers'],
  ['Tokens', 'API tokens'],
  ['A2A agents', 'A2A agents'],
  ['gRPC services', 'gRPC services'],
  ['Users', 'Users'],
  ['Teams', 'Teams'],
  ['Roles', 'Roles'],
]

/**
 * The buttons and links in `scope` whose accessible name (an aria-label) does not hold their
 * visible text, as "name ≠ text" (WCAG 2.5.3: speech users say what they see).
 */
function namesWithoutTheirText(scope: Locator): Promise<string[]> {
  return scope.locator('button[aria-label], a[aria-label]').evaluateAll((elements) =>
    elements
      .map((element) => ({
        name: (element.getAttribute('aria-label') ?? '').toLowerCase(),
        text: (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim().toLowerCase(),
      }))
      .filter(({ name, text }) => text !== '' && !name.includes(text))
      .map(({ name, text }) => `${name} ≠ ${text}`),
  )
}

/** The accessible names of the row buttons and links in `scope` (aria-label, else the text). */
function rowActionNames(scope: Locator): Promise<string[]> {
  return scope
    .locator('.row-actions button, .row-actions a')
    .evaluateAll((elements) =>
      elements.map(
        (element) => element.getAttribute('aria-label') ?? (element as HTMLElement).innerText,
      ),
    )
}

// Controls on every page that lists entities, two of each, in Chromium against a real gateway
// (the built CLI), a real A2A agent and a real gRPC server: every row's buttons say which row they
// act on; a button's name holds the words it shows, also once its row is opened; a toggle keeps
// its name when pressed; an edit form takes the focus and gives it back.
describe('the admin UI controls', () => {
  let gateway: Running
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let agent: TestAgent
  let shop: ShopServer
  const problems: string[] = []

  const rest = (path: string, body: unknown) =>
    postWithSession(context, `${gateway.url}${path}`, body)

  beforeAll(async () => {
    ;[gateway, browser, agent, shop] = await Promise.all([
      startGateway(),
      launchChromium(),
      startAgent('answering'),
      startShopServer(),
    ])
    ;({ context, page } = await openPage(browser, problems))
    await page.goto(`${gateway.url}/admin`)
    await signInAs(page, admin)
    await waitForHeading(page, 'Dashboard')
    for (const n of [1, 2]) {
      await rest('/gateways', { name: `Upstream ${n}`, url: `http://127.0.0.1:9/mcp${n}` })
      await rest('/servers', { name: `Server ${n}` })
      await rest('/tokens', { name: `Token ${n}` })
      await rest('/a2a', { name: `Agent ${n}`, url: agent.url })
      await rest('/grpc', { name: `Shop ${n}`, target: shop.target })
      await rest('/users', { email: `user${n}@example.com`, password: 'a-long-password' })
      await rest('/teams', { name: `Team ${n}` })
      await rest('/rbac/roles', { name: `custom_${n}`, permissions: ['tools.read'] })
    }
  })

  afterAll(async () => {
    await browser?.close()
    await Promise.all([gateway?.stop(), agent?.close(), shop?.close()])
  })

  it('names each row button after its row, with the words it shows', async () => {
    for (const [link, title] of pages) {
      await navigate(page, link, title)
      const main = page.getByRole('main')
      await main.locator('.row-actions').first().waitFor()
      const names = await rowActionNames(main)
      expect(names.length, title).toBeGreaterThan(0)
      expect(
        names.filter((name, index) => names.indexOf(name) !== index),
        `${title}: buttons of different rows share a name`,
      ).toEqual([])
      await expect(namesWithoutTheirText(page.locator('body')), title).resolves.toEqual([])
      // Opened (history, members, methods, the invoke form), a row's toggle still says so.
      const toggles = main.locator('.row-actions [aria-expanded="false"]')
      for (let i = (await toggles.count()) - 1; i >= 0; i--) await toggles.nth(i).click()
      await expect(namesWithoutTheirText(main), `${title}, opened`).resolves.toEqual([])
      await screenshot(page, `names-${link.replace(/\W+/g, '-').toLowerCase()}`)
    }
  })

  it('moves the focus into an edit form and back to its Edit button when it closes', async () => {
    const focusedIn = (name: string) =>
      page.getByRole('form', { name }).evaluate((form) => form.contains(document.activeElement))
    const cases: [link: string, button: string, form: string, close: string][] = [
      ['Gateways', 'Edit Upstream 1', 'Edit Upstream 1', 'Cancel'],
      ['Users', 'Edit user1@example.com', 'Edit user1@example.com', 'Cancel'],
      ['Roles', 'Edit role custom_1', 'Edit role custom_1', 'Save role'],
      ['Virtual servers', 'Edit Server 1', 'Edit Server 1', 'Cancel'],
    ]
    for (const [link, button, form, close] of cases) {
      await navigate(page, link)
      await page.getByRole('button', { name: button }).click()
      await expect(focusedIn(form), link).resolves.toBe(true)
      await page.getByRole('form', { name: form }).getByRole('button', { name: close }).click()
      await page.getByRole('form', { name: form }).waitFor({ state: 'detached' })
      await expect(
        page.getByRole('button', { name: button }).evaluate((b) => b === document.activeElement),
        link,
      ).resolves.toBe(true)
    }
  })

  it('edits a team, an A2A agent and a gRPC service in forms that take the focus', async () => {
    const focused = (locator: Locator) => locator.evaluate((e) => e === document.activeElement)
    const edit = async (link: string, title: string, name: string, form: string) => {
      await navigate(page, link, title)
      await page.getByRole('button', { name: `Edit ${name}` }).click()
      const shown = page.getByRole('form', { name: form })
      // the first field: URL for an agent, Name otherwise
      await expect(focused(shown.getByRole('textbox').first()), link).resolves.toBe(true)
      return shown
    }
    const team = await edit('Teams', 'Teams', 'Team 1', 'Edit team Team 1')
    await team.getByLabel('Name').fill('')
    await team.getByRole('button', { name: 'Save team' }).click()
    await expect(fieldErrorIn(page, 'Edit team Team 1', 'Name').textContent()).resolves.toBe(
      'Give the team a name.',
    )
    await team.getByLabel('Name').fill('Équipe Un')
    await team.getByLabel('Description').fill('Première équipe')
    await team.getByRole('button', { name: 'Save team' }).click()
    await team.waitFor({ state: 'detached' })
    await page.getByRole('row', { name: /^Équipe Un .*Première équipe/ }).waitFor()
    await expect(focused(page.getByRole('button', { name: 'Edit Équipe Un' }))).resolves.toBe(true)

    const agent = await edit('A2A agents', 'A2A agents', 'Agent 1', 'Edit Agent 1')
    await agent.getByLabel('Description').fill('Answers in echoes')
    await agent.getByRole('button', { name: 'Save changes' }).click()
    await agent.waitFor({ state: 'detached' })
    // saved: the form opened again shows it
    await page.getByRole('button', { name: 'Edit Agent 1' }).click()
    await expect(agent.getByLabel('Description').inputValue()).resolves.toBe('Answers in echoes')
    await agent.getByRole('button', { name: 'Cancel' }).click()

    const service = await edit('gRPC services', 'gRPC services', 'Shop 1', 'Edit Shop 1')
    await service.getByLabel('Target').fill('127.0.0.1')
    await service.getByRole('button', { name: 'Save changes' }).click()
    await expect(fieldErrorIn(page, 'Edit Shop 1', 'Target').textContent()).resolves.toBe(
      'must be host:port with a port of 1-65535, such as localhost:50051',
    )
    await service.getByLabel('Target').fill(shop.target)
    await service.getByLabel('Name').fill('Shop Eins')
    await service.getByRole('button', { name: 'Save changes' }).click()
    await service.waitFor({ state: 'detached' })
    await page
      .getByRole('row', { name: /^Shop Eins/ })
      .locator('.badge', { hasText: 'active' })
      .waitFor()
  })

  it('makes a long list one Tab stop, its rows a press of an arrow key apart', async () => {
    await navigate(page, 'Tools')
    const list = page.getByRole('list', { name: 'Tools' })
    const focusedRow = () =>
      page.evaluate(() => document.activeElement?.querySelector('.name')?.textContent ?? null)
    const names = await list.locator('.name').allTextContents()
    expect(names.length).toBeGreaterThan(10)
    await page.getByLabel('Upstream').focus()
    await page.keyboard.press('Tab')
    await expect(focusedRow()).resolves.toBe(names[0])
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect(focusedRow()).resolves.toBe(names[2])
    await page.keyboard.press('ArrowUp')
    await expect(focusedRow()).resolves.toBe(names[1])
    await page.keyboard.press('Enter')
    const tool = page.getByRole('article', { name: `Tool ${names[1]}` })
    await tool.waitFor()
    // Tab leaves the list for the tool's details, past the other rows
    await page.keyboard.press('Tab')
    await expect(
      tool.evaluate((article) => article.contains(document.activeElement)),
    ).resolves.toBe(true)
    // back into the list at the row last on, and to its end
    await page.keyboard.press('Shift+Tab')
    await expect(focusedRow()).resolves.toBe(names[1])
    // the last tool, rendered once the list scrolled to it
    await page.keyboard.press('End')
    await expect.poll(focusedRow).not.toBe(names[1])
    const rendered = await list.locator('.name').allTextContents()
    await expect(focusedRow()).resolves.toBe(rendered.at(-1))
    expect(rendered.at(-1)).not.toBe(names.at(-1))
    await page.keyboard.press('Home')
    await expect.poll(focusedRow).toBe(names[0])
  })

  it('keeps a toggle button’s name when it is pressed: the theme, the log pause', async () => {
    const theme = page.getByRole('banner').locator('button[aria-pressed]')
    const before = await theme.evaluate((button) => (button as HTMLElement).innerText)
    await expect(namesWithoutTheirText(page.getByRole('banner'))).resolves.toEqual([])
    await theme.click()
    const dark = await page.evaluate(() => document.documentElement.dataset.theme === 'dark')
    await expect(theme.getAttribute('aria-pressed')).resolves.toBe(String(dark))
    await expect(theme.evaluate((button) => (button as HTMLElement).innerText)).resolves.toBe(
      before,
    )
    await expect(namesWithoutTheirText(page.getByRole('banner'))).resolves.toEqual([])
    await page.getByRole('button', { name: before, exact: true }).waitFor()

    await navigate(page, 'Logs')
    await page.getByRole('button', { name: 'Pause' }).click()
    // Its words change to Resume: it is an action button then, not a pressed "Resume".
    const resume = page.getByRole('button', { name: /^Resume/ })
    await expect(resume.getAttribute('aria-pressed')).resolves.toBeNull()
    await resume.click()
    expect(problems).toEqual([])
  })
})
