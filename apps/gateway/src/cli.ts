#!/usr/bin/env node
import { existsSync } from 'node:fs'
import { Command, CommanderError, InvalidArgumentError } from 'commander'
import { ConfigError, loadConfig, type GatewayConfig } from './config/env-schema.js'
import { formatConfig } from './config/print.js'
import type { ConflictStrategy } from './commands/import.js'
import { packageVersion } from './version.js'

const conflictStrategies: readonly ConflictStrategy[] = ['skip', 'update', 'rename', 'fail']
const algorithms = ['HS256', 'HS384', 'HS512']
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const programFlags = new Set(['-h', '--help', '-V', '--version'])

const examples = `
Examples:
  $ switchyard                                  start the gateway (same as: switchyard serve)
  $ switchyard serve --host 0.0.0.0 --port 8080
  $ switchyard token create --username admin@example.com --exp 60 --admin
  $ switchyard config --print                   show the effective configuration, secrets masked
  $ switchyard migrate
  $ switchyard export --out backup.json --types tools,gateways
  $ switchyard import backup.json --conflict skip --dry-run

Configuration comes from environment variables (docs/configuration.md); a .env file in the
working directory is read first when present, without overriding variables already set.
`

function config(): GatewayConfig {
  return loadConfig(process.env)
}

function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
}

function invalid(reason: string): never {
  throw new InvalidArgumentError(reason)
}

function parsePort(value: string): number {
  const port = Number(value)
  if (!/^\d+$/.test(value.trim()) || port < 1 || port > 65535) {
    invalid('Must be a whole number from 1 to 65535.')
  }
  return port
}

function parseMinutes(value: string): number {
  const minutes = Number(value)
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(minutes) || minutes < 1) {
    invalid('Must be a positive whole number of minutes.')
  }
  return minutes
}

function parseEmail(value: string): string {
  const email = value.trim()
  if (!emailPattern.test(email)) invalid('Must be an e-mail address.')
  return email
}

function parseSecret(value: string): string {
  if (value.trim() === '') invalid('Must not be empty.')
  return value
}

function parseAlgorithm(value: string): string {
  const algorithm = value.trim().toUpperCase()
  if (!algorithms.includes(algorithm)) invalid(`Must be one of ${algorithms.join(', ')}.`)
  return algorithm
}

function parseConflict(value: string): ConflictStrategy {
  const strategy = conflictStrategies.find((s) => s === value.trim().toLowerCase())
  if (!strategy) invalid(`Must be one of ${conflictStrategies.join(', ')}.`)
  return strategy
}

function parseTypes(value: string): string[] {
  const types = value
    .split(',')
    .map((type) => type.trim())
    .filter((type) => type !== '')
  if (types.length === 0) invalid('Must list at least one type, such as tools,gateways.')
  return types
}

