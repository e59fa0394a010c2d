import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  fieldErrorIn,
  launchChromium,
  navigate,
  openPage,
  screenshot,
  signInAs,
  waitForHeading,
} from './browser'
import { admin, startGateway, type Running } from './processes'

/** A REST API on a free loopback port: GET /weather/{city} answers the city's weather in JSON. */
async function startWeatherApi(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const city = decodeURIComponent(/^\/weather\/([^/?]+)/.exec(req.url ?? '')?.[1] ?? '')
    res.writeHead(city ? 200 : 404, { 'content-type': 'application/json' })
    res.end(
      JSON.stringify(city ? { city, sky: 'sunny', method: req.method } : { error: 'no city' }),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

const citySchema = JSON.stringify({
  type: 'object',
  properties: { city: { type: 'string', description: 'Where' } },
  required: ['city'],
})

// REST tools on the Tools page in Chromium against a real gateway (the built CLI) and a real
// HTTP API: add one (checks and the server's rules beside their fields), run it with "try it",
// edit it and delete it. The steps build on each other, so they run in order.
describe('the admin UI REST tools', () => {
  let gateway: Running
  let weather: { url: string; server: Server }
  let browser: Browser
  let page: Page
  const problems: string[] = []
  const fieldError = (label: string) => fieldErrorIn(page, 'Add REST tool', label)

  beforeAll(async () => {
    ;[gateway, weather, browser] = await Promise.all([
      startGateway(),
      startWeatherApi(),
      launchChromium(),
    ])
    ;({ page } = await openPage(browser, problems))
    await page.goto(`${gateway.url}/admin`)
    await signInAs(page, admin)
    await waitForHeading(page, 'Dashboard')
  })

  afterAll(async () => {
    await browser?.close()
    await gateway?.stop()
    await new Promise((resolve) => weather?.server.close(resolve))
  })

  it('adds a REST tool: its own checks, then the server rules, beside the fields', async () => {
    await navigate(page, 'Tools')
    await page.getByRole('button', { name: 'Add REST tool' }).click()
    const form = page.getByRole('form', { name: 'Add REST tool' })
    await expect(
      form.getByLabel('Name').evaluate((field) => field === document.activeElement),
    ).resolves.toBe(true)
    await form.getByLabel('Input schema').fill('{"type": "object",')
    await form.getByRole('button', { name: 'Add tool' }).click()
    await expect(fieldError('Name').textContent()).resolves.toBe('Give the tool a name.')
    await expect(fieldError('URL').textContent()).resolves.toBe(
      'Enter the URL to call, such as https://host/items/{id}.',
    )
    await expect(fieldError('Input schema').textContent()).resolves.toBe(
      'Enter a JSON Schema object, such as {"type": "object", "properties": {}}.',
    )
    await form.getByLabel('Name').fill('weather')
    await form.getByLabel('URL').fill(`${weather.url}/weather/{city}`)
    await form.getByLabel('Input schema').fill('{"type": "object", "properties": {}}')
    await form.getByRole('button', { name: 'Add tool' }).click()
    await expect(fieldError('URL').textContent()).resolves.toBe(
      'the URL names {city}, which the input schema does not declare as a property',
    )
    await form.getByLabel('Input schema').fill(citySchema)
    await form.getByLabel('Description').fill('Weather by city')
    await form.getByRole('button', { name: 'Add tool' }).click()
    await form.waitFor({ state: 'detached' })
    const tool = page.getByRole('article', { name: 'Tool weather' })
    await tool.getByText(`GET ${weather.url}/weather/{city}`).waitFor()
    await page
      .getByRole('list', { name: 'Tools' })
      .getByRole('button', { name: /^weather/ })
      .waitFor()
    await screenshot(page, 'rest-01-added')
  })

  it('runs it with "try it"', async () => {
    const tool = page.getByRole('article', { name: 'Tool weather' })
    await tool.getByLabel('city (required)').fill('Zürich')
    await tool.getByRole('button', { name: 'Run tool' }).click()
    const result = tool.getByRole('status', { name: 'Tool result' })
    await result.locator('.result-text').waitFor()
    expect(JSON.parse((await result.locator('.result-text').textContent()) ?? '')).toEqual({
      city: 'Zürich',
      sky: 'sunny',
      method: 'GET',
    })
  })

  it('edits it: the form takes the focus, the change shows in its details', async () => {
    await page.getByRole('button', { name: 'Edit weather' }).click()
    const form = page.getByRole('form', { name: 'Edit weather' })
    await expect(
      form.getByLabel('Name').evaluate((field) => field === document.activeElement),
    ).resolves.toBe(true)
    await expect(form.getByLabel('Input schema').inputValue()).resolves.toContain('"city"')
    await form.getByLabel('Method').selectOption('POST')
    await form.getByLabel('Description').fill('Weather by city, posted')
    await form.getByRole('button', { name: 'Save changes' }).click()
    const tool = page.getByRole('article', { name: 'Tool weather' })
    await tool.getByText(`POST ${weather.url}/weather/{city}`).waitFor()
    await tool.getByText('Weather by city, posted').waitFor()
    // the focus is back on the Edit button, which the form took the place of
    await expect(
      page
        .getByRole('button', { name: 'Edit weather' })
        .evaluate((b) => b === document.activeElement),
    ).resolves.toBe(true)
    await tool.getByLabel('city (required)').fill('Genève')
    await tool.getByRole('button', { name: 'Run tool' }).click()
    await tool.getByText('"method":"POST"').waitFor()
    await screenshot(page, 'rest-02-edited')
  })

  it('deletes it after confirming', async () => {
    await page.getByRole('button', { name: 'Delete weather' }).click()
    await page
      .getByRole('dialog', { name: 'Delete weather?' })
      .getByRole('button', { name: 'Delete' })
      .click()
    await page.getByText('No tools yet: register a gateway or add a REST tool.').waitFor()
    await page.getByText('Select a tool to see its schema and try it.').waitFor()
    expect(problems).toEqual([])
  })
})
