import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestGateway, type TestGateway } from '../test/test-gateway.js'
import { locateAdminUi, mountAdminUi } from './admin-ui.js'

/** What a browser sends when it loads a page. */
const page = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }

describe('the admin UI at /admin (the built @switchyard/admin)', () => {
  let gateway: TestGateway
  const dist = locateAdminUi()

  beforeAll(async () => {
    gateway = await openTestGateway({ AUTH_REQUIRED: 'true' })
  })
  afterAll(() => gateway.dispose())

  it('is found through the package', () => {
    expect(dist).toMatch(/admin[\\/]dist$/)
  })

  it('serves index.html without credentials, under a strict CSP and the usual headers', async () => {
    const res = await gateway.call('GET', '/admin')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('no-cache')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    const html = await res.text()
    expect(html).toMatch(/<script type="module" crossorigin src="\/admin\/assets\/[^"]+\.js">/)
    expect(html).not.toMatch(/<script>|<script type="module">/)
    expect(html).not.toMatch(/https?:\/\//)
  })

  it('answers page loads of client routes with the same page', async () => {
    for (const path of ['/admin/', '/admin/tools', '/admin/servers/abc']) {
      const res = await gateway.call('GET', path, { headers: page })
      expect(res.status, path).toBe(200)
      expect(await res.text()).toContain('<div id="root">')
    }
  })

  it('serves hashed assets with a long immutable cache', async () => {
    const script = readdirSync(join(dist ?? '', 'assets')).find((file) => file.endsWith('.js'))
    const res = await gateway.call('GET', `/admin/assets/${script}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect((await res.text()).length).toBeGreaterThan(1000)
  })

  it('leaves requests that are not page loads under /admin to other routes', async () => {
    for (const accept of ['application/json', 'text/event-stream', '*/*']) {
      // The log stream's own route answers (it wants admin credentials), not the SPA.
      const res = await gateway.call('GET', '/admin/logs/stream', { headers: { accept } })
      expect(res.status, accept).toBe(401)
      expect(res.headers.get('content-type'), accept).toContain('application/json')
    }
  })

  it('answers a missing asset or an escape attempt with a JSON 404', async () => {
    for (const path of [
      '/admin/assets/missing.js',
      '/admin/assets/..%2F..%2Fpackage.json',
      '/admin/..%2Fpackage.json',
      '/admin/favicon.ico',
    ]) {
      const res = await gateway.call('GET', path, { headers: page })
      expect(res.status, path).toBe(404)
      expect(((await res.json()) as { code: string }).code).toBe('NOT_FOUND')
    }
  })
})

describe('when the admin UI is not there or not wanted', () => {
  it('answers 503 with how to build it when the dist folder is missing', async () => {
    const app = new Hono()
    mountAdminUi(app, undefined)
    for (const path of ['/admin', '/admin/tools']) {
      const res = await app.request(path, { headers: page })
      expect(res.status).toBe(503)
      expect(await res.text()).toContain('pnpm build')
    }
    expect((await app.request('/admin/logs/stream')).status).toBe(404)
  })

  it('serves any built folder given to it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-admin-'))
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'index.html'), '<div id="root"></div>')
    writeFileSync(join(dir, 'assets', 'a-123.css'), 'body{}')
    const app = new Hono()
    mountAdminUi(app, dir)
    expect(await (await app.request('/admin/x', { headers: page })).text()).toBe(
      '<div id="root"></div>',
    )
    const css = await app.request('/admin/assets/a-123.css')
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8')
    rmSync(dir, { recursive: true, force: true })
  })

  it('is not served when MCPGATEWAY_UI_ENABLED=false', async () => {
    const off = await openTestGateway({ MCPGATEWAY_UI_ENABLED: 'false' })
    try {
      const res = await off.call('GET', '/admin')
      expect(res.status).toBe(404)
    } finally {
      await off.dispose()
    }
  })
})