function createProgram(): Command {
  const program = new Command('switchyard')
    .description(
      'Switchyard MCP gateway: one governed endpoint in front of MCP servers, REST APIs, gRPC services and A2A agents.',
    )
    .version(packageVersion, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpText('after', examples)
    .exitOverride()
    .configureOutput({
      outputError: (text, write) => write(`switchyard: ${text.replace(/^error: /, '')}`),
    })

  program
    .command('serve')
    .description('start the gateway server (the default command)')
    .option('--host <host>', 'interface to listen on (overrides HOST)')
    .option('--port <port>', 'port to listen on (overrides PORT)', parsePort)
    .action(async (options: { host?: string; port?: number }) => {
      // Signals count from here: one while the gateway starts (seconds: store, migrations,
      // plugins) ends it as one after does, with exit 0; a second one ends the process at once.
      const stop = new AbortController()
      process.once('SIGINT', () => stop.abort('SIGINT'))
      process.once('SIGTERM', () => stop.abort('SIGTERM'))
      const overrides: { host?: string; port?: number } = {}
      if (options.host !== undefined) overrides.host = options.host
      if (options.port !== undefined) overrides.port = options.port
      const gateway = config()
      const { serveCommand } = await import('./commands/serve.js')
      await serveCommand(gateway, overrides, stop.signal)
    })

  program
    .command('token')
    .description('create JWTs')
    .command('create')
    .description('sign a JWT for a user and print it')
    .requiredOption('-u, --username <email>', 'the user e-mail, written to sub', parseEmail)
    .option('-e, --exp <minutes>', 'lifetime in minutes (default: TOKEN_EXPIRY)', parseMinutes)
    .option('-s, --secret <key>', 'signing secret (default: JWT_SECRET_KEY)', parseSecret)
    .option('--admin', 'mark the token as an admin token (is_admin)')
    .option('--full-name <name>', 'full name, written to full_name')
    .option('--algorithm <alg>', 'HS256, HS384 or HS512 (default: JWT_ALGORITHM)', parseAlgorithm)
    .action(
      async (options: {
        username: string
        exp?: number
        secret?: string
        admin?: boolean
        fullName?: string
        algorithm?: string
      }) => {
        const gateway = config()
        const { exp, admin, ...rest } = options
        const minutes = exp ?? gateway.tokenExpiry
        const { tokenCommand } = await import('./commands/token.js')
        print(await tokenCommand({ ...rest, exp: minutes, admin: admin === true }, gateway))
      },
    )

  program
    .command('config')
    .description('print the effective configuration (secrets masked)')
    .option('--print', 'print NAME=value lines (the default action)')
    .action(() => print(formatConfig(config())))

  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(async () => {
      const gateway = config()
      const { migrateCommand } = await import('./commands/migrate.js')
      print(await migrateCommand(gateway))
    })

  program
    .command('export')
    .description('export the registry as JSON')
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .option(
      '-t, --types <list>',
      'comma-separated entity types, such as tools,gateways,a2aAgents,roles',
      parseTypes,
    )
    .action(async (options: { out?: string; types?: string[] }) => {
      const gateway = config()
      const { exportCommand } = await import('./commands/export.js')
      const text = await exportCommand(gateway, options.types ? { types: options.types } : {})
      if (options.out === undefined) return print(text)
      const { writeOutput } = await import('./commands/files.js')
      await writeOutput(options.out, text.endsWith('\n') ? text : `${text}\n`)
      process.stderr.write(`switchyard: exported to ${options.out}\n`)
    })

  program
    .command('import')
    .description('import an export file (use - for stdin)')
    .argument('<file>', 'the export file')
    .option(
      '-c, --conflict <strategy>',
      `what to do with existing entities: ${conflictStrategies.join(', ')}`,
      parseConflict,
      'update' as ConflictStrategy,
    )
    .option('--dry-run', 'report what would change without writing')
    .option('--source-secret <key>', 'AUTH_ENCRYPTION_SECRET of the exporting gateway')
    .action(
      async (
        file: string,
        options: { conflict: ConflictStrategy; dryRun?: boolean; sourceSecret?: string },
      ) => {
        const gateway = config()
        const { readInput } = await import('./commands/files.js')
        const text = await readInput(file)
        const { conflict, sourceSecret } = options
        const dryRun = options.dryRun === true
        const source = file === '-' ? 'stdin' : file
        const settings =
          sourceSecret === undefined
            ? { conflict, dryRun, source }
            : { conflict, dryRun, source, sourceSecret }
        const { importCommand } = await import('./commands/import.js')
        print(await importCommand(gateway, text, settings))
      },
    )

  return program
}

function loadDotEnv(): void {
  if (existsSync('.env')) process.loadEnvFile('.env')
}

function debugging(): boolean {
  const level = (process.env['LOG_LEVEL'] ?? '').trim().toLowerCase()
  return level === 'debug' || level === 'trace'
}

function fail(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
  if (error instanceof ConfigError) {
    process.stderr.write(`switchyard: ${error.message}\n`)
    return 2
  }
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`switchyard: ${message.split('\n')[0] ?? ''}\n`)
  if (debugging() && error instanceof Error && error.stack) {
    process.stderr.write(`${error.stack}\n`)
  }
  return 1
}

function withDefaultCommand(args: readonly string[]): string[] {
  const first = args[0]
  const bare = first === undefined || (first.startsWith('-') && !programFlags.has(first))
  return bare ? ['serve', ...args] : [...args]
}

async function main(args: readonly string[]): Promise<void> {
  try {
    loadDotEnv()
    await createProgram().parseAsync(withDefaultCommand(args), { from: 'user' })
  } catch (error) {
    process.exitCode = fail(error)
  }
}

await main(process.argv.slice(2))
