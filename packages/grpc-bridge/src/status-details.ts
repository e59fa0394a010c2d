import type * as grpc from '@grpc/grpc-js'
import protobuf from 'protobufjs'
import { anyJson } from './proto-to-json.js'

/**
 * google.rpc.Status, which servers send in the `grpc-status-details-bin` trailer of a failed call,
 * and the detail messages of google/rpc/error_details.proto, for servers whose descriptors do not
 * hold them. Made at the first failure that carries details.
 */
let rpc: protobuf.Root | undefined
const RPC_PROTO = `syntax = "proto3"; package google.rpc;
  import "google/protobuf/any.proto"; import "google/protobuf/duration.proto";
  message Status { int32 code = 1; string message = 2; repeated google.protobuf.Any details = 3; }
  message ErrorInfo { string reason = 1; string domain = 2; map<string, string> metadata = 3; }
  message RetryInfo { google.protobuf.Duration retry_delay = 1; }
  message DebugInfo { repeated string stack_entries = 1; string detail = 2; }
  message QuotaFailure {
    message Violation { string subject = 1; string description = 2; }
    repeated Violation violations = 1;
  }
  message PreconditionFailure {
    message Violation { string type = 1; string subject = 2; string description = 3; }
    repeated Violation violations = 1;
  }
  message BadRequest {
    message FieldViolation {
      string field = 1; string description = 2; string reason = 3;
      LocalizedMessage localized_message = 4;
    }
    repeated FieldViolation field_violations = 1;
  }
  message RequestInfo { string request_id = 1; string serving_data = 2; }
  message ResourceInfo {
    string resource_type = 1; string resource_name = 2; string owner = 3; string description = 4;
  }
  message Help { message Link { string description = 1; string url = 2; } repeated Link links = 1; }
  message LocalizedMessage { string locale = 1; string message = 2; }`

function rpcRoot(): protobuf.Root {
  if (rpc) return rpc
  const root = new protobuf.Root()
  for (const file of ['google/protobuf/any.proto', 'google/protobuf/duration.proto'])
    root.addJSON((protobuf.common.get(file) as protobuf.INamespace).nested!)
  protobuf.parse(RPC_PROTO, root, { keepCase: true })
  root.resolveAll()
  return (rpc = root)
}

/**
 * The details of a failed call's google.rpc.Status in JSON (`BadRequest`'s field violations,
 * say), each by its type from the target's descriptors or error_details.proto; none when the
 * trailer is absent or does not decode.
 */
export function statusDetails(metadata: grpc.Metadata | undefined, root: protobuf.Root): unknown[] {
  const [bytes] = metadata?.get('grpc-status-details-bin') ?? []
  if (!Buffer.isBuffer(bytes)) return []
  try {
    const status = rpcRoot().lookupType('google.rpc.Status').decode(bytes) as unknown as {
      details: Record<string, unknown>[]
    }
    return status.details.map((detail) => anyJson(detail, [root, rpcRoot()]))
  } catch {
    // a trailer that is not a Status adds nothing to the status itself
    return []
  }
}
