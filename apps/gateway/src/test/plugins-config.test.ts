import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../config/env-schema.js'
import { createGateway } from '../gateway.js'
import { createLogger } from '../logger.js'
import {
  firstText,
  refusal,
  registerUpstream,
  startPluginGateway,
  writePluginsConfig,
  type PluginGateway,
} from './plugin-harness.js'

const example = fileURLToPath(
  new URL('../../../../examples/plugins/audit-banner.mjs', import.meta.url),
)

// The example module plugin of docs/plugins.md, loaded from a real YAML config file.
describe('a module plugin from a config file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-plugin-module-'))
  let g: PluginGateway

  beforeAll(async () => {
    const file = join(dir, 'plugins.yaml')
    writeFileSync(
      file,
      [
        'plugins:',
        '  - name: audit',
        '    kind: module',
        `    module: ${relative(dir, example)}`,
        '    timeoutMs: 1000',
        '    config:',
        '      banner: audited',
        "      forbidden: ['drop table']",
        '',
      ].join('\n'),
    )
    g = await startPluginGateway(join(dir, 'data'), file)
    await registerUpstream(g, ['described'])
  }, 60_000)

  afterAll(async () => {
    await g?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('stamps tool results with its banner, the caller and the request id', async () => {
    const client = await g.connect()
    const result = await client.callTool({ name: 'up-echo', arguments: { text: 'hello' } })
    expect(firstText(result)).toMatch(
      /^\[audited by audit\] up-echo for admin@example.com, request [0-9a-f-]{36}$/,
    )
    expect((result.content as { text: string }[])[1]?.text).toBe('hello')
  })

  it('refuses arguments with a forbidden word with a JSON-RPC error naming the plugin', async () => {
    const client = await g.connect()
    const refused = await refusal(
      client.callTool({ name: 'up-echo', arguments: { text: 'DROP TABLE users' } }),
    )
    expect(refused?.code).toBe(-32015)
    expect(refused?.message).toContain(
      "plugin 'audit' blocked tool 'up-echo': the arguments contain the forbidden word 'drop table'",
    )
  })

  it('refuses registering a virtual server without a description (403 PLUGIN_BLOCKED)', async () => {
    const refused = await g.api('POST', '/servers', { name: 'bare' }, 403)
    expect(refused).toEqual({
      code: 'PLUGIN_BLOCKED',
      detail: "plugin 'audit' blocked create of server: a virtual server needs a description",
    })
    await g.api('POST', '/servers', { name: 'bare', description: 'now described' }, 201)
  })
})

