import { startAgent, type TestAgent } from '@switchyard/a2a-fixture'
import { startShopServer, type ShopServer } from '@switchyard/grpc-fixture'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestGateway, type TestGateway } from './test-gateway.js'

type Json = Record<string, unknown>
type Failure = { detail: string; code: string; errors?: { path: string; message: string }[] }

/** One bad request: where it goes, what it sends, the field it must name and what it must say. */
interface Case {
  what: string
  /** `METHOD /path`, with `:name` standing for the id of an entity made in `beforeAll`. */
  to: string
  body: unknown
  field: string
  says: string | RegExp
}

/** Words zod uses by default, which mean nothing to someone calling the API. */
const JARGON =
  /Too big|Too small|Invalid (key|input|option|string|discriminator|element|value)|Unrecognized key|expected \w+, received|[<>]=?\d/

const long = (length: number, char = 'x') => char.repeat(length)
const many = <T>(count: number, item: (i: number) => T) =>
  Array.from({ length: count }, (_, i) => item(i))

const gateway = { name: 'g', url: 'http://127.0.0.1:9/mcp' }
const stdio = { name: 'p', command: 'node' }
const restTool = { name: 'rt', url: 'http://127.0.0.1:9/x' }
const resource = { uri: 'docs://r', name: 'r', content: 'x' }
const prompt = { name: 'pr', template: 'hi' }
const role = { name: 'rl', permissions: ['tools.read'] }
const exported = (entities: Json) => ({
  format: 'switchyard-export/1',
  exportedAt: '2026-01-01T00:00:00Z',
  entities,
})

