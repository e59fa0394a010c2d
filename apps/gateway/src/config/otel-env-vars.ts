import type { EnvVar } from './env-vars.js'
import {
  flag,
  fraction,
  headerPairs,
  MAX_TIMER_MS,
  oneOf,
  pairs,
  text,
  urlOf,
  wholeNumber,
} from './env-types.js'

/** The OTLP/HTTP encodings of OTEL_EXPORTER_OTLP_PROTOCOL; protobuf is the OpenTelemetry default. */
export const OTLP_PROTOCOLS = ['http/protobuf', 'http/json'] as const

/** An OTEL_EXPORTER_OTLP_PROTOCOL value. */
export type OtlpProtocol = (typeof OTLP_PROTOCOLS)[number]

/** The values of OTEL_EXPORTER_OTLP_COMPRESSION. */
export const OTLP_COMPRESSIONS = ['none', 'gzip'] as const

/** The samplers of OTEL_TRACES_SAMPLER (the OpenTelemetry SDK's built-in ones). */
export const TRACE_SAMPLERS = [
  'parentbased_always_on',
  'parentbased_always_off',
  'parentbased_traceidratio',
  'always_on',
  'always_off',
  'traceidratio',
] as const

/** An OTEL_TRACES_SAMPLER value. */
export type TraceSamplerName = (typeof TRACE_SAMPLERS)[number]

/** An OTLP/HTTP URL. */
const httpUrl = () => urlOf(['http:', 'https:'], 'must be an http:// or https:// URL')

/**
 * The OpenTelemetry variables (trace export, sampling, resource) and the observability switch, in
 * documentation order; ENV_VARS takes them in.
 */
export const OTEL_ENV_VARS = [
  {
    name: 'OTEL_EXPORTER_OTLP_ENDPOINT',
    key: 'otelExporterOtlpEndpoint',
    schema: httpUrl(),
    type: 'URL',
    description:
      'OTLP/HTTP endpoint that traces are sent to (`{endpoint}/v1/traces`); unset (with OTEL_EXPORTER_OTLP_TRACES_ENDPOINT unset too) means tracing is off and costs nothing.',
  },
  {
    name: 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
    key: 'otelExporterOtlpTracesEndpoint',
    schema: httpUrl(),
    type: 'URL',
    description:
      'Full URL traces are posted to, used as given (no `/v1/traces` added); wins over OTEL_EXPORTER_OTLP_ENDPOINT. Either one turns tracing on.',
  },
  {
    name: 'OTEL_EXPORTER_OTLP_PROTOCOL',
    key: 'otelExporterOtlpProtocol',
    schema: oneOf(OTLP_PROTOCOLS),
    default: 'http/protobuf',
    type: '`http/protobuf` or `http/json`',
    description:
      'How exported spans are encoded: OTLP protobuf (the OpenTelemetry default, about a quarter of the encoding CPU and half the bytes) or OTLP JSON. `grpc` is not offered.',
  },
  {
    name: 'OTEL_EXPORTER_OTLP_COMPRESSION',
    key: 'otelExporterOtlpCompression',
    schema: oneOf(OTLP_COMPRESSIONS, 'lower'),
    default: 'none',
    type: '`none` or `gzip`',
    description:
      'Whether trace exports are sent gzip-compressed (`Content-Encoding: gzip`, compressed off the event loop): for a collector across a network, where bytes cost more than the compression.',
  },
  {
    name: 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL',
    key: 'otelExporterOtlpTracesProtocol',
    schema: oneOf(OTLP_PROTOCOLS),
    type: '`http/protobuf` or `http/json`',
    description: 'How trace exports are encoded; wins over OTEL_EXPORTER_OTLP_PROTOCOL.',
  },
  {
    name: 'OTEL_EXPORTER_OTLP_TRACES_COMPRESSION',
    key: 'otelExporterOtlpTracesCompression',
    schema: oneOf(OTLP_COMPRESSIONS, 'lower'),
    type: '`none` or `gzip`',
    description:
      'Whether trace exports are gzip-compressed; wins over OTEL_EXPORTER_OTLP_COMPRESSION.',
  },
  {
    name: 'OTEL_EXPORTER_OTLP_HEADERS',
    key: 'otelExporterOtlpHeaders',
    schema: headerPairs(),
    type: 'comma-separated name=value',
    description: 'Headers sent with every trace export, such as `authorization=Bearer%20abc`.',
    secret: true,
  },
  {
    name: 'OTEL_EXPORTER_OTLP_TRACES_HEADERS',
    key: 'otelExporterOtlpTracesHeaders',
    schema: headerPairs(),
    type: 'comma-separated name=value',
    description: 'Headers sent with trace exports, in place of OTEL_EXPORTER_OTLP_HEADERS.',
    secret: true,
  },
  {
    name: 'OTEL_EXPORTER_OTLP_TIMEOUT',
    key: 'otelExporterOtlpTimeout',
    schema: wholeNumber(1, MAX_TIMER_MS),
    default: '10000',
    type: 'milliseconds',
    description:
      'How long one export may take, from sending to the end of the answer; a post that takes longer is cut off and tried again (up to 3 times), then its spans are dropped.',
  },
  {
    name: 'OTEL_EXPORTER_OTLP_TRACES_TIMEOUT',
    key: 'otelExporterOtlpTracesTimeout',
    schema: wholeNumber(1, MAX_TIMER_MS),
    type: 'milliseconds',
    description: 'How long one trace export may take; wins over OTEL_EXPORTER_OTLP_TIMEOUT.',
  },
  {
    name: 'OTEL_TRACES_SAMPLER',
    key: 'otelTracesSampler',
    schema: oneOf(TRACE_SAMPLERS, 'lower'),
    default: 'parentbased_always_on',
    type: TRACE_SAMPLERS.join(', '),
    description:
      "Which traces are recorded and exported: `parentbased_*` follow the caller's `traceparent` sampled flag and decide only for traces that start here; `traceidratio` keeps the share OTEL_TRACES_SAMPLER_ARG gives, by trace id. An unsampled trace still passes its context on (flag `00`).",
  },
  {
    name: 'OTEL_TRACES_SAMPLER_ARG',
    key: 'otelTracesSamplerArg',
    schema: fraction(),
    default: '1',
    type: 'number 0-1',
    description:
      'Share of traces the `traceidratio` samplers keep, such as `0.1`; the same trace id gets the same decision on every replica.',
  },
  {
    name: 'OTEL_SERVICE_NAME',
    key: 'otelServiceName',
    schema: text(),
    type: 'string',
    description:
      '`service.name` of exported spans; unset means the `service.name` of OTEL_RESOURCE_ATTRIBUTES, else `switchyard`.',
  },
  {
    name: 'OTEL_RESOURCE_ATTRIBUTES',
    key: 'otelResourceAttributes',
    schema: pairs(),
    type: 'comma-separated name=value',
    description:
      "Attributes of the resource exported spans belong to, such as `deployment.environment.name=prod,service.namespace=agents` (values percent-encoded); `service.version` defaults to the gateway's version.",
  },
  {
    name: 'OTEL_ENABLE_OBSERVABILITY',
    key: 'observabilityEnabled',
    schema: flag(),
    default: 'true',
    type: 'boolean',
    description:
      'Record metrics (`/metrics`, `/metrics/prometheus`) and, with an OTLP endpoint, spans; false leaves the request path un-instrumented.',
  },
] as const satisfies readonly EnvVar[]
