export {
  errorMappings,
  GatewayError,
  conflict,
  isGatewayError,
  notFound,
  versionConflict,
} from './errors.js'
export type {
  DocumentProblem,
  ErrorMapping,
  FieldIssue,
  GatewayErrorCode,
  GatewayErrorOptions,
} from './errors.js'
export { newId } from './ids.js'
export {
  assertToolName,
  federatedName,
  slugify,
  TOOL_NAME_PATTERN,
  toolNameProblem,
} from './names.js'

export * from './schemas/common.js'
export * from './schemas/gateway.js'
export * from './schemas/grpc-service.js'
export * from './schemas/tool.js'
export * from './schemas/resource.js'
export * from './schemas/prompt.js'
export * from './schemas/member-extras.js'
export * from './schemas/server.js'
export * from './schemas/server-oauth.js'
export * from './schemas/root.js'
export * from './schemas/user.js'
export * from './schemas/team.js'
export * from './schemas/role.js'
export * from './schemas/a2a-agent.js'
export * from './schemas/api-token.js'
export { addressInRanges } from './ip-ranges.js'
export { maskUrlPassword } from './mask-url.js'

export { openStore, sqliteFileFor } from './store/open-store.js'
export type { Store, StoreOptions } from './store/open-store.js'
export type { StoreQuery, StoreQueryHook } from './store/store-query.js'
export { isConnectionError } from './store/connection-error.js'
export { reconnectBackoff } from './store/reconnect-backoff.js'
export type { Database } from './store/database.js'
export type { DialectName, DialectSql } from './store/dialect.js'
export type { MigrateReport } from './store/migrate.js'

export { createChangeBus } from './events/change-bus.js'
export type { Change, ChangeBus, ChangeListener, EntityKind } from './events/change-bus.js'

export type { Actor, SecretSealer, ServiceContext, Viewer } from './services/context.js'
export { BooleanParamSchema, canView, ListQuerySchema, PAGE_SIZE } from './services/list-query.js'
export type { ListQuery, Page } from './services/list-query.js'
export { invalidInput, validated, validationError } from './services/validated.js'
export { issueMessage } from './schemas/issue-message.js'
export { gatewayAuth } from './services/gateway-service.js'
export type { GatewayService } from './services/gateway-service.js'
export type { GatewayTransition } from './services/gateway-transitions.js'
export { inScope, resetOf } from './services/metrics-history-service.js'
export type {
  ForgetScope,
  HistoryEntry,
  MetricsHistoryService,
  MetricsReset,
} from './services/metrics-history-service.js'
export type { MetricsSubjects } from './services/metrics-subjects.js'
export { invokedUpstream } from './services/invoked-upstream.js'
export type {
  OAuthTokenService,
  PendingAuthorization,
  StoredUpstreamTokens,
} from './services/oauth-token-service.js'
export type {
  GrpcConnection,
  GrpcDiscovered,
  GrpcDiscoverer,
  GrpcRefreshReport,
  GrpcServiceRestore,
} from './services/grpc-connection.js'
export type { GrpcServiceRegistry } from './services/grpc-service.js'
export type { GrpcToolSpec, GrpcToolsDelta } from './services/grpc-tools-sync.js'
export type { ToolService } from './services/tool-service.js'
export type { ResourceService } from './services/resource-service.js'
export type { PromptService, RenderedPrompt } from './services/prompt-service.js'
export type { ServerService } from './services/server-service.js'
export type { RootService } from './services/root-service.js'
export type { TagInfo, TagService, TagStats, TaggedEntity } from './services/tag-service.js'
export type { LoginLockout } from './services/login-lockout.js'
export type { PasswordHasher, UserService } from './services/user-service.js'
export type { TokenCreateInput, TokenService, TokenUse } from './services/token-service.js'
export type { TeamService } from './services/team-service.js'
export { DEFAULT_ROLE, type RoleSeed, type RoleService } from './services/role-service.js'
export type { SessionService } from './services/session-service.js'
export type { A2aService } from './services/a2a-service.js'
export { createRegistry, createServices } from './registry.js'
export type { Registry, RegistryOptions, Services } from './registry.js'

export type {
  Catalog,
  CatalogA2aAgent,
  CatalogGateway,
  CatalogGrpcService,
  CatalogMember,
  CatalogPrompt,
  CatalogResource,
  CatalogServer,
  CatalogTool,
} from './catalog/catalog.js'
export type { CatalogHolder, CatalogHolderOptions } from './catalog/catalog-holder.js'

export { renderTemplate, templateVariables } from './prompts/render.js'
export type { PromptDiff } from './prompts/diff.js'
export { detectMimeType } from './resources/mime.js'

export { EXPORT_FORMAT, EXPORT_KINDS, ExportDocumentSchema } from './transfer/document.js'
export type { ExportDocument, ExportKind } from './transfer/document.js'
export { exportRegistry } from './transfer/export.js'
export { importRegistry } from './transfer/import.js'
export type { ConflictStrategy, ImportOptions, ImportReport } from './transfer/import.js'

