// A real gRPC server for tests and benchmarks: the shop service of shop.proto, with server
// reflection (v1 and v1alpha, from @grpc/reflection, or v1alpha alone) unless asked not to.
import { fileURLToPath } from 'node:url'
import * as grpc from '@grpc/grpc-js'
import * as protoLoader from '@grpc/proto-loader'
import { ReflectionService } from '@grpc/reflection'
import protobuf from 'protobufjs'
import descriptor from 'protobufjs/ext/descriptor/index.js'

/** The proto file the server serves. */
export const PROTO_PATH = fileURLToPath(new URL('./shop.proto', import.meta.url))

const PRODUCTS = [
  {
    sku: 'BK-1',
    display_name: 'The Pragmatic Programmer',
    category: 'BOOKS',
    price: { currency: 'EUR', units: '42', nanos: 500_000_000 },
    tags: ['classic', 'craft'],
    attributes: { pages: '352' },
    thumbnail: Buffer.from('png!'),
    added_at: { seconds: '1700000000', nanos: 0 },
  },
  {
    sku: 'BK-2',
    display_name: 'Designing Data-Intensive Applications',
    category: 'BOOKS',
    price: { currency: 'EUR', units: '39', nanos: 0 },
    tags: ['databases'],
    attributes: {},
    thumbnail: Buffer.alloc(0),
    added_at: { seconds: '1710000000', nanos: 250_000_000 },
  },
  {
    sku: 'TL-1',
    display_name: 'Hammer',
    category: 'TOOLS',
    price: { currency: 'EUR', units: '12', nanos: 0 },
    tags: [],
    attributes: { weight: '600g' },
    thumbnail: Buffer.alloc(0),
    added_at: { seconds: '1720000000', nanos: 0 },
  },
]

/** google.rpc.Status and the detail messages the shop sends, as the wire sees them. */
const rpc = protobuf.parse(
  `syntax = "proto3";
  message Status { int32 code = 1; string message = 2; repeated Any details = 3; }
  message Any { string type_url = 1; bytes value = 2; }
  message BadRequest { repeated FieldViolation field_violations = 1; }
  message FieldViolation { string field = 1; string description = 2; }
  message Money { string currency = 1; int64 units = 2; int32 nanos = 3; }`,
  { keepCase: true },
).root
const encoded = (type, value) => rpc.lookupType(type).encode(value).finish()

/** A google.rpc.Status for `grpc-status-details-bin`: a BadRequest, a shop.v1.Money and a stranger. */
const statusDetails = (code, message) =>
  Buffer.from(
    encoded('Status', {
      code,
      message,
      details: [
        {
          type_url: 'type.googleapis.com/google.rpc.BadRequest',
          value: encoded('BadRequest', {
            field_violations: [{ field: 'sku', description: 'no such product' }],
          }),
        },
        {
          type_url: 'type.googleapis.com/shop.v1.Money',
          value: encoded('Money', { currency: 'EUR', units: '-3' }),
        },
        { type_url: 'type.googleapis.com/acme.Secret', value: Buffer.from('hi') },
      ],
    }),
  )

const cents = (money) => Number(money?.units ?? 0) * 100 + Math.round((money?.nanos ?? 0) / 1e7)
/** A line's price: its own, times its quantity, and its bundle's. */
const lineCents = (line) =>
  cents(line.unit_price) * line.quantity + line.bundle.reduce((sum, b) => sum + lineCents(b), 0)
const money = (total) => ({
  currency: 'EUR',
  units: String(Math.floor(total / 100)),
  nanos: (total % 100) * 1e7,
})

const handlers = {
  GetProduct(call, done) {
    const product = PRODUCTS.find((p) => p.sku === call.request.sku)
    if (product) done(null, product)
    else done({ code: grpc.status.NOT_FOUND, details: `no product '${call.request.sku}'` })
  },
  PlaceOrder(call, done) {
    const order = call.request
    if (order.lines.length === 0) {
      done({ code: grpc.status.INVALID_ARGUMENT, details: 'an order needs at least one line' })
      return
    }
    const total = order.lines.reduce((sum, l) => sum + lineCents(l), 0)
    const delivery =
      order.delivery === 'ship_to'
        ? `ship to ${order.ship_to.street}, ${order.ship_to.city} (${order.ship_to.country_code})`
        : `pick up at ${order.pickup_store}`
    done(null, {
      order_id: order.order_id,
      total: money(total - 100 * Object.values(order.coupons).reduce((a, b) => a + b, 0)),
      placed_at: { seconds: '1800000000', nanos: 0 },
      estimated_delivery: { seconds: order.tier === 'GOLD' ? '86400' : '259200', nanos: 0 },
      delivery,
      receipt_number: '18446744073709551615',
    })
  },
  ListProducts(call) {
    const { category, limit } = call.request
    const chosen = PRODUCTS.filter((p) => p.category === category).slice(0, limit || undefined)
    for (const product of chosen) call.write(product)
    call.end()
  },
  SumLines(call, done) {
    let total = 0
    let count = 0
    call.on('data', (line) => {
      total += lineCents(line)
      count += 1
    })
    call.on('end', () => done(null, { total: money(total), count }))
  },
  Chat(call) {
    call.on('data', (message) => call.write({ text: message.text.toUpperCase() }))
    call.on('end', () => call.end())
  },
  EchoKnown(call, done) {
    done(null, call.request)
  },
  Fail(call, done) {
    const { code, message, with_details: withDetails } = call.request
    const metadata = new grpc.Metadata()
    if (withDetails) metadata.set('grpc-status-details-bin', statusDetails(code, message))
    done(Object.assign(new Error(message), { code, details: message, metadata }))
  },
  Whoami(call, done) {
    const fields = {}
    for (const [key, values] of Object.entries(call.metadata.getMap()))
      fields[key] = { stringValue: String(values) }
    done(null, { fields })
  },
}