describe('a bad plugins config stops startup with a message naming the file and the field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-plugin-config-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  async function startupError(file: string, env: Record<string, string> = {}): Promise<string> {
    const config = loadConfig({
      SWITCHYARD_DATA_DIR: join(dir, 'data'),
      LOG_LEVEL: 'silent',
      PLUGINS_CONFIG: file,
      ...env,
    })
    const error = await createGateway(config, createLogger({ level: 'silent' })).then(
      async (gateway) => {
        await gateway.close()
        throw new Error('the gateway started')
      },
      (error: unknown) => error,
    )
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).variable).toBe('PLUGINS_CONFIG')
    return (error as ConfigError).message
  }
  const builtin = (extra: Record<string, unknown>) => ({ name: 'p', kind: 'builtin', ...extra })

  it.each([
    [
      'an unknown mode',
      [builtin({ builtin: 'cache', mode: 'strict' })],
      "plugins[0].mode: must be one of 'enforce', 'permissive' or 'disabled', not 'strict'",
    ],
    [
      'an unknown built-in',
      [builtin({ builtin: 'nope' })],
      "plugins[0].builtin: must be one of 'regex-filter', 'pii-mask', 'size-limit', 'cache' or 'webhook', not 'nope'",
    ],
    [
      'a missing built-in name',
      [builtin({})],
      "plugins[0].builtin: is required when kind is 'builtin'",
    ],
    [
      'an invalid regular expression',
      [builtin({ builtin: 'regex-filter', config: { deny: ['ok', '(unclosed'] } })],
      'plugins[0].config.deny[1]: invalid regular expression',
    ],
    [
      'an unknown option',
      [builtin({ builtin: 'size-limit', config: { maxBytes: 10 } })],
      'plugins[0].config: has a field it does not know: maxBytes',
    ],
    [
      'a negative timeout',
      [builtin({ builtin: 'cache', timeoutMs: -1 })],
      'plugins[0].timeoutMs: must be greater than 0',
    ],
    [
      'a name used twice',
      [builtin({ builtin: 'cache' }), builtin({ builtin: 'pii-mask' })],
      "plugins[1].name: 'p' is used twice",
    ],
    [
      'a module that does not exist',
      [{ name: 'm', kind: 'module', module: './nope.mjs' }],
      "plugins[0].module: './nope.mjs' cannot be loaded",
    ],
  ])('%s', async (_what, plugins, expected) => {
    const file = writePluginsConfig(dir, plugins)
    const message = await startupError(file)
    expect(message).toContain(`PLUGINS_CONFIG: ${file}: ${expected}`)
  })

  it.each([
    ['(a+)+$', "in '(a+)+$', '(a+)+'"],
    ['(a|a)*b', "in '(a|a)*b', '(a|a)*'"],
    ['(.*a){20}', "'(.*a){20}'"],
  ])('a regex-filter pattern that backtracks catastrophically: %s', async (pattern, where) => {
    const file = writePluginsConfig(dir, [
      builtin({ name: 'mask', builtin: 'pii-mask' }),
      builtin({ name: 'keys', builtin: 'regex-filter', config: { deny: ['sk-[A-Za-z0-9]{20,}'] } }),
      builtin({ builtin: 'regex-filter', config: { deny: [pattern] } }),
    ])
    expect(await startupError(file)).toBe(
      `PLUGINS_CONFIG: ${file}: plugins[2].config.deny[0]: can take exponential time (catastrophic backtracking): ${where} repeats a part that can match the same text in more than one way, like (a+)+ or (a|a)*`,
    )
  })

  it('a regex-filter pattern whose scan takes the fourth power of the length, with a rewrite', async () => {
    const file = writePluginsConfig(dir, [
      builtin({ builtin: 'regex-filter', config: { deny: ['ok', '.*a.*b.*c'] } }),
    ])
    expect(await startupError(file)).toBe(
      `PLUGINS_CONFIG: ${file}: plugins[0].config.deny[1]: can take time growing with the fourth power of the text's length: in '.*a.*b.*c', '.*', '.*' and '.*' can match the same text one after another, and a scan that fails tries every way to share it out; drop the leading '.*' (a scan tries every start anyway)`,
    )
  })

  it('a module plugin that never finishes loading, after its timeoutMs', async () => {
    writeFileSync(join(dir, 'stuck.mjs'), 'export default () => new Promise(() => {})\n')
    const file = writePluginsConfig(dir, [
      { name: 'stuck', kind: 'module', module: './stuck.mjs', timeoutMs: 200 },
    ])
    expect(await startupError(file)).toBe(
      `PLUGINS_CONFIG: ${file}: plugins[0].module: plugin 'stuck' did not finish loading within 0.2 s (its timeoutMs)`,
    )
  })

  it('a module without hooks, a missing file, broken YAML, and a webhook the URL policy forbids', async () => {
    const hookless = join(dir, 'hookless.mjs')
    writeFileSync(hookless, 'export default { name: "nothing" }\n')
    const modules = writePluginsConfig(dir, [
      { name: 'm', kind: 'module', module: './hookless.mjs' },
    ])
    expect(await startupError(modules)).toContain(
      "plugins[0].module: './hookless.mjs' exports a plugin with no hooks",
    )
    const missing = join(dir, 'missing.yaml')
    expect(await startupError(missing)).toBe(`PLUGINS_CONFIG: ${missing}: cannot be read (ENOENT)`)
    const broken = join(dir, 'broken.yaml')
    writeFileSync(broken, 'plugins: [\n')
    expect(await startupError(broken)).toContain(`${broken}: is not valid YAML or JSON`)
    const webhook = writePluginsConfig(dir, [
      builtin({ builtin: 'webhook', config: { url: 'http://127.0.0.1:9/hook' } }),
    ])
    expect(await startupError(webhook, { OUTBOUND_DENY: '127.0.0.0/8' })).toMatch(
      /plugins\[0\]\.config\.url: .*127\.0\.0\.1/,
    )
  })
})
