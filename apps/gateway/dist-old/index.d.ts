export { createApp, type AppOptions } from './app.js';
export { createGateway, type Gateway } from './gateway.js';
export { startGateway, type RunningGateway } from './server.js';
export { loadConfig, ConfigError, type GatewayConfig, type GatewayEnv, } from './config/env-schema.js';
export { createLogger, type Logger, type LoggerOptions } from './logger.js';
export { createGatewayAuth, type GatewayAuth, type GatewayAuthOptions, } from './auth/gateway-auth.js';
export { buildOpenApiDocument, type OperationSpec } from './http/openapi.js';
//# sourceMappingURL=index.d.ts.map