/** A unary method of a service in package broken.v1 whose request and answer is `message`. */
const brokenFile = (name, service, message, dependency = []) =>
  descriptor.FileDescriptorProto.encode({
    name,
    package: 'broken.v1',
    syntax: 'proto3',
    dependency,
    messageType: [message],
    service: [
      {
        name: service,
        method: [
          {
            name: 'Call',
            inputType: `.broken.v1.${message.name}`,
            outputType: `.broken.v1.${message.name}`,
          },
        ],
      },
    ],
  }).finish()

/** A message field of a type that no file the server has defines. */
const strayField = (typeName) => ({
  name: 'stray',
  jsonName: 'stray',
  number: 1,
  label: 1,
  type: 11,
  typeName,
})

/**
 * Descriptors for two services reflection lists but cannot describe: broken.v1.Lost imports a file
 * the server does not have, broken.v1.Garbled refers to a type nothing defines.
 */
const BROKEN_FILES = {
  'broken.v1.Lost': {
    fileDescriptorProtos: [
      brokenFile(
        'broken/lost.proto',
        'Lost',
        { name: 'Ask', field: [strayField('.gone.v1.Gone')] },
        ['gone/gone.proto'],
      ),
    ],
  },
  'broken.v1.Garbled': {
    fileDescriptorProtos: [
      brokenFile('broken/garbled.proto', 'Garbled', {
        name: 'Note',
        field: [strayField('.broken.v1.Nowhere')],
      }),
    ],
  },
}

/** Where the reflection services go: all of them, or (`'v1alpha'`) only the v1alpha one. */
function reflectionHost(server, reflection) {
  if (reflection !== 'v1alpha') return server
  return {
    addService(service, implementation) {
      if (
        Object.values(service).some((method) => method.path.startsWith('/grpc.reflection.v1alpha.'))
      )
        server.addService(service, implementation)
    },
  }
}

/**
 * Starts the shop server on 127.0.0.1 (port 0: a free one). Options: `reflection` (default true;
 * `'v1alpha'` serves only the older reflection service),
 * `tls` ({ key, cert, ca, requireClientCert } as PEM strings) for TLS or mTLS, `broken: true` to
 * also list two services reflection cannot describe (broken.v1.Lost and broken.v1.Garbled),
 * `broken: 'only'` to list only those.
 */
export async function startShopServer(options = {}) {
  const definition = protoLoader.loadSync(PROTO_PATH, {
    keepCase: true,
    longs: String,
    enums: String,
    defaults: true,
    oneofs: true,
  })
  const proto = grpc.loadPackageDefinition(definition)
  const server = new grpc.Server()
  let cancelled = 0
  server.addService(proto.shop.v1.Shop.service, {
    ...handlers,
    Sleep(call, done) {
      const timer = setTimeout(() => done(null, {}), call.request.ms)
      call.on('cancelled', () => {
        cancelled += 1
        clearTimeout(timer)
      })
    },
  })
  if (options.reflection !== false) {
    const described =
      options.broken === 'only'
        ? BROKEN_FILES
        : options.broken
          ? { ...definition, ...BROKEN_FILES }
          : definition
    new ReflectionService(described).addToServer(reflectionHost(server, options.reflection))
  }
  const { tls } = options
  const credentials = tls
    ? grpc.ServerCredentials.createSsl(
        tls.ca ? Buffer.from(tls.ca) : null,
        [{ private_key: Buffer.from(tls.key), cert_chain: Buffer.from(tls.cert) }],
        tls.requireClientCert === true,
      )
    : grpc.ServerCredentials.createInsecure()
  const port = await new Promise((resolve, reject) =>
    server.bindAsync(`127.0.0.1:${options.port ?? 0}`, credentials, (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  )
  return {
    target: `127.0.0.1:${port}`,
    port,
    get cancelledSleeps() {
      return cancelled
    },
    close: () =>
      new Promise((resolve) => {
        server.tryShutdown(() => resolve())
        setTimeout(() => server.forceShutdown(), 1_000).unref()
      }),
  }
}
