export { createApp } from './app.js';
export { createGateway } from './gateway.js';
export { startGateway } from './server.js';
export { loadConfig, ConfigError, } from './config/env-schema.js';
export { createLogger } from './logger.js';
export { createGatewayAuth, } from './auth/gateway-auth.js';
export { buildOpenApiDocument } from './http/openapi.js';
//# sourceMappingURL=index.js.map