export { syncGatewayMembers } from './federation/sync-members.js'
export type { DiscoveredMembers, MemberDelta, SyncReport } from './federation/sync-members.js'
export {
  authHeaders,
  createUpstreamPool,
  gatewayFingerprint,
  isPerUser,
} from './federation/upstream-pool.js'
export type {
  UpstreamCredentials,
  UpstreamPool,
  UpstreamPoolOptions,
} from './federation/upstream-pool.js'
export { CircuitBreaker } from './federation/circuit-breaker.js'
export type { CircuitBreakerOptions, CircuitState } from './federation/circuit-breaker.js'
export { createFederation } from './federation/federation.js'
export type { Federation, FederationJob, FederationOptions } from './federation/federation.js'
export { createServerBackend } from './router/server-backend.js'
export {
  listChanges,
  viewChanges,
  type ListChanges,
  type McpListName,
} from './router/list-changes.js'
export { spendToken } from './router/limit-checks.js'
export { createConcurrencyGate } from './limits/concurrency-gate.js'
export type { ConcurrencyGate } from './limits/concurrency-gate.js'
export { limitKeys, limitSignature, rateLimited } from './limits/rate-limiter.js'
export type { RateDecision, RateLimiter } from './limits/rate-limiter.js'
export { createInProcessLimiter } from './limits/in-process-limiter.js'
export type { InProcessLimiterOptions } from './limits/in-process-limiter.js'
export type { ServerBackendOptions } from './router/server-backend.js'
export type { MemberAccess, MemberAction } from './router/member-access.js'
export { createInflightRequests } from './router/inflight.js'
export type { ClientRequester, InflightRequests, NotificationSink } from './router/inflight.js'
export { createLogLevels, isLogLevel, LOG_LEVELS } from './router/log-levels.js'
export type { LogLevel, LogLevels } from './router/log-levels.js'
export { createInputBridge } from './router/input-bridge.js'
export { createRestInvoker } from './rest/rest-invoker.js'
export { errorResult } from './rest/rest-result.js'
export { createHttpCaller, type HttpCaller } from './rest/http-call.js'
export { createTokenCache, type TokenCache } from './rest/oauth-client-credentials.js'
export type { RestInvoker, RestInvokerOptions, ToolInvoker } from './rest/rest-invoker.js'
export { RestConfigSchema, pathParameters, restToolProblems } from './rest/rest-config.js'
export type { RestConfig } from './rest/rest-config.js'
export { createUrlPolicy } from './rest/url-policy.js'
export { checkResolved, outboundRefusal, policyLookup } from './rest/policy-lookup.js'
export type { UrlPolicy, UrlPolicyOptions } from './rest/url-policy.js'
export type { BridgeRound, InputBridge } from './router/input-bridge.js'

export { importOpenApi } from './openapi/import-openapi.js'
export type { OpenApiImportOptions, OpenApiImportReport } from './openapi/import-openapi.js'
export { OpenApiImportSchema } from './openapi/import-schema.js'
export type { OpenApiImport } from './openapi/import-schema.js'
export { operationToolName, operationTools } from './openapi/operation-tools.js'
export type {
  OperationFilter,
  OperationTool,
  OperationToolsOptions,
  SkippedOperation,
} from './openapi/operation-tools.js'
export type { RestIntegrationConfig } from './openapi/input-schema.js'
export { fetchDocumentText, parseDocumentText } from './openapi/read-document.js'
export type { FetchDocumentOptions } from './openapi/read-document.js'

export { createAuditLog } from './audit/audit-log.js'
export type { AuditLog } from './audit/audit-log.js'
export { AuditOutcomeSchema, AuditQuerySchema } from './audit/audit-schema.js'
export type { AuditEntry, AuditOutcome, AuditQuery, AuditRecord } from './audit/audit-schema.js'

export { HOOK_NAMES } from './plugins/plugin.js'
export type {
  HookName,
  HookOutcome,
  Plugin,
  PluginContext,
  PluginEntry,
  PluginMode,
  PluginTool,
  PostHook,
  PreHook,
  PreHookOutcome,
  PromptRenderPayload,
  PromptResultPayload,
  RegistrationPayload,
  ResourceReadPayload,
  ResourceResultPayload,
  ToolCallPayload,
  ToolResultPayload,
} from './plugins/plugin.js'
export { createPluginChain } from './plugins/plugin-chain.js'
export type {
  CallInfo,
  PluginChain,
  PluginChainOptions,
  PluginEvent,
} from './plugins/plugin-chain.js'
export { createPluginHost } from './plugins/plugin-host.js'
export type { PluginHost } from './plugins/plugin-host.js'
export { PluginConfigEntrySchema, PluginsConfigSchema } from './plugins/plugin-config.js'
export type { PluginConfigEntry, PluginsConfig } from './plugins/plugin-config.js'
export { loadPlugins } from './plugins/load-plugins.js'
export type { PluginFactory } from './plugins/load-plugins.js'
export { BUILTIN_NAMES, BUILTINS } from './plugins/builtins/all.js'
export type { BuiltinName } from './plugins/builtins/all.js'
export type { Builtin, BuiltinServices } from './plugins/builtins/builtin.js'
export { CacheConfigSchema, canonicalJson } from './plugins/builtins/cache.js'
export type { CacheConfig } from './plugins/builtins/cache.js'
export { luhnValid, maskPii, PII_TYPES, PiiMaskConfigSchema } from './plugins/builtins/pii-mask.js'
export type { PiiMaskConfig, PiiType } from './plugins/builtins/pii-mask.js'
export { RegexFilterConfigSchema } from './plugins/builtins/regex-filter.js'
export type { RegexFilterConfig } from './plugins/builtins/regex-filter.js'
export { SizeLimitConfigSchema } from './plugins/builtins/size-limit.js'
export type { SizeLimitConfig } from './plugins/builtins/size-limit.js'
export { WebhookConfigSchema } from './plugins/builtins/webhook.js'
export type { WebhookConfig } from './plugins/builtins/webhook.js'
