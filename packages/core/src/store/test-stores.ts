import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import postgres from 'postgres'
import { openStore, type Store, type StoreOptions } from './open-store.js'

/** The PostgreSQL server tests use; each suite makes and drops its own database there. */
export const TEST_POSTGRES_URL =
  process.env.SWITCHYARD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** A store made for one test suite, and how to throw it away. */
export interface TestStore {
  store: Store
  url: string
  dispose(): Promise<void>
}

/** What a test store may be opened with besides its location. */
type TestStoreOptions = Pick<StoreOptions, 'onQuery' | 'migrate'>

/** A fresh embedded store in a temporary folder. */
export async function sqliteTestStore(options: TestStoreOptions = {}): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-test-'))
  const url = `sqlite:///${join(dir, 'test.db')}`
  const store = await openStore({ url, ...options })
  return {
    store,
    url,
    dispose: async () => {
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A fresh PostgreSQL database on the test server, dropped on dispose. */
export async function postgresTestStore(options: TestStoreOptions = {}): Promise<TestStore> {
  const name = `switchyard_test_${randomBytes(6).toString('hex')}`
  const admin = postgres(TEST_POSTGRES_URL, { max: 1, onnotice: () => undefined })
  await admin.unsafe(`create database ${name}`)
  const url = TEST_POSTGRES_URL.replace(/\/[^/?]*(\?|$)/, `/${name}$1`)
  const store = await openStore({ url, poolSize: 4, ...options })
  return {
    store,
    url,
    dispose: async () => {
      await store.close()
      await admin.unsafe(`drop database if exists ${name} with (force)`)
      await admin.end()
    },
  }
}

/** Both drivers, for `describe.each`: every store suite runs over each. */
export const testStoreDrivers = [
  { driver: 'sqlite', open: sqliteTestStore },
  { driver: 'postgres', open: postgresTestStore },
] as const
