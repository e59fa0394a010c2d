/** JSON held in a column: text in SQLite, jsonb in PostgreSQL; see `json.ts`. */
export type JsonColumn = unknown

/** 0 or 1: booleans are integers in both dialects. */
export type Flag = number

interface OwnedRow {
  tags: JsonColumn
  enabled: Flag
  owner: string | null
  team: string | null
  visibility: string
  created_at: string
  updated_at: string
  /** Starts at 1 and grows by one on every update; a write naming an older one is refused. */
  version: number
}

/** Table `gateways`: upstream MCP servers. */
export interface GatewayRow extends OwnedRow {
  id: string
  name: string
  slug: string
  description: string | null
  url: string | null
  transport: string
  command: string | null
  args: JsonColumn
  env_sealed: string | null
  cwd: string | null
  auth_sealed: string | null
  passthrough_headers: JsonColumn
  status: string
  status_reason: string | null
  last_seen_at: string | null
  capabilities: JsonColumn
}

/** Table `gateway_transitions`: an upstream's state changes, `seq` counting up per upstream. */
export interface GatewayTransitionRow {
  gateway_id: string
  seq: number
  at: string
  /** A gateway status, or `disabled`. */
  status: string
  reason: string | null
}

/** Table `metrics_history`: one entity's call figures as replicas added them up. */
export interface MetricsHistoryRow {
  /** Which list of `/metrics` the entity is in: `tools`, `servers` or `upstreams`. */
  list: string
  name: string
  /** The figures, in the metrics' own mergeable form. */
  tally: JsonColumn
  updated_at: string
}

/** Table `metrics_resets`: every reset of the metrics history, in order. */
export interface MetricsResetRow {
  /** 1 for the first reset, and so on. */
  generation: number
  /** What it forgot: every list (null), one list, or one entity of it (`name`). */
  list: string | null
  name: string | null
  at: string
}

/** Table `tools`. */
export interface ToolRow extends OwnedRow {
  id: string
  name: string
  original_name: string
  display_name: string | null
  description: string | null
  integration_type: string
  request_type: string | null
  url: string | null
  gateway_id: string | null
  headers: JsonColumn
  auth_sealed: string | null
  input_schema: JsonColumn
  output_schema: JsonColumn
  annotations: JsonColumn
  integration_config: JsonColumn
  timeout_ms: number | null
  rate_limit: JsonColumn
  /** Most calls in flight at once (per node); null for no cap. */
  max_concurrency: number | null
  /** The gRPC service whose method this tool calls. */
  grpc_service_id: string | null
  /** The A2A agent this tool calls. */
  a2a_agent_id: string | null
  /** An upstream's MCP fields the gateway does not model (see `schemas/member-extras.ts`). */
  mcp_extras: JsonColumn
}

/** Table `grpc_services`: gRPC servers discovered through server reflection. */
export interface GrpcServiceRow extends OwnedRow {
  id: string
  name: string
  slug: string
  description: string | null
  target: string
  tls_sealed: string | null
  metadata_sealed: string | null
  passthrough_headers: JsonColumn
  timeout_ms: number | null
  services: JsonColumn
  /** The FileDescriptorSet reflection returned, base64. */
  descriptor_set: string
  status: string
  status_reason: string | null
  last_reflected_at: string | null
}

/** Table `a2a_agents`: A2A agents, each exposed as one tool. */
export interface A2aAgentRow extends OwnedRow {
  id: string
  name: string
  slug: string
  description: string | null
  /** The base URL the card was read from. */
  url: string
  /** The interface called: its URL, binding and protocol version. */
  endpoint_url: string
  protocol_binding: string
  protocol_version: string
  streaming: Flag
  card: JsonColumn
  auth_sealed: string | null
  last_seen_at: string | null
}

/** Table `resources`: resources and resource templates. */
export interface ResourceRow extends OwnedRow {
  id: string
  uri: string | null
  uri_template: string | null
  name: string
  title: string | null
  description: string | null
  mime_type: string | null
  size: number | null
  text: string | null
  blob: string | null
  gateway_id: string | null
  /** An upstream's MCP fields the gateway does not model (see `schemas/member-extras.ts`). */
  mcp_extras: JsonColumn
}

/** Table `prompts`. */
export interface PromptRow extends OwnedRow {
  id: string
  name: string
  original_name: string
  title: string | null
  description: string | null
  template: string
  arguments: JsonColumn
  gateway_id: string | null
  /** An upstream's MCP fields the gateway does not model (see `schemas/member-extras.ts`). */
  mcp_extras: JsonColumn
}

/** Table `prompt_revisions`: every earlier state of a prompt. */
export interface PromptRevisionRow {
  prompt_id: string
  version: number
  name: string
  /** The prompt's title, where `title_recorded` is 1 (revisions made before 0018 have none). */
  title: string | null
  title_recorded: number
  description: string | null
  template: string
  arguments: JsonColumn
  created_at: string
  created_by: string | null
}

