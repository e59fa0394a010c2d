import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, navigate, openPage, screenshot, signInAs, waitForHeading } from './browser'
import { admin, startGateway, type GatewayRunning } from './processes'

/** What every call says when the gateway did not answer. */
const noAnswer =
  'The gateway did not answer: check that it is running and reachable, then try again'

// The admin UI in Chromium while its gateway (the built CLI) stops and starts again on the same
// port and store: each failure says the gateway did not answer (not "Failed to fetch"), a page
// whose code was not loaded yet says so with a retry instead of leaving a blank window, sign out
// says it did not happen, and a half-filled form keeps what was typed until it can be sent.
describe('the admin UI when its gateway stops', () => {
  let gateway: GatewayRunning
  let browser: Browser
  let page: Page
  const problems: string[] = []
  const alert = (text: string) => page.getByRole('alert').filter({ hasText: text })
  const sections = () => page.getByRole('navigation', { name: 'Sections' })

  beforeAll(async () => {
    ;[gateway, browser] = await Promise.all([startGateway(), launchChromium()])
    ;({ page } = await openPage(browser, problems))
    await page.goto(`${gateway.url}/admin`)
    await signInAs(page, admin)
    await waitForHeading(page, 'Dashboard')
    await navigate(page, 'Tokens', 'API tokens')
    await page.getByLabel('Token name').fill('Build token')
    await page.getByRole('button', { name: 'Create token' }).click()
    await page.getByRole('row', { name: /^Build token/ }).waitFor()
    await gateway.halt()
  })

  afterAll(async () => {
    await browser?.close()
    await gateway?.stop()
  })

  it('says so in a row whose action failed, the list loaded before still shown', async () => {
    await page.getByRole('button', { name: 'Revoke Build token' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click()
    const row = page.getByRole('row', { name: /^Build token/ })
    await row.getByRole('alert').waitFor()
    await expect(row.getByRole('alert').textContent()).resolves.toBe(noAnswer)
    // The list could not be fetched again after the revoke: it says so above what it showed.
    await expect(alert('Could not refresh').textContent()).resolves.toBe(
      `Could not refresh: ${noAnswer}Retry`,
    )
    await screenshot(page, 'offline-00-row-action')
  })

  it('shows a page whose code did not arrive as a load error, the app still there', async () => {
    await sections().getByRole('link', { name: 'Teams' }).click()
    await alert('Could not load').waitFor()
    await expect(alert('Could not load').textContent()).resolves.toContain(
      "This page's code did not arrive",
    )
    await expect(sections().getByRole('link').count()).resolves.toBeGreaterThan(10)
    await screenshot(page, 'offline-01-page-code')
  })

  it('keeps a half-filled form and says why it was not sent; sign out says it did not happen', async () => {
    await navigate(page, 'Virtual servers')
    await page.getByRole('button', { name: 'Create virtual server' }).click()
    const form = page.getByRole('form', { name: 'Create virtual server' })
    await form.getByLabel('Name', { exact: true }).fill('Ünïcödé server 🚀')
    await form.getByLabel('Description').fill('Zwei\nZeilen')
    await form.getByRole('button', { name: 'Create' }).click()
    await expect(form.getByRole('alert').textContent()).resolves.toBe(noAnswer)
    await expect(form.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe(
      'Ünïcödé server 🚀',
    )
    await expect(form.getByLabel('Description').inputValue()).resolves.toBe('Zwei\nZeilen')
    await screenshot(page, 'offline-02-form')

    await page.getByRole('button', { name: 'Sign out' }).click()
    await alert('Still signed in').waitFor()
    await expect(alert('Still signed in').textContent()).resolves.toBe(
      `Still signed in. ${noAnswer}.`,
    )
    expect(new URL(page.url()).pathname).toBe('/admin/servers')
  })

  it('carries on once the gateway is back: the form is sent, the page loads', async () => {
    await gateway.resume()
    const form = page.getByRole('form', { name: 'Create virtual server' })
    await form.getByRole('button', { name: 'Create' }).click()
    await page.getByRole('article', { name: 'Virtual server Ünïcödé server 🚀' }).waitFor()

    // Visited again, the page that did not load loads.
    await navigate(page, 'Teams')
    await page.getByRole('button', { name: 'Create team' }).waitFor()
    // One that does not load while the gateway is down loads on Retry once it is up.
    await gateway.halt()
    await sections().getByRole('link', { name: 'Roles' }).click()
    await alert('Could not load').waitFor()
    await gateway.resume()
    await alert('Could not load').getByRole('button', { name: 'Retry' }).click()
    await waitForHeading(page, 'Roles')
    await page.getByRole('button', { name: 'Sign out' }).click()
    await waitForHeading(page, 'Sign in to Switchyard')
    // Only the failed page load is reported (by React), besides the refused connections.
    expect(problems.filter((problem) => !problem.includes("page's code did not arrive"))).toEqual(
      [],
    )
  })
})