// prettier-ignore
const CASES: Case[] = [
  // gateways
  { what: 'too long', to: 'POST /gateways', body: { ...gateway, name: long(256) }, field: 'name', says: 'must be at most 255 characters' },
  { what: 'too long', to: 'POST /gateways', body: { ...gateway, description: long(4097) }, field: 'description', says: 'must be at most 4096 characters' },
  { what: 'wrong type', to: 'POST /gateways', body: { ...gateway, name: 42 }, field: 'name', says: 'must be a string, not a number' },
  { what: 'missing', to: 'POST /gateways', body: { url: gateway.url }, field: 'name', says: 'is required' },
  { what: 'unknown enum value', to: 'POST /gateways', body: { ...gateway, transport: 'pigeon' }, field: 'transport', says: "must be one of 'streamablehttp', 'sse', 'websocket' or 'stdio', not 'pigeon'" },
  { what: 'unknown enum value', to: 'POST /gateways', body: { ...gateway, visibility: 'secret' }, field: 'visibility', says: "must be one of 'private', 'team' or 'public', not 'secret'" },
  { what: 'too many', to: 'POST /gateways', body: { ...gateway, tags: many(51, (i) => `t${i}`) }, field: 'tags', says: 'at most 50 tags' },
  { what: 'wrong type', to: 'POST /gateways', body: { ...gateway, tags: 'solo' }, field: 'tags', says: 'must be an array, not a string' },
  { what: 'too long', to: 'POST /gateways', body: { ...gateway, tags: [long(65)] }, field: 'tags.0', says: 'tag must be at most 64 characters' },
  { what: 'unknown enum value', to: 'POST /gateways', body: { ...gateway, auth: { type: 'magic' } }, field: 'auth.type', says: /^must be one of 'none', 'basic', 'bearer', 'headers', 'oauth2', .*, not 'magic'$/ },
  { what: 'too short', to: 'POST /gateways', body: { ...gateway, auth: { type: 'basic', username: '', password: 'p' } }, field: 'auth.username', says: 'must not be empty' },
  { what: 'too many', to: 'POST /gateways', body: { ...gateway, passthroughHeaders: many(65, (i) => `X-H${i}`) }, field: 'passthroughHeaders', says: 'must have at most 64 items' },
  { what: 'too long', to: 'POST /gateways', body: { ...stdio, command: long(1025) }, field: 'command', says: 'must be at most 1024 characters' },
  { what: 'wrong type', to: 'POST /gateways', body: { ...stdio, args: [1] }, field: 'args.0', says: 'must be a string, not a number' },
  { what: 'too long', to: 'POST /gateways', body: { ...stdio, env: { BIG: long(32_769) } }, field: 'env.BIG', says: 'must be at most 32768 characters' },
  { what: 'too many', to: 'POST /gateways', body: { ...stdio, env: Object.fromEntries(many(257, (i) => [`V${i}`, 'x'])) }, field: 'env', says: 'must have at most 256 variables' },
  { what: 'wrong type', to: 'POST /gateways', body: { ...stdio, env: { N: 5 } }, field: 'env.N', says: 'must be a string, not a number' },
  { what: 'too long', to: 'POST /gateways', body: { ...stdio, env: { [long(257, 'A')]: 'x' } }, field: `env.${long(257, 'A')}`, says: 'must be at most 256 characters' },
  { what: 'wrong type', to: 'POST /gateways', body: { ...stdio, env: ['A=1'] }, field: 'env', says: 'must be an object, not an array' },
  { what: 'NUL character', to: 'POST /gateways', body: { ...stdio, env: { KEY: 'secret\u0000value' } }, field: 'env.KEY', says: 'must not contain a NUL character' },
  { what: 'NUL character', to: 'POST /gateways', body: { ...stdio, args: ['a\u0000b'] }, field: 'args.0', says: 'must not contain a NUL character' },
  { what: 'too short', to: 'PUT /gateways/:gateway', body: { name: '' }, field: 'name', says: 'must not be empty' },
  { what: 'out of range', to: 'PUT /gateways/:gateway', body: { version: 0 }, field: 'version', says: 'must be greater than 0' },
  { what: 'unknown enum value', to: 'PUT /gateways/:gateway', body: { transport: 7 }, field: 'transport', says: "must be one of 'streamablehttp', 'sse', 'websocket' or 'stdio', not 7" },
  { what: 'too long', to: 'PUT /gateways/:gateway', body: { cwd: long(1025) }, field: 'cwd', says: 'must be at most 1024 characters' },
  // tools: REST
  { what: 'too long', to: 'POST /tools', body: { ...restTool, description: long(16_385) }, field: 'description', says: 'must be at most 16384 characters' },
  { what: 'wrong type', to: 'POST /tools', body: { ...restTool, name: ['rt'] }, field: 'name', says: 'must be a string, not an array' },
  { what: 'unknown enum value', to: 'POST /tools', body: { ...restTool, requestType: 'fetch' }, field: 'requestType', says: "must be one of 'GET', 'POST', 'PUT', 'PATCH' or 'DELETE', not 'FETCH'" },
  { what: 'unknown enum value', to: 'POST /tools', body: { ...restTool, integrationType: 'SOAP' }, field: 'integrationType', says: "must be one of 'MCP', 'REST', 'GRPC' or 'A2A', not 'SOAP'" },
  { what: 'out of range', to: 'POST /tools', body: { ...restTool, timeoutMs: 50 }, field: 'timeoutMs', says: 'must be at least 100' },
  { what: 'wrong type', to: 'POST /tools', body: { ...restTool, timeoutMs: 'fast' }, field: 'timeoutMs', says: 'must be a number, not a string' },
  { what: 'not whole', to: 'POST /tools', body: { ...restTool, timeoutMs: 150.5 }, field: 'timeoutMs', says: 'must be a whole number' },
  { what: 'out of range', to: 'POST /tools', body: { ...restTool, rateLimit: { requests: 0, windowSeconds: 60 } }, field: 'rateLimit.requests', says: 'must be greater than 0' },
  { what: 'out of range', to: 'POST /tools', body: { ...restTool, rateLimit: { requests: 5, windowSeconds: 86_401 } }, field: 'rateLimit.windowSeconds', says: 'must be at most 86400' },
  { what: 'missing', to: 'POST /tools', body: { ...restTool, rateLimit: { requests: 5 } }, field: 'rateLimit.windowSeconds', says: 'is required' },
  { what: 'out of range', to: 'POST /tools', body: { ...restTool, maxConcurrency: 10_001 }, field: 'maxConcurrency', says: 'must be at most 10000' },
  { what: 'too long', to: 'POST /tools', body: { ...restTool, headers: { 'X-A': long(8193) } }, field: 'headers.X-A', says: 'must be at most 8192 characters' },
  { what: 'bad key', to: 'POST /tools', body: { ...restTool, headers: { 'bad header': 'v' } }, field: 'headers.bad header', says: 'not a valid header name' },
  { what: 'wrong type', to: 'POST /tools', body: { ...restTool, annotations: [] }, field: 'annotations', says: 'must be an object, not an array' },
  { what: 'out of range', to: 'POST /tools', body: { ...restTool, integrationConfig: { retries: 11 } }, field: 'integrationConfig.retries', says: 'must be at most 10' },
  { what: 'unknown enum value', to: 'POST /tools', body: { ...restTool, integrationConfig: { body: 'xml' } }, field: 'integrationConfig.body', says: "must be one of 'json', 'form' or 'raw', not 'xml'" },
  { what: 'wrong type', to: 'POST /tools', body: { ...restTool, integrationConfig: { query: 'a' } }, field: 'integrationConfig.query', says: 'must be an array, not a string' },
  { what: 'wrong type', to: 'POST /tools', body: { ...restTool, inputSchema: 'x' }, field: 'inputSchema', says: 'must be an object, not a string' },
  { what: 'missing', to: 'POST /tools', body: { ...restTool, auth: { type: 'oauth2', tokenUrl: 'https://idp.example/t', clientSecret: 's' } }, field: 'auth.clientId', says: 'is required' },
  { what: 'wrong type', to: 'PUT /tools/:restTool', body: { version: 'x' }, field: 'version', says: 'must be a number, not a string' },
  // tools: gRPC and A2A kinds
  { what: 'kind without its source', to: 'POST /tools', body: { name: 'gt', integrationType: 'grpc' }, field: 'integrationType', says: /register it with POST \/grpc/ },
  { what: 'kind without its url', to: 'POST /tools', body: { name: 'at', integrationType: 'a2a' }, field: 'url', says: 'an A2A tool needs a url' },
  { what: 'out of range', to: 'PUT /tools/:grpcTool', body: { timeoutMs: 600_001 }, field: 'timeoutMs', says: 'must be at most 600000' },
  { what: 'too long', to: 'PUT /tools/:a2aTool', body: { displayName: long(256) }, field: 'displayName', says: 'must be at most 255 characters' },
  { what: 'unknown enum value', to: 'PUT /tools/:a2aTool', body: { visibility: 'everyone' }, field: 'visibility', says: "must be one of 'private', 'team' or 'public', not 'everyone'" },
  // tools: from an OpenAPI document
  { what: 'wrong type', to: 'POST /tools/openapi', body: { spec: 5 }, field: 'spec', says: 'must be an object or a string, not a number' },
  { what: 'unknown enum value', to: 'POST /tools/openapi', body: { url: 'https://api.example/openapi.json', methods: ['FETCH'] }, field: 'methods.0', says: "must be one of 'GET', 'POST', 'PUT', 'PATCH' or 'DELETE', not 'FETCH'" },
  { what: 'too few', to: 'POST /tools/openapi', body: { url: 'https://api.example/openapi.json', tags: [] }, field: 'tags', says: 'must not be empty' },
  { what: 'too long', to: 'POST /tools/generate-schemas-from-openapi', body: { url: 'https://api.example/openapi.json', serverName: long(256) }, field: 'serverName', says: 'must be at most 255 characters' },
  // resources
  { what: 'too long', to: 'POST /resources', body: { ...resource, uri: `docs://${long(4090)}` }, field: 'uri', says: 'must be at most 4096 characters' },
  { what: 'too long', to: 'POST /resources', body: { ...resource, name: long(256) }, field: 'name', says: 'must be at most 255 characters' },
  { what: 'wrong type', to: 'POST /resources', body: { ...resource, mimeType: 5 }, field: 'mimeType', says: 'must be a string, not a number' },
  { what: 'wrong type', to: 'POST /resources', body: { ...resource, content: {} }, field: 'content', says: 'must be a string, not an object' },
  { what: 'wrong type', to: 'POST /resources', body: { ...resource, tags: [5] }, field: 'tags.0', says: 'must be a string, not a number' },
  { what: 'too short', to: 'POST /resources', body: { ...resource, title: '' }, field: 'title', says: 'must not be empty' },
  { what: 'too long', to: 'PUT /resources/:resource', body: { description: long(16_385) }, field: 'description', says: 'must be at most 16384 characters' },
  { what: 'out of range', to: 'PUT /resources/:resource', body: { version: -3 }, field: 'version', says: 'must be greater than 0' },
  // prompts
  { what: 'wrong type', to: 'POST /prompts', body: { ...prompt, template: 5 }, field: 'template', says: 'must be a string, not a number' },
  { what: 'missing', to: 'POST /prompts', body: { name: 'pr' }, field: 'template', says: 'is required' },
  { what: 'too many', to: 'POST /prompts', body: { ...prompt, arguments: many(65, (i) => ({ name: `a${i}` })) }, field: 'arguments', says: 'must have at most 64 items' },
  { what: 'wrong type', to: 'POST /prompts', body: { ...prompt, arguments: [{ name: 5 }] }, field: 'arguments.0.name', says: 'must be a string, not a number' },
  { what: 'wrong type', to: 'POST /prompts', body: { ...prompt, arguments: [{ name: 'a', required: 'yes' }] }, field: 'arguments.0.required', says: 'must be true or false, not a string' },
  { what: 'too long', to: 'POST /prompts', body: { ...prompt, arguments: [{ name: 'a', description: long(4097) }] }, field: 'arguments.0.description', says: 'must be at most 4096 characters' },
  { what: 'wrong type', to: 'PUT /prompts/:prompt', body: { template: null }, field: 'template', says: 'must be a string, not null' },
  { what: 'not a template', to: 'PUT /prompts/:prompt', body: { template: 'Hello {{ name ' }, field: 'template', says: /^template error: / },
  { what: 'not a template', to: 'POST /prompts', body: { ...prompt, template: '{% if %}' }, field: 'template', says: /^template error: / },
  { what: 'wrong type', to: 'PUT /prompts/:prompt', body: { tags: {} }, field: 'tags', says: 'must be an array, not an object' },
  // servers
  { what: 'too long', to: 'POST /servers', body: { name: long(256) }, field: 'name', says: 'must be at most 255 characters' },
  { what: 'wrong type', to: 'POST /servers', body: { name: 's', associatedTools: 'a' }, field: 'associatedTools', says: 'must be an array, not a string' },
  { what: 'wrong type', to: 'POST /servers', body: { name: 's', associatedTools: [5] }, field: 'associatedTools.0', says: 'must be a string or an object, not a number' },
  { what: 'wrong type', to: 'POST /servers', body: { name: 's', associatedTools: [{ id: 't', name: 5 }] }, field: 'associatedTools.0.name', says: 'must be a string, not a number' },
  { what: 'too short', to: 'POST /servers', body: { name: 's', associatedTools: [{ id: '' }] }, field: 'associatedTools.0.id', says: 'must not be empty' },
  { what: 'too many', to: 'POST /servers', body: { name: 's', icons: many(17, () => ({ src: 'a' })) }, field: 'icons', says: 'must have at most 16 items' },
  { what: 'missing', to: 'POST /servers', body: { name: 's', icons: [{}] }, field: 'icons.0.src', says: 'is required' },
  { what: 'too long', to: 'POST /servers', body: { name: 's', icon: long(8193) }, field: 'icon', says: 'must be at most 8192 characters' },
  { what: 'unknown enum value', to: 'POST /servers', body: { name: 's', nameStrategy: 'short' }, field: 'nameStrategy', says: "must be one of 'prefixed' or 'original', not 'short'" },
  { what: 'not whole', to: 'POST /servers', body: { name: 's', rateLimit: { requests: 1.5, windowSeconds: 1 } }, field: 'rateLimit.requests', says: 'must be a whole number' },
  { what: 'unknown field', to: 'POST /servers', body: { name: 's', oauth: { issuer: 'https://idp.example', colour: 'red' } }, field: 'oauth.colour', says: 'is not a known field' },
  { what: 'bad key', to: 'POST /servers', body: { name: 's', oauth: { issuer: 'https://idp.example', scopeMap: { 'a b': ['tools.read'] } } }, field: 'oauth.scopeMap.a b', says: 'a scope may not hold spaces, quotes or backslashes' },
  { what: 'too many', to: 'POST /servers', body: { name: 's', oauth: { issuer: 'https://idp.example', requiredScopes: many(21, (i) => `s${i}`) } }, field: 'oauth.requiredScopes', says: 'must have at most 20 items' },
  { what: 'too short', to: 'POST /servers', body: { name: 's', associatedA2aAgents: [''] }, field: 'associatedA2aAgents.0', says: 'must not be empty' },
  { what: 'unknown enum value', to: 'PUT /servers/:server', body: { nameStrategy: 1 }, field: 'nameStrategy', says: "must be one of 'prefixed' or 'original', not 1" },
  { what: 'out of range', to: 'PUT /servers/:server', body: { version: 0 }, field: 'version', says: 'must be greater than 0' },
  // a2a
  { what: 'too long', to: 'POST /a2a', body: { url: 'http://127.0.0.1:9', name: long(256) }, field: 'name', says: 'must be at most 255 characters' },
  { what: 'wrong scheme', to: 'POST /a2a', body: { url: 'ftp://127.0.0.1:9' }, field: 'url', says: 'must be an absolute http:// or https:// URL' },
  { what: 'unknown enum value', to: 'POST /a2a', body: { url: 'http://127.0.0.1:9', auth: { type: 'oauth2' } }, field: 'auth.type', says: "must be one of 'none', 'basic', 'bearer' or 'headers', not 'oauth2'" },
  { what: 'too short', to: 'POST /a2a', body: { url: 'http://127.0.0.1:9', auth: { type: 'bearer', token: '' } }, field: 'auth.token', says: 'must not be empty' },
  { what: 'wrong type', to: 'POST /a2a', body: { url: 'http://127.0.0.1:9', description: 5 }, field: 'description', says: 'must be a string, not a number' },
  { what: 'too long', to: 'PUT /a2a/:agent', body: { description: long(16_385) }, field: 'description', says: 'must be at most 16384 characters' },
  { what: 'unknown enum value', to: 'PUT /a2a/:agent', body: { visibility: 'world' }, field: 'visibility', says: "must be one of 'private', 'team' or 'public', not 'world'" },
  // grpc
  { what: 'too long', to: 'POST /grpc', body: { name: 'gs', target: `${long(510)}:80` }, field: 'target', says: 'must be at most 512 characters' },
  { what: 'wrong type', to: 'POST /grpc', body: { name: 'gs', target: 5 }, field: 'target', says: 'must be a string, not a number' },
  { what: 'only reflection', to: 'POST /grpc', body: { name: 'gs', target: 'localhost:1', reflectionEnabled: false }, field: 'reflectionEnabled', says: 'only discovery through server reflection is supported' },
  { what: 'wrong type', to: 'POST /grpc', body: { name: 'gs', target: 'localhost:1', tlsEnabled: 'yes' }, field: 'tlsEnabled', says: 'must be true or false, not a string' },
  { what: 'out of range', to: 'POST /grpc', body: { name: 'gs', target: 'localhost:1', timeoutMs: 99 }, field: 'timeoutMs', says: 'must be at least 100' },
  { what: 'bad key', to: 'POST /grpc', body: { name: 'gs', target: 'localhost:1', metadata: { 'bad key': 'v' } }, field: 'metadata.bad key', says: 'metadata keys are letters, digits, _ . and -' },
  { what: 'too long', to: 'POST /grpc', body: { name: 'gs', target: 'localhost:1', metadata: { k: long(8193) } }, field: 'metadata.k', says: 'must be at most 8192 characters' },
  { what: 'too short', to: 'POST /grpc', body: { name: 'gs', target: 'localhost:1', tls: { serverName: '' } }, field: 'tls.serverName', says: 'must not be empty' },
  { what: 'out of range', to: 'PUT /grpc/:grpc', body: { timeoutMs: 600_001 }, field: 'timeoutMs', says: 'must be at most 600000' },
  { what: 'refused header', to: 'PUT /grpc/:grpc', body: { passthroughHeaders: ['Cookie'] }, field: 'passthroughHeaders.0', says: /^Cookie carries the caller's credentials/ },
  // roots
  { what: 'too long', to: 'POST /roots', body: { uri: `file:///${long(4090)}` }, field: 'uri', says: 'must be at most 4096 characters' },
  { what: 'wrong type', to: 'POST /roots', body: { uri: 5 }, field: 'uri', says: 'must be a string, not a number' },
  { what: 'missing', to: 'POST /roots', body: {}, field: 'uri', says: 'is required' },
  { what: 'too long', to: 'POST /roots', body: { uri: 'file:///a', name: long(256) }, field: 'name', says: 'must be at most 255 characters' },
  { what: 'too short', to: 'PUT /roots/:root', body: { name: ' ' }, field: 'name', says: 'must not be empty' },
  { what: 'wrong type', to: 'PUT /roots/:root', body: { uri: [] }, field: 'uri', says: 'must be a string, not an array' },
  { what: 'wrong type', to: 'POST /roots', body: [], field: '(body)', says: 'must be an object, not an array' },
  // list queries
  { what: 'wrong type', to: 'GET /tools?limit=many', body: undefined, field: 'limit', says: 'must be a number' },
  { what: 'out of range', to: 'GET /servers?limit=0', body: undefined, field: 'limit', says: 'must be at least 1' },
  { what: 'unknown enum value', to: 'GET /gateways?visibility=world', body: undefined, field: 'visibility', says: "must be one of 'private', 'team' or 'public', not 'world'" },
  // tags
  { what: 'wrong type', to: 'PUT /tags/:tag', body: { name: 5 }, field: 'name', says: 'must be a string, not a number' },
  { what: 'missing', to: 'PUT /tags/:tag', body: {}, field: 'name', says: 'is required' },
  { what: 'too long', to: 'PUT /tags/:tag', body: { name: long(65) }, field: 'name', says: 'tag must be at most 64 characters' },
  // users
  { what: 'wrong type', to: 'POST /users', body: { email: 5, password: 'long-password' }, field: 'email', says: 'must be an e-mail address' },
  { what: 'too short', to: 'POST /users', body: { email: 'u@example.com', password: 'short' }, field: 'password', says: 'must be at least 8 characters' },
  { what: 'too long', to: 'POST /users', body: { email: 'u@example.com', password: long(1025) }, field: 'password', says: 'must be at most 1024 characters' },
  { what: 'too long', to: 'POST /users', body: { email: 'u@example.com', password: 'long-password', fullName: long(256) }, field: 'fullName', says: 'must be at most 255 characters' },
  { what: 'wrong type', to: 'POST /users', body: { email: 'u@example.com', password: 'long-password', isAdmin: 'yes' }, field: 'isAdmin', says: 'must be true or false, not a string' },
  { what: 'wrong type', to: 'PUT /users/:user', body: { isActive: 1 }, field: 'isActive', says: 'must be true or false, not a number' },
  { what: 'not whole', to: 'PUT /users/:user', body: { version: 1.5 }, field: 'version', says: 'must be a whole number' },
  // tokens
  { what: 'too long', to: 'POST /tokens', body: { name: long(256) }, field: 'name', says: 'must be at most 255 characters' },
  { what: 'out of range', to: 'POST /tokens', body: { name: 'tk', expiresInDays: 0 }, field: 'expiresInDays', says: 'must be at least 1' },
  { what: 'out of range', to: 'POST /tokens', body: { name: 'tk', expiresInDays: 3651 }, field: 'expiresInDays', says: 'must be at most 3650' },
  { what: 'bad format', to: 'POST /tokens', body: { name: 'tk', expiresAt: 'tomorrow' }, field: 'expiresAt', says: /^must be a date and time such as 2030-01-31T12:00:00Z/ },
  { what: 'too many', to: 'POST /tokens', body: { name: 'tk', scope: { permissions: many(51, () => 'tools.read') } }, field: 'scope.permissions', says: 'must have at most 50 items' },
  { what: 'too few', to: 'POST /tokens', body: { name: 'tk', scope: { serverIds: [] } }, field: 'scope.serverIds', says: 'must not be empty' },
  { what: 'unknown field', to: 'POST /tokens', body: { name: 'tk', scope: { colour: 'red' } }, field: 'scope.colour', says: 'is not a known field' },
  { what: 'wrong type', to: 'POST /tokens', body: { name: 'tk', rateLimit: { requests: 'many', windowSeconds: 1 } }, field: 'rateLimit.requests', says: 'must be a number, not a string' },
  { what: 'too short', to: 'PUT /tokens/:token', body: { name: ' ' }, field: 'name', says: 'must not be empty' },
  { what: 'out of range', to: 'PUT /tokens/:token', body: { rateLimit: { requests: 0, windowSeconds: 1 } }, field: 'rateLimit.requests', says: 'must be greater than 0' },
  { what: 'fixed field', to: 'PUT /tokens/:token', body: { scope: { serverIds: ['x'] } }, field: 'scope', says: 'cannot be changed once the token exists: create a new token' },
  { what: 'fixed field', to: 'PUT /tokens/:token', body: { expiresInDays: 30 }, field: 'expiresInDays', says: 'cannot be changed once the token exists: create a new token' },
  // teams and members
  { what: 'too long', to: 'POST /teams', body: { name: long(256) }, field: 'name', says: 'must be at most 255 characters' },
  { what: 'too long', to: 'POST /teams', body: { name: 't', description: long(2049) }, field: 'description', says: 'must be at most 2048 characters' },
  { what: 'wrong type', to: 'POST /teams', body: { name: 5 }, field: 'name', says: 'must be a string, not a number' },
  { what: 'too long', to: 'PUT /teams/:team', body: { slug: long(65) }, field: 'slug', says: 'must be at most 64 characters' },
  { what: 'wrong type', to: 'PUT /teams/:team', body: { version: 'one' }, field: 'version', says: 'must be a number, not a string' },
  { what: 'unknown enum value', to: 'POST /teams/:team/members', body: { email: 'a@example.com', role: 'boss' }, field: 'role', says: "must be one of 'owner' or 'member', not 'boss'" },
  { what: 'wrong type', to: 'POST /teams/:team/members', body: { email: ['a@example.com'] }, field: 'email', says: 'must be an e-mail address' },
  { what: 'unknown enum value', to: 'PUT /teams/:team/members/:user', body: { role: 'boss' }, field: 'role', says: "must be one of 'owner' or 'member', not 'boss'" },
  { what: 'missing', to: 'PUT /teams/:team/members/:user', body: {}, field: 'role', says: "is required: one of 'owner' or 'member'" },
  // rbac roles
  { what: 'too long', to: 'POST /rbac/roles', body: { ...role, name: long(65, 'r') }, field: 'name', says: 'must be at most 64 characters' },
  { what: 'too many', to: 'POST /rbac/roles', body: { ...role, permissions: many(201, () => 'tools.read') }, field: 'permissions', says: 'must have at most 200 items' },
  { what: 'wrong type', to: 'POST /rbac/roles', body: { ...role, permissions: 'tools.read' }, field: 'permissions', says: 'must be an array, not a string' },
  { what: 'unknown enum value', to: 'POST /rbac/roles', body: { ...role, scope: 'planet' }, field: 'scope', says: "must be one of 'global' or 'team', not 'planet'" },
  { what: 'too long', to: 'POST /rbac/roles', body: { ...role, description: long(2049) }, field: 'description', says: 'must be at most 2048 characters' },
  { what: 'missing', to: 'POST /rbac/roles', body: { name: 'rl' }, field: 'permissions', says: 'is required' },
  { what: 'wrong type', to: 'PUT /rbac/roles/:role', body: { permissions: [5] }, field: 'permissions.0', says: 'must be a string, not a number' },
  { what: 'wrong type', to: 'POST /rbac/users/:user/roles', body: { role: 5 }, field: 'role', says: 'must be a string, not a number' },
  { what: 'too long', to: 'POST /rbac/users/:user/roles', body: { role: 'developer', teamId: long(65) }, field: 'teamId', says: 'must be at most 64 characters' },
  // import
  { what: 'wrong literal', to: 'POST /import', body: { ...exported({}), format: 'other/1' }, field: 'format', says: "format must be 'switchyard-export/1'" },
  { what: 'too long', to: 'POST /import', body: exported({ gateways: [{ name: long(256), transport: 'sse' }] }), field: 'entities.gateways.0.name', says: 'must be at most 255 characters' },
  { what: 'unknown enum value', to: 'POST /import', body: exported({ gateways: [{ name: 'x', transport: 'pigeon' }] }), field: 'entities.gateways.0.transport', says: "must be one of 'streamablehttp', 'sse', 'websocket' or 'stdio', not 'pigeon'" },
  { what: 'wrong type', to: 'POST /import', body: exported({ tools: 'x' }), field: 'entities.tools', says: 'must be an array, not a string' },
  { what: 'out of range', to: 'POST /import', body: exported({ servers: [{ name: 's', rateLimit: { requests: 1, windowSeconds: 86_401 } }] }), field: 'entities.servers.0.rateLimit.windowSeconds', says: 'must be at most 86400' },
  { what: 'unknown enum value', to: 'POST /import', body: { document: exported({}), conflictStrategy: 'merge' }, field: 'conflictStrategy', says: "must be one of 'skip', 'update', 'rename' or 'fail', not 'merge'" },
]

describe('REST refusals name the field and say what is wrong in plain words', () => {
  let gw: TestGateway
  let shop: ShopServer
  let agent: TestAgent
  const ids: Record<string, string> = {}
  const as = async (method: string, path: string, body?: unknown) => {
    const res = await gw.call(method, path, {
      token: gw.adminToken,
      ...(body !== undefined && { body }),
    })
    return { status: res.status, body: (await res.json()) as Json & Json[] }
  }
  const made = async (path: string, body: Json, key = 'id') => {
    const res = await as('POST', path, body)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return String(res.body[key])
  }

  beforeAll(async () => {
    ;[gw, shop, agent] = await Promise.all([
      openTestGateway(),
      startShopServer(),
      startAgent('answering'),
    ])
    ids.gateway = await made('/gateways', {
      name: 'up',
      url: 'http://127.0.0.1:9/mcp',
      tags: ['blue'],
    })
    ids.tag = 'blue'
    ids.restTool = await made('/tools', { name: 'rest-tool', url: 'http://127.0.0.1:9/x' })
    ids.grpc = await made('/grpc', { name: 'shop', target: shop.target })
    const tools = (await as('GET', '/tools?limit=100')).body
    ids.grpcTool = String(tools.find((tool) => tool.grpcServiceId === ids.grpc)?.id)
    const registered = await as('POST', '/a2a', { url: agent.url })
    expect(registered.status, JSON.stringify(registered.body)).toBe(201)
    ids.agent = String(registered.body.id)
    ids.a2aTool = String(registered.body.toolId)
    ids.resource = await made('/resources', { uri: 'docs://kept', name: 'kept', content: 'x' })
    ids.prompt = await made('/prompts', { name: 'kept', template: 'hi' })
    ids.server = await made('/servers', { name: 'kept' })
    ids.root = await made('/roots', { uri: 'file:///kept' })
    ids.team = await made('/teams', { name: 'kept' })
    ids.user = await made(
      '/users',
      { email: 'kept@example.com', password: 'long-password' },
      'email',
    )
    ids.token = await made('/tokens', { name: 'kept' })
    ids.role = await made('/rbac/roles', { name: 'kept', permissions: ['tools.read'] }, 'name')
    await made('/teams/' + ids.team + '/members', { email: ids.user }, 'email')
  })
  afterAll(async () => {
    await Promise.all([shop?.close(), agent?.close()])
    await gw?.dispose()
  })

  it('covers every create and update route that takes a body', () => {
    const tried = new Set(CASES.map((c) => c.to.replace(/:\w+/g, ':id')))
    const writes = gw.routes
      .filter((route) => route.body && ['post', 'put', 'patch'].includes(route.method))
      .map((route) => `${route.method.toUpperCase()} ${route.path.replace(/:\w+/g, ':id')}`)
    // calls rather than writes: invoking, signing in, rolling back, checking, rendering
    const calls = ['/invoke', '/jsonrpc', '/auth/', '/rollback', '/check']
    const missing = writes.filter(
      (write) =>
        !tried.has(write) &&
        !write.startsWith('PATCH') && // the same schema as the PUT beside it
        !calls.some((part) => write.includes(part)) &&
        write !== 'POST /prompts/:id',
    )
    expect(missing).toEqual([])
  })

  it.each(CASES)('$to $field: $what', async ({ to, body, field, says }) => {
    const [method = '', template = ''] = to.split(' ')
    const path = template.replace(/:(\w+)/g, (_, key: string) =>
      encodeURIComponent(ids[key] ?? key),
    )
    const { status, body: answer } = await as(method, path, body)
    const failure = answer as unknown as Failure
    expect(status, JSON.stringify(answer).slice(0, 600)).toBe(422)
    expect(failure.code).toBe('VALIDATION_FAILED')
    const named = failure.errors?.find((issue) => issue.path === field)
    expect(named, JSON.stringify(failure.errors).slice(0, 600)).toBeDefined()
    if (typeof says === 'string') expect(named?.message).toBe(says)
    else expect(named?.message).toMatch(says)
    expect(failure.detail).toContain(`${field}: ${named?.message ?? ''}`)
    expect(failure.detail).not.toMatch(JARGON)
    for (const issue of failure.errors ?? []) expect(issue.message).not.toMatch(JARGON)
  })
})