/** Table `servers`: virtual servers. */
export interface ServerRow extends OwnedRow {
  id: string
  name: string
  description: string | null
  instructions: string | null
  icon: string | null
  icons: JsonColumn
  name_strategy: string
  a2a_agents: JsonColumn
  rate_limit: JsonColumn
  oauth: JsonColumn
}

/** Table `server_members`: which tools, resources and prompts a virtual server bundles. */
export interface ServerMemberRow {
  server_id: string
  kind: string
  member_id: string
  custom_name: string | null
  custom_description: string | null
  position: number
}

/** Table `roots`. */
export interface RootRow {
  id: string
  uri: string
  name: string | null
  created_at: string
  updated_at: string
}

/** Table `users`. */
export interface UserRow {
  email: string
  password_hash: string
  full_name: string | null
  is_admin: Flag
  is_active: Flag
  created_at: string
  updated_at: string
  failed_logins: number
  last_failed_login_at: string | null
  locked_until: string | null
  /** When the password last changed; null if never since the account was made. */
  password_changed_at: string | null
  /** Grows by one on every update (see OwnedRow). */
  version: number
}

/** Table `login_failures`: failed logins of an e-mail that has no account (lockout as in `users`). */
export interface LoginFailureRow {
  email: string
  failed_logins: number
  last_failed_login_at: string
  locked_until: string | null
}

/** An API token: only the SHA-256 of its text is stored. */
export interface ApiTokenRow {
  id: string
  jti: string
  token_hash: string
  name: string
  owner_email: string
  scope: JsonColumn
  expires_at: string | null
  created_at: string
  last_used_at: string | null
  usage_count: number
  revoked_at: string | null
  /** The token's own rate limit, if any. */
  rate_limit: JsonColumn
}

/** A session JWT revoked by logout, kept until it would have expired. */
export interface RevokedSessionRow {
  jti: string
  expires_at: string
}

/** Table `teams`. */
export interface TeamRow {
  id: string
  slug: string
  name: string
  description: string | null
  personal: Flag
  created_by: string | null
  created_at: string
  updated_at: string
  /** Grows by one on every update (see OwnedRow). */
  version: number
}

/** Table `team_members`: a user's membership of a team, as 'owner' or 'member'. */
export interface TeamMemberRow {
  team_id: string
  email: string
  role: string
  joined_at: string
}

/** Table `roles`: a named permission set, held globally or within a team. */
export interface RoleRow {
  name: string
  description: string | null
  permissions: JsonColumn
  scope: string
  built_in: Flag
  created_at: string
  updated_at: string
  /** Grows by one on every update (see OwnedRow). */
  version: number
}

/** Table `role_assignments`: a role given to a user, globally (`team_id` null) or in a team. */
export interface RoleAssignmentRow {
  id: string
  email: string
  role: string
  team_id: string | null
  granted_by: string | null
  created_at: string
}

/** The whole schema as Kysely sees it. */
export interface Database {
  gateways: GatewayRow
  gateway_transitions: GatewayTransitionRow
  metrics_history: MetricsHistoryRow
  metrics_resets: MetricsResetRow
  tools: ToolRow
  grpc_services: GrpcServiceRow
  resources: ResourceRow
  prompts: PromptRow
  prompt_revisions: PromptRevisionRow
  servers: ServerRow
  server_members: ServerMemberRow
  roots: RootRow
  users: UserRow
  login_failures: LoginFailureRow
  a2a_agents: A2aAgentRow
  api_tokens: ApiTokenRow
  revoked_sessions: RevokedSessionRow
  audit_log: AuditRow
  oauth_tokens: OAuthTokenRow
  oauth_pending: OAuthPendingRow
  oauth_clients: OAuthClientRow
  teams: TeamRow
  team_members: TeamMemberRow
  roles: RoleRow
  role_assignments: RoleAssignmentRow
}

/** Table `oauth_tokens`: an upstream's OAuth tokens for one user ('' for the shared credential). */
export interface OAuthTokenRow {
  gateway_id: string
  user_email: string
  /** Sealed JSON of the token response (access, refresh, type, scope, issuer). */
  tokens_sealed: string
  expires_at: string | null
  scopes: string | null
  updated_at: string
}

/** Table `oauth_pending`: an authorization under way, found once by its `state`. */
export interface OAuthPendingRow {
  state: string
  gateway_id: string
  user_email: string
  verifier_sealed: string
  redirect_uri: string
  redirect_after: string | null
  expires_at: string
}

/** Table `oauth_clients`: the client registered (DCR) with an upstream's AS, and its discovery state. */
export interface OAuthClientRow {
  gateway_id: string
  client_sealed: string | null
  discovery_sealed: string | null
  updated_at: string
}

/** Table `audit_log`: administrative changes and denied requests. */
export interface AuditRow {
  id: string
  /** ISO time, so that text order is time order. */
  at: string
  principal: string | null
  token_id: string | null
  action: string
  entity_kind: string | null
  entity_id: string | null
  method: string
  path: string
  outcome: string
  status: number
  reason: string | null
  client_address: string | null
  request_id: string | null
}
