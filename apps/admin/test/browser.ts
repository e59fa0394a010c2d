import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core'
import { expect } from 'vitest'

/** Where each page's screenshot is saved (gitignored). */
export const screenshotDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'test-results',
  'screenshots',
)

/** Debian's Chromium, never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** Saves a full-page screenshot named after the step. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true })
}

/**
 * Opens a page in a new 1366×800 context; page errors, and console errors other than failed
 * requests (the bad-input steps make some), go into `problems`.
 */
export async function openPage(
  browser: Browser,
  problems: string[],
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, ...options })
  const page = await context.newPage()
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(message.text())
  })
  return { context, page }
}

/** The session JWT from the browser's HttpOnly session cookie (readable by the test, not the page). */
export async function sessionJwtOf(context: BrowserContext): Promise<string> {
  return (await context.cookies()).find((c) => c.name === 'switchyard_session')?.value ?? ''
}

/** POSTs a JSON body to the gateway with the browser's session; the test fails unless it is 2xx. */
export async function postWithSession(
  context: BrowserContext,
  url: string,
  body: unknown,
): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await sessionJwtOf(context)}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  })
  expect(res.status, await res.clone().text()).toBeLessThan(300)
}

/** How far the page reaches past the viewport's right edge (0 when it does not scroll sideways). */
export function overflowOf(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth)
}

/** Waits for the page's level-1 heading. */
export function waitForHeading(page: Page, name: string): Promise<void> {
  return page.getByRole('heading', { level: 1, name }).waitFor()
}

/**
 * Follows a link of the Sections navigation (opening it with the menu button first on a narrow
 * screen) and waits for the page it opens, titled `title`.
 */
export async function navigate(page: Page, name: string, title = name): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' })
  if (await menu.isVisible()) await menu.click()
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name }).click()
  await waitForHeading(page, title)
}

/** Fills in the sign-in form and submits it. */
export async function signInAs(
  page: Page,
  who: { email: string; password: string },
): Promise<void> {
  await page.getByLabel('E-mail').fill(who.email)
  await page.getByLabel('Password').fill(who.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/** The error shown beside a labelled field of a form. */
export function fieldErrorIn(page: Page, form: string, label: string) {
  return page
    .getByRole('form', { name: form })
    .locator('.field', { has: page.getByText(label, { exact: true }) })
    .locator('.field-error')
}
