import { describe, expect, it } from 'vitest'
import { loadConfig } from './env-schema.js'
import { ENV_VARS } from './env-vars.js'
import { maskUrlPassword } from '@switchyard/core'
import { formatConfig } from './print.js'

describe('formatConfig', () => {
  const text = formatConfig(
    loadConfig({
      JWT_SECRET_KEY: 'jwt-secret-value',
      BASIC_AUTH_USER: 'ops',
      BASIC_AUTH_PASSWORD: 'basic-secret-value',
      DATABASE_URL: 'postgres://app:db-secret-value@db:5432/app',
      REDIS_URL: 'redis://:redis-secret-value@cache:6379',
      PORT: '5000',
    }),
  )
  const lines = text.split('\n')

  it('prints one NAME=value line per variable in table order', () => {
    expect(lines.map((line) => line.split('=')[0])).toEqual(ENV_VARS.map((v) => v.name))
    expect(lines).toContain('PORT=5000')
    expect(lines).toContain('AUTH_REQUIRED=true')
    expect(lines).toContain('BASIC_AUTH_USER=ops')
    expect(lines).toContain('OTEL_EXPORTER_OTLP_ENDPOINT=(unset)')
  })

  it('masks secrets and passwords inside URLs', () => {
    expect(text).not.toMatch(/secret-value|my-test-salt|changeme/)
    expect(lines).toContain('JWT_SECRET_KEY=*****')
    expect(lines).toContain('AUTH_ENCRYPTION_SECRET=*****')
    expect(lines).toContain('BASIC_AUTH_PASSWORD=*****')
    expect(lines).toContain('PLATFORM_ADMIN_PASSWORD=*****')
    expect(lines).toContain('DATABASE_URL=postgres://app:*****@db:5432/app')
    expect(lines).toContain('REDIS_URL=redis://:*****@cache:6379')
  })
})

describe('maskUrlPassword', () => {
  it('masks passwords and password-like query parameters', () => {
    expect(maskUrlPassword('postgres://u:p@h/db?sslmode=require&password=x')).toBe(
      'postgres://u:*****@h/db?sslmode=require&password=*****',
    )
  })

  it('leaves URLs without a password alone', () => {
    expect(maskUrlPassword('sqlite:///./data/switchyard.db')).toBe('sqlite:///./data/switchyard.db')
    expect(maskUrlPassword('redis://cache:6379')).toBe('redis://cache:6379')
  })

  it('masks what looks like credentials in text that is not a URL', () => {
    expect(maskUrlPassword('not a url //user:pw@host')).toBe('not a url //user:*****@host')
  })
})
