import { mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect, type KyselyConfig } from 'kysely'
import { GatewayError } from '../errors.js'
import type { Database } from './database.js'
import { dialectSql, type DialectSql } from './dialect.js'
import { migrateToLatest, type MigrateReport } from './migrate.js'
import { queryLogger, type StoreQueryHook } from './store-query.js'

/** Where the store lives. */
export interface StoreOptions {
  /** `postgres://...`, `sqlite:///path/to/file.db`, or unset for the embedded default. */
  url?: string | undefined
  /** Folder of the embedded database when `url` is unset; default `./data`. */
  dataDir?: string | undefined
  /** Run migrations on open; default true. */
  migrate?: boolean
  /** PostgreSQL pool size; default 10. */
  poolSize?: number
  /** Told about every statement after it ran (for tracing); without it, statements are not observed. */
  onQuery?: StoreQueryHook
}

/** An open store: a Kysely handle plus what differs per dialect. */
export interface Store {
  db: Kysely<Database>
  dialect: DialectSql
  /** Where it is, with any password masked. */
  location: string
  /** Applies pending migrations. */
  migrate(): Promise<MigrateReport>
  /** True when the store answers a trivial query. */
  ping(): Promise<boolean>
  close(): Promise<void>
}

/** The embedded database file for a `sqlite:` URL, or for no URL at all. */
export function sqliteFileFor(url: string | undefined, dataDir = './data'): string {
  if (url === undefined || url === '') return resolve(join(dataDir, 'switchyard.db'))
  const path = url.replace(/^sqlite:\/\//, '')
  if (path === '/:memory:' || path === ':memory:') return ':memory:'
  // sqlite:///./rel.db is relative (ContextForge's form); sqlite:////abs.db and sqlite:///abs.db are absolute
  return path.startsWith('/./') ? resolve(path.slice(1)) : resolve(path)
}

function maskUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:*****@')
}

/** Kysely's statement logger, when one is installed. */
export type Log = Pick<KyselyConfig, 'log'>

/**
 * Opens the embedded database file, creating its folder. A folder that cannot be made, or a file
 * that is not SQLite, is an UNAVAILABLE error naming the file and the setting that chose it.
 */
function openSqlite(file: string, setting: string, log: Log): Kysely<Database> {
  let database: BetterSqlite3.Database | undefined
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
    database = new BetterSqlite3(file)
    database.pragma('journal_mode = WAL')
    database.pragma('synchronous = NORMAL')
    database.pragma('foreign_keys = ON')
    database.pragma('busy_timeout = 5000')
  } catch (error) {
    database?.close()
    const reason = error instanceof Error ? error.message : String(error)
    throw new GatewayError(
      'UNAVAILABLE',
      `cannot open the database file ${file} (${setting}): ${reason}`,
      { cause: error },
    )
  }
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }), ...log })
}

/** Opens (and by default migrates) the store named by `url`. */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const { url } = options
  const isPostgres = url !== undefined && /^postgres(ql)?:\/\//.test(url)
  if (url !== undefined && url !== '' && !isPostgres && !url.startsWith('sqlite:')) {
    throw new GatewayError(
      'BAD_REQUEST',
      `DATABASE_URL must start with postgres://, postgresql:// or sqlite:///, got '${maskUrl(url).slice(0, 40)}'`,
    )
  }
  const dialect = dialectSql(isPostgres ? 'postgres' : 'sqlite')
  const file = isPostgres ? '' : sqliteFileFor(url, options.dataDir)
  const { onQuery } = options
  const log: Log = onQuery
    ? { log: queryLogger(isPostgres ? 'postgresql' : 'sqlite', onQuery) }
    : {}
  // postgres.js loads only for a PostgreSQL store (the embedded default never needs it).
  const db = isPostgres
    ? (await import('./open-postgres.js')).openPostgres(url, options.poolSize ?? 10, log)
    : openSqlite(
        file,
        url === undefined || url === '' ? 'SWITCHYARD_DATA_DIR' : 'DATABASE_URL',
        log,
      )
  const location = isPostgres ? maskUrl(url) : `sqlite:///${file}`
  const store: Store = {
    db,
    dialect,
    location,
    migrate: () => migrateToLatest(db as Kysely<unknown>, dialect, location),
    ping: async () => {
      try {
        await db.selectFrom('users').select('email').limit(1).execute()
        return true
      } catch {
        return false
      }
    },
    close: () => db.destroy(),
  }
  if (options.migrate !== false) {
    try {
      await store.migrate()
    } catch (error) {
      await store.close()
      throw error
    }
  }
  return store
}
