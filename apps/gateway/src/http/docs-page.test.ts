import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { createDocsApp, locateSwaggerUi } from './docs-page.js'

const app = createDocsApp({ openApiPath: '/openapi.json' })
const { dir, version } = locateSwaggerUi()

describe('GET /docs', () => {
  it('serves a Swagger UI page that loads only local assets', async () => {
    const res = await app.request('/docs')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8')
    expect(res.headers.get('cache-control')).toBe('no-cache')
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
    const html = await res.text()
    expect(html).toContain('data-openapi-url="/openapi.json"')
    expect(html).toContain(`href="/docs/assets/swagger-ui.css?v=${version}"`)
    for (const name of [
      'swagger-ui-bundle.js',
      'swagger-ui-standalone-preset.js',
      'docs-init.js',
    ]) {
      expect(html).toContain(`src="/docs/assets/${name}?v=${version}"`)
    }
    expect(html).not.toMatch(/https?:\/\//)
    expect(html).not.toMatch(/<script>/)
  })

  it('points at its assets under whatever prefix it is mounted', async () => {
    const root = new Hono().route('/v1', app)
    const html = await (await root.request('/v1/docs')).text()
    expect(html).toContain('href="/v1/docs/assets/swagger-ui.css')
  })

  it('escapes the options it writes into HTML', async () => {
    const odd = createDocsApp({ openApiPath: '/x"><script>alert(1)</script>', title: '<b>' })
    const html = await (await odd.request('/docs')).text()
    expect(html).not.toContain('<script>alert')
    expect(html).toContain('<title>&#60;b&#62;</title>')
  })
})

describe('GET /docs/assets/*', () => {
  it.each([
    ['swagger-ui.css', 'text/css; charset=utf-8'],
    ['swagger-ui-bundle.js', 'text/javascript; charset=utf-8'],
    ['swagger-ui-standalone-preset.js', 'text/javascript; charset=utf-8'],
  ])('serves %s from swagger-ui-dist as %s', async (name, type) => {
    const res = await app.request(`/docs/assets/${name}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(type)
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400')
    expect(res.headers.get('etag')).toBe(`"${version}-${name}"`)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    const body = new Uint8Array(await res.arrayBuffer())
    expect(Buffer.from(body).equals(readFileSync(join(dir, name)))).toBe(true)
  })

  it('serves the page script that starts Swagger UI', async () => {
    const res = await app.request('/docs/assets/docs-init.js')
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    const script = await res.text()
    expect(script).toContain('SwaggerUIBundle(')
    expect(script).toContain('validatorUrl: null')
  })

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await app.request('/docs/assets/swagger-ui.css')
    const etag = first.headers.get('etag') ?? ''
    const again = await app.request('/docs/assets/swagger-ui.css', {
      headers: { 'If-None-Match': `"other", ${etag}` },
    })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    const stale = await app.request('/docs/assets/swagger-ui.css', {
      headers: { 'If-None-Match': '"other"' },
    })
    expect(stale.status).toBe(200)
  })

  it.each([
    '/docs/assets/index.html',
    '/docs/assets/package.json',
    '/docs/assets/swagger-ui.js.map',
    '/docs/assets/..%2Fpackage.json',
    '/docs/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    '/docs/assets/../../package.json',
    '/docs/assets/constructor',
    '/docs/assets/__proto__',
    '/docs/assets/a/swagger-ui.css',
    '/docs/assets/',
  ])('answers 404 to %s', async (path) => {
    const res = await app.request(path)
    expect(res.status).toBe(404)
    const text = await res.text()
    expect(text).not.toContain('"version"')
  })

  it('gives the error body shape on 404', async () => {
    const res = await app.request('/docs/assets/nope.js')
    expect(await res.json()).toEqual({ detail: 'Not found', code: 'NOT_FOUND' })
  })

  it('answers HEAD without a body', async () => {
    const res = await app.request('/docs/assets/swagger-ui.css', { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8')
    expect(await res.text()).toBe('')
  })
})
