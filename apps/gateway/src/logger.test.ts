import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { createLogger, type LogDestination } from './logger.js'

function sink(): LogDestination & { lines: string[] } {
  const lines: string[] = []
  return { lines, write: (line: string) => void lines.push(line) }
}

function records(out: { lines: string[] }): Record<string, unknown>[] {
  return out.lines.map((line) => JSON.parse(line) as Record<string, unknown>)
}

describe('createLogger', () => {
  it('writes one JSON line per record with the level by name', () => {
    const out = sink()
    const logger = createLogger({ level: 'info', destination: out })
    logger.info('started')
    logger.warn({ port: 4444 }, 'listening')
    expect(records(out)).toMatchObject([
      { level: 'info', msg: 'started' },
      { level: 'warn', msg: 'listening', port: 4444 },
    ])
    expect(typeof records(out)[0]?.['time']).toBe('number')
  })

  it('drops records below the level and writes nothing when silent', () => {
    const out = sink()
    createLogger({ level: 'warn', destination: out }).info('hidden')
    createLogger({ level: 'silent', destination: out }).error('hidden too')
    expect(out.lines).toEqual([])
  })

  it('adds child bindings to every record', () => {
    const out = sink()
    const child = createLogger({ level: 'debug', destination: out }).child({ component: 'store' })
    child.debug('opened')
    child.child({ dialect: 'sqlite' }).error({ err: new Error('boom') }, 'failed')
    const [opened, failed] = records(out)
    expect(opened).toMatchObject({ level: 'debug', component: 'store', msg: 'opened' })
    expect(failed).toMatchObject({ level: 'error', component: 'store', dialect: 'sqlite' })
    expect(failed?.['err']).toMatchObject({ type: 'Error', message: 'boom' })
  })

  it('redacts passwords, secrets, tokens and authorization headers', () => {
    const out = sink()
    createLogger({ level: 'info', destination: out }).info(
      { password: 'p', user: { secret: 's' }, headers: { authorization: 'Bearer x' }, token: 't' },
      'login',
    )
    expect(out.lines[0]).not.toMatch(/"p"|"s"|Bearer|"t"/)
    expect(records(out)[0]).toMatchObject({
      password: '*****',
      user: { secret: '*****' },
      headers: { authorization: '*****' },
      token: '*****',
    })
  })

  it('masks private keys, by field name and wherever a PEM block turns up', () => {
    const out = sink()
    const pem = '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49\n-----END PRIVATE KEY-----'
    const logger = createLogger({ level: 'info', destination: out })
    logger.info({ auth: { type: 'oauth2-client', privateKey: 'key-text' } }, 'registered')
    logger.warn(`could not read ${pem} at all`)
    expect(out.lines.join('')).not.toMatch(/key-text|MIGHAgEAMBMGByqGSM49/)
    expect(records(out)[0]).toMatchObject({ auth: { privateKey: '*****' } })
    expect(records(out)[1]).toMatchObject({ msg: 'could not read ***** at all' })
  })

  it('writes readable lines when pretty', () => {
    const out = sink()
    const logger = createLogger({ level: 'info', pretty: true, destination: out })
    logger.info({ port: 4444, host: '127.0.0.1' }, 'listening')
    logger.error({ err: new Error('boom') }, 'failed')
    expect(out.lines[0]).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} INFO {2}listening port=4444 host=127\.0\.0\.1\n$/,
    )
    expect(out.lines[1]).toMatch(/^\S+ ERROR failed\nError: boom\n {4}at /)
  })

  it('writes to stderr by default', () => {
    const logger = createLogger({ level: 'info' }) as unknown as Record<symbol, { fd?: number }>
    expect(logger[pino.symbols.streamSym]?.fd).toBe(2)
  })
})
