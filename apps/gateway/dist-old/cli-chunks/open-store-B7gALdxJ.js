import { a as DialectAdapterBase, c as sql, d as createQueryId, f as SelectQueryNode, g as isFunction, h as freeze, i as parseSavepointCommand, l as Kysely, m as AliasNode, n as DEFAULT_MIGRATION_TABLE, o as CompiledQuery, p as TableNode, r as Migrator, s as DefaultQueryCompiler, t as DEFAULT_MIGRATION_LOCK_TABLE } from "./migrator-CeQ7nbm4.js";
import { t as GatewayError } from "./errors-CVlhFQwO.js";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
// ../../node_modules/.pnpm/kysely@0.29.9/node_modules/kysely/dist/dialect/sqlite/sqlite-driver.js
var SqliteDriver = class {
	#config;
	#db;
	#connection;
	constructor(config) {
		this.#config = freeze({ ...config });
	}
	async init(options) {
		this.#db = isFunction(this.#config.database) ? await this.#config.database(options) : this.#config.database;
		this.#connection = new SqliteConnection(this.#db);
		if (this.#config.onCreateConnection) await this.#config.onCreateConnection(this.#connection, options);
	}
	async acquireConnection() {
		return this.#connection;
	}
	async beginTransaction(connection) {
		await connection.executeQuery(CompiledQuery.raw("begin"));
	}
	async commitTransaction(connection) {
		await connection.executeQuery(CompiledQuery.raw("commit"));
	}
	async rollbackTransaction(connection) {
		await connection.executeQuery(CompiledQuery.raw("rollback"));
	}
	async savepoint(connection, savepointName, compileQuery) {
		await connection.executeQuery(compileQuery(parseSavepointCommand("savepoint", savepointName), createQueryId()));
	}
	async rollbackToSavepoint(connection, savepointName, compileQuery) {
		await connection.executeQuery(compileQuery(parseSavepointCommand("rollback to", savepointName), createQueryId()));
	}
	async releaseSavepoint(connection, savepointName, compileQuery) {
		await connection.executeQuery(compileQuery(parseSavepointCommand("release", savepointName), createQueryId()));
	}
	async releaseConnection() {}
	async destroy() {
		this.#db?.close();
	}
};
var SqliteConnection = class {
	#db;
	constructor(db) {
		this.#db = db;
	}
	async executeQuery(compiledQuery) {
		const { sql, parameters } = compiledQuery;
		const stmt = this.#db.prepare(sql);
		if (stmt.reader) return { rows: stmt.all(parameters) };
		const { changes, lastInsertRowid } = stmt.run(parameters);
		return {
			insertId: lastInsertRowid != null ? BigInt(lastInsertRowid) : void 0,
			numAffectedRows: changes != null ? BigInt(changes) : void 0,
			rows: []
		};
	}
	async *streamQuery(compiledQuery, _chunkSize) {
		const { sql, parameters, query } = compiledQuery;
		const stmt = this.#db.prepare(sql);
		if (!SelectQueryNode.is(query)) throw new Error("Sqlite driver only supports streaming of select queries");
		const iter = stmt.iterate(parameters);
		for (const row of iter) yield { rows: [row] };
	}
};
// ../../node_modules/.pnpm/kysely@0.29.9/node_modules/kysely/dist/dialect/sqlite/sqlite-query-compiler.js
const ID_WRAP_REGEX = /"/g;
const JSON_PATH_MEMBER_ESCAPE_REGEX = /[\\'"]/g;
var SqliteQueryCompiler = class extends DefaultQueryCompiler {
	visitOrAction(node) {
		this.append("or ");
		this.append(node.action);
	}
	getCurrentParameterPlaceholder() {
		return "?";
	}
	getLeftExplainOptionsWrapper() {
		return "";
	}
	getRightExplainOptionsWrapper() {
		return "";
	}
	getLeftIdentifierWrapper() {
		return "\"";
	}
	getRightIdentifierWrapper() {
		return "\"";
	}
	getAutoIncrement() {
		return "autoincrement";
	}
	sanitizeIdentifier(identifier) {
		return identifier.replace(ID_WRAP_REGEX, "\"\"");
	}
	sanitizeJSONPathMemberValue(value) {
		return value.replace(JSON_PATH_MEMBER_ESCAPE_REGEX, (char) => char === "\\" ? "\\\\" : char === "'" ? "''" : "\\\"");
	}
	visitDefaultInsertValue(_) {
		this.append("null");
	}
};
// ../../node_modules/.pnpm/kysely@0.29.9/node_modules/kysely/dist/dialect/sqlite/sqlite-introspector.js
var SqliteIntrospector = class {
	#db;
	constructor(db) {
		this.#db = db;
	}
	async getSchemas() {
		return [];
	}
	async getTables(options = { withInternalKyselyTables: false }) {
		return await this.#getTableMetadata(options);
	}
	#tablesQuery(qb, options) {
		let tablesQuery = qb.selectFrom("sqlite_master").where("type", "in", ["table", "view"]).where("name", "not like", "sqlite_%").select([
			"name",
			"sql",
			"type"
		]).orderBy("name");
		if (!options.withInternalKyselyTables) tablesQuery = tablesQuery.where("name", "!=", DEFAULT_MIGRATION_TABLE).where("name", "!=", DEFAULT_MIGRATION_LOCK_TABLE);
		return tablesQuery;
	}
	async #getTableMetadata(options) {
		const tablesResult = await this.#tablesQuery(this.#db, options).execute();
		const tableMetadata = await this.#db.with("table_list", (qb) => this.#tablesQuery(qb, options)).selectFrom(["table_list as tl", sql`pragma_table_info(tl.name)`.as("p")]).select([
			"tl.name as table",
			"p.cid",
			"p.name",
			"p.type",
			"p.notnull",
			"p.dflt_value",
			"p.pk"
		]).orderBy("tl.name").orderBy("p.cid").execute();
		const columnsByTable = {};
		for (const row of tableMetadata) {
			columnsByTable[row.table] ??= [];
			columnsByTable[row.table].push(row);
		}
		return tablesResult.map(({ name, sql, type }) => {
			let autoIncrementCol = sql?.split(/[\(\),]/)?.find((it) => it.toLowerCase().includes("autoincrement"))?.trimStart()?.split(/\s+/)?.[0]?.replace(/["`]/g, "");
			const columns = columnsByTable[name] ?? [];
			if (!autoIncrementCol) {
				const pkCols = columns.filter((r) => r.pk > 0);
				if (pkCols.length === 1 && pkCols[0].type.toLowerCase() === "integer") autoIncrementCol = pkCols[0].name;
			}
			return {
				name,
				isView: type === "view",
				isForeign: false,
				columns: columns.map((col) => ({
					name: col.name,
					dataType: col.type,
					isNullable: !col.notnull,
					isAutoIncrementing: col.name === autoIncrementCol,
					hasDefaultValue: col.dflt_value != null,
					comment: void 0
				}))
			};
		});
	}
};
// ../../node_modules/.pnpm/kysely@0.29.9/node_modules/kysely/dist/dialect/sqlite/sqlite-adapter.js
var SqliteAdapter = class extends DialectAdapterBase {
	get supportsMultipleConnections() {
		return false;
	}
	get supportsTransactionalDdl() {
		return false;
	}
	get supportsReturning() {
		return true;
	}
	async acquireMigrationLock(_db, _opt) {}
	async releaseMigrationLock(_db, _opt) {}
};
// ../../node_modules/.pnpm/kysely@0.29.9/node_modules/kysely/dist/dialect/sqlite/sqlite-dialect.js
var SqliteDialect = class {
	#config;
	constructor(config) {
		this.#config = freeze({ ...config });
	}
	createDriver() {
		return new SqliteDriver(this.#config);
	}
	createQueryCompiler() {
		return new SqliteQueryCompiler();
	}
	createAdapter() {
		return new SqliteAdapter();
	}
	createIntrospector(db) {
		return new SqliteIntrospector(db);
	}
};
// ../../packages/core/dist/store/dialect.js
const sqliteSql = {
	name: "sqlite",
	jsonType: "text",
	jsonArrayContains: (column, value) => sql`exists (select 1 from json_each(${column}) where json_each.value = ${value})`,
	isUniqueViolation: (error) => error?.code === "SQLITE_CONSTRAINT_UNIQUE" || error?.code === "SQLITE_CONSTRAINT_PRIMARYKEY"
};
const postgresSql = {
	name: "postgres",
	jsonType: "jsonb",
	jsonArrayContains: (column, value) => sql`${column} @> ${JSON.stringify([value])}::jsonb`,
	isUniqueViolation: (error) => error?.code === "23505"
};
function dialectSql(name) {
	return name === "sqlite" ? sqliteSql : postgresSql;
}
// ../../packages/core/dist/store/migrations/owned-columns.js
function owned(table, jsonType) {
	return table.addColumn("tags", jsonType, (c) => c.notNull()).addColumn("enabled", "integer", (c) => c.notNull().defaultTo(1)).addColumn("owner", "text").addColumn("team", "text").addColumn("visibility", "text", (c) => c.notNull().defaultTo("public")).addColumn("created_at", "text", (c) => c.notNull()).addColumn("updated_at", "text", (c) => c.notNull());
}
// ../../packages/core/dist/store/migrations/0001-initial.js
function initialMigration({ jsonType }) {
	return { async up(db) {
		await owned(db.schema.createTable("gateways").addColumn("id", "text", (c) => c.primaryKey()).addColumn("name", "text", (c) => c.notNull().unique()).addColumn("slug", "text", (c) => c.notNull().unique()).addColumn("description", "text").addColumn("url", "text").addColumn("transport", "text", (c) => c.notNull()).addColumn("command", "text").addColumn("args", jsonType, (c) => c.notNull()).addColumn("env_sealed", "text").addColumn("cwd", "text").addColumn("auth_sealed", "text").addColumn("passthrough_headers", jsonType, (c) => c.notNull()).addColumn("status", "text", (c) => c.notNull()).addColumn("status_reason", "text").addColumn("last_seen_at", "text").addColumn("capabilities", jsonType, (c) => c.notNull()), jsonType).execute();
		await owned(db.schema.createTable("tools").addColumn("id", "text", (c) => c.primaryKey()).addColumn("name", "text", (c) => c.notNull().unique()).addColumn("original_name", "text", (c) => c.notNull()).addColumn("display_name", "text").addColumn("description", "text").addColumn("integration_type", "text", (c) => c.notNull()).addColumn("request_type", "text").addColumn("url", "text").addColumn("gateway_id", "text", (c) => c.references("gateways.id").onDelete("cascade")).addColumn("headers", jsonType, (c) => c.notNull()).addColumn("auth_sealed", "text").addColumn("input_schema", jsonType, (c) => c.notNull()).addColumn("output_schema", jsonType).addColumn("annotations", jsonType, (c) => c.notNull()).addColumn("integration_config", jsonType, (c) => c.notNull()).addColumn("timeout_ms", "integer").addColumn("rate_limit", jsonType), jsonType).execute();
		await db.schema.createIndex("tools_gateway_idx").on("tools").column("gateway_id").execute();
		await owned(db.schema.createTable("resources").addColumn("id", "text", (c) => c.primaryKey()).addColumn("uri", "text", (c) => c.unique()).addColumn("uri_template", "text", (c) => c.unique()).addColumn("name", "text", (c) => c.notNull()).addColumn("description", "text").addColumn("mime_type", "text").addColumn("size", "integer").addColumn("text", "text").addColumn("blob", "text").addColumn("gateway_id", "text", (c) => c.references("gateways.id").onDelete("cascade")), jsonType).execute();
		await db.schema.createIndex("resources_gateway_idx").on("resources").column("gateway_id").execute();
		await owned(db.schema.createTable("prompts").addColumn("id", "text", (c) => c.primaryKey()).addColumn("name", "text", (c) => c.notNull().unique()).addColumn("original_name", "text", (c) => c.notNull()).addColumn("description", "text").addColumn("template", "text", (c) => c.notNull()).addColumn("arguments", jsonType, (c) => c.notNull()).addColumn("gateway_id", "text", (c) => c.references("gateways.id").onDelete("cascade")).addColumn("version", "integer", (c) => c.notNull()), jsonType).execute();
		await db.schema.createIndex("prompts_gateway_idx").on("prompts").column("gateway_id").execute();
		await db.schema.createTable("prompt_revisions").addColumn("prompt_id", "text", (c) => c.notNull().references("prompts.id").onDelete("cascade")).addColumn("version", "integer", (c) => c.notNull()).addColumn("name", "text", (c) => c.notNull()).addColumn("description", "text").addColumn("template", "text", (c) => c.notNull()).addColumn("arguments", jsonType, (c) => c.notNull()).addColumn("created_at", "text", (c) => c.notNull()).addColumn("created_by", "text").addPrimaryKeyConstraint("prompt_revisions_pk", ["prompt_id", "version"]).execute();
		await owned(db.schema.createTable("servers").addColumn("id", "text", (c) => c.primaryKey()).addColumn("name", "text", (c) => c.notNull().unique()).addColumn("description", "text").addColumn("instructions", "text").addColumn("icon", "text").addColumn("icons", jsonType, (c) => c.notNull()).addColumn("name_strategy", "text", (c) => c.notNull()).addColumn("a2a_agents", jsonType, (c) => c.notNull()).addColumn("rate_limit", jsonType), jsonType).execute();
		await db.schema.createTable("server_members").addColumn("server_id", "text", (c) => c.notNull().references("servers.id").onDelete("cascade")).addColumn("kind", "text", (c) => c.notNull()).addColumn("member_id", "text", (c) => c.notNull()).addColumn("custom_name", "text").addColumn("custom_description", "text").addColumn("position", "integer", (c) => c.notNull()).addPrimaryKeyConstraint("server_members_pk", [
			"server_id",
			"kind",
			"member_id"
		]).execute();
		await db.schema.createIndex("server_members_member_idx").on("server_members").columns(["kind", "member_id"]).execute();
		await db.schema.createTable("roots").addColumn("id", "text", (c) => c.primaryKey()).addColumn("uri", "text", (c) => c.notNull().unique()).addColumn("name", "text").addColumn("created_at", "text", (c) => c.notNull()).addColumn("updated_at", "text", (c) => c.notNull()).execute();
		await db.schema.createTable("users").addColumn("email", "text", (c) => c.primaryKey()).addColumn("password_hash", "text", (c) => c.notNull()).addColumn("full_name", "text").addColumn("is_admin", "integer", (c) => c.notNull()).addColumn("is_active", "integer", (c) => c.notNull()).addColumn("created_at", "text", (c) => c.notNull()).addColumn("updated_at", "text", (c) => c.notNull()).execute();
	} };
}
// ../../packages/core/dist/store/migrations/0002-grpc.js
function grpcMigration({ jsonType }) {
	return { async up(db) {
		await owned(db.schema.createTable("grpc_services").addColumn("id", "text", (c) => c.primaryKey()).addColumn("name", "text", (c) => c.notNull().unique()).addColumn("slug", "text", (c) => c.notNull().unique()).addColumn("description", "text").addColumn("target", "text", (c) => c.notNull()).addColumn("tls_sealed", "text").addColumn("metadata_sealed", "text").addColumn("passthrough_headers", jsonType, (c) => c.notNull()).addColumn("timeout_ms", "integer").addColumn("services", jsonType, (c) => c.notNull()).addColumn("descriptor_set", "text", (c) => c.notNull()).addColumn("status", "text", (c) => c.notNull()).addColumn("status_reason", "text").addColumn("last_reflected_at", "text"), jsonType).execute();
		await db.schema.alterTable("tools").addColumn("grpc_service_id", "text", (c) => c.references("grpc_services.id").onDelete("cascade")).execute();
		await db.schema.createIndex("tools_grpc_idx").on("tools").column("grpc_service_id").execute();
	} };
}
// ../../packages/core/dist/store/migrations/0003-a2a.js
function a2aMigration({ jsonType }) {
	return { async up(db) {
		await owned(db.schema.createTable("a2a_agents").addColumn("id", "text", (c) => c.primaryKey()).addColumn("name", "text", (c) => c.notNull().unique()).addColumn("slug", "text", (c) => c.notNull().unique()).addColumn("description", "text").addColumn("url", "text", (c) => c.notNull()).addColumn("endpoint_url", "text", (c) => c.notNull()).addColumn("protocol_binding", "text", (c) => c.notNull()).addColumn("protocol_version", "text", (c) => c.notNull()).addColumn("streaming", "integer", (c) => c.notNull()).addColumn("card", jsonType, (c) => c.notNull()).addColumn("auth_sealed", "text").addColumn("last_seen_at", "text"), jsonType).execute();
		await db.schema.alterTable("tools").addColumn("a2a_agent_id", "text", (c) => c.references("a2a_agents.id").onDelete("cascade")).execute();
		await db.schema.createIndex("tools_a2a_agent_idx").on("tools").column("a2a_agent_id").execute();
	} };
}
// ../../packages/core/dist/store/migrations/0004-tokens.js
function tokensMigration({ jsonType }) {
	return { async up(db) {
		await db.schema.createTable("api_tokens").addColumn("id", "text", (c) => c.primaryKey()).addColumn("jti", "text", (c) => c.notNull().unique()).addColumn("token_hash", "text", (c) => c.notNull().unique()).addColumn("name", "text", (c) => c.notNull()).addColumn("owner_email", "text", (c) => c.notNull().references("users.email").onDelete("cascade")).addColumn("scope", jsonType, (c) => c.notNull()).addColumn("expires_at", "text").addColumn("created_at", "text", (c) => c.notNull()).addColumn("last_used_at", "text").addColumn("usage_count", "integer", (c) => c.notNull().defaultTo(0)).addColumn("revoked_at", "text").addUniqueConstraint("api_tokens_owner_name_unique", ["owner_email", "name"]).execute();
		await db.schema.createTable("revoked_sessions").addColumn("jti", "text", (c) => c.primaryKey()).addColumn("expires_at", "text", (c) => c.notNull()).execute();
		for (const [column, type] of [
			["failed_logins", "integer"],
			["last_failed_login_at", "text"],
			["locked_until", "text"]
		]) await db.schema.alterTable("users").addColumn(column, type, (c) => column === "failed_logins" ? c.notNull().defaultTo(0) : c).execute();
	} };
}
// ../../packages/core/dist/store/migrations/0005-audit.js
function auditMigration() {
	return { async up(db) {
		await db.schema.createTable("audit_log").addColumn("id", "text", (c) => c.primaryKey()).addColumn("at", "text", (c) => c.notNull()).addColumn("principal", "text").addColumn("token_id", "text").addColumn("action", "text", (c) => c.notNull()).addColumn("entity_kind", "text").addColumn("entity_id", "text").addColumn("method", "text", (c) => c.notNull()).addColumn("path", "text", (c) => c.notNull()).addColumn("outcome", "text", (c) => c.notNull()).addColumn("status", "integer", (c) => c.notNull()).addColumn("reason", "text").addColumn("client_address", "text").addColumn("request_id", "text").execute();
		await db.schema.createIndex("audit_log_at_idx").on("audit_log").columns(["at", "id"]).execute();
	} };
}
// ../../packages/core/dist/store/migrations/0006-limits.js
function limitsMigration() {
	return { async up(db) {
		await db.schema.alterTable("tools").addColumn("max_concurrency", "integer").execute();
	} };
}
// ../../packages/core/dist/store/migrations/0007-token-limits.js
function tokenLimitsMigration({ jsonType }) {
	return { async up(db) {
		await db.schema.alterTable("api_tokens").addColumn("rate_limit", jsonType).execute();
	} };
}
// ../../packages/core/dist/store/migrations/0008-teams-rbac.js
function teamsRbacMigration({ jsonType }) {
	return { async up(db) {
		await db.schema.createTable("teams").addColumn("id", "text", (c) => c.primaryKey()).addColumn("slug", "text", (c) => c.notNull().unique()).addColumn("name", "text", (c) => c.notNull()).addColumn("description", "text").addColumn("personal", "integer", (c) => c.notNull().defaultTo(0)).addColumn("created_by", "text").addColumn("created_at", "text", (c) => c.notNull()).addColumn("updated_at", "text", (c) => c.notNull()).execute();
		await db.schema.createTable("team_members").addColumn("team_id", "text", (c) => c.notNull().references("teams.id").onDelete("cascade")).addColumn("email", "text", (c) => c.notNull().references("users.email").onDelete("cascade")).addColumn("role", "text", (c) => c.notNull()).addColumn("joined_at", "text", (c) => c.notNull()).addPrimaryKeyConstraint("team_members_pk", ["team_id", "email"]).execute();
		await db.schema.createIndex("team_members_email_idx").on("team_members").column("email").execute();
		await db.schema.createTable("roles").addColumn("name", "text", (c) => c.primaryKey()).addColumn("description", "text").addColumn("permissions", jsonType, (c) => c.notNull()).addColumn("scope", "text", (c) => c.notNull()).addColumn("built_in", "integer", (c) => c.notNull().defaultTo(0)).addColumn("created_at", "text", (c) => c.notNull()).addColumn("updated_at", "text", (c) => c.notNull()).execute();
		await db.schema.createTable("role_assignments").addColumn("id", "text", (c) => c.primaryKey()).addColumn("email", "text", (c) => c.notNull().references("users.email").onDelete("cascade")).addColumn("role", "text", (c) => c.notNull().references("roles.name").onDelete("cascade")).addColumn("team_id", "text", (c) => c.references("teams.id").onDelete("cascade")).addColumn("granted_by", "text").addColumn("created_at", "text", (c) => c.notNull()).execute();
		await db.schema.createIndex("role_assignments_email_idx").on("role_assignments").column("email").execute();
		const now = new Date().toISOString();
		await sql`insert into roles (name, description, permissions, scope, built_in, created_at, updated_at)
        values ('developer', 'Reads, runs and writes registry entities', ${"[]"}, 'global', 1, ${now}, ${now})`.execute(db);
		await sql`insert into role_assignments (id, email, role, team_id, granted_by, created_at)
        select email || '|developer|*', email, 'developer', null, null, ${now}
        from users where is_admin = 0`.execute(db);
	} };
}
// ../../packages/core/dist/store/migrations/0009-server-oauth.js
function serverOAuthMigration({ jsonType }) {
	return { async up(db) {
		await db.schema.alterTable("servers").addColumn("oauth", jsonType).execute();
	} };
}
// ../../packages/core/dist/store/migrations/0010-oauth-tokens.js
function oauthTokensMigration() {
	return { async up(db) {
		await db.schema.createTable("oauth_tokens").addColumn("gateway_id", "text", (c) => c.notNull().references("gateways.id").onDelete("cascade")).addColumn("user_email", "text", (c) => c.notNull()).addColumn("tokens_sealed", "text", (c) => c.notNull()).addColumn("expires_at", "text").addColumn("scopes", "text").addColumn("updated_at", "text", (c) => c.notNull()).addPrimaryKeyConstraint("oauth_tokens_pk", ["gateway_id", "user_email"]).execute();
		await db.schema.createTable("oauth_pending").addColumn("state", "text", (c) => c.primaryKey()).addColumn("gateway_id", "text", (c) => c.notNull().references("gateways.id").onDelete("cascade")).addColumn("user_email", "text", (c) => c.notNull()).addColumn("verifier_sealed", "text", (c) => c.notNull()).addColumn("redirect_uri", "text", (c) => c.notNull()).addColumn("redirect_after", "text").addColumn("expires_at", "text", (c) => c.notNull()).execute();
		await db.schema.createTable("oauth_clients").addColumn("gateway_id", "text", (c) => c.primaryKey().references("gateways.id").onDelete("cascade")).addColumn("client_sealed", "text").addColumn("discovery_sealed", "text").addColumn("updated_at", "text", (c) => c.notNull()).execute();
	} };
}
// ../../packages/core/dist/store/migrations/0011-versions.js
const VERSIONED_TABLES = [
	"gateways",
	"tools",
	"resources",
	"servers",
	"a2a_agents",
	"grpc_services",
	"users",
	"teams",
	"roles"
];
function versionsMigration() {
	return { async up(db) {
		for (const table of VERSIONED_TABLES) await db.schema.alterTable(table).addColumn("version", "integer", (c) => c.notNull().defaultTo(1)).execute();
	} };
}
// ../../packages/core/dist/store/migrations/0012-gateway-transitions.js
function gatewayTransitionsMigration() {
	return { async up(db) {
		await db.schema.createTable("gateway_transitions").addColumn("gateway_id", "text", (c) => c.notNull().references("gateways.id").onDelete("cascade")).addColumn("seq", "integer", (c) => c.notNull()).addColumn("at", "text", (c) => c.notNull()).addColumn("status", "text", (c) => c.notNull()).addColumn("reason", "text").addPrimaryKeyConstraint("gateway_transitions_pk", ["gateway_id", "seq"]).execute();
		await sql`insert into gateway_transitions (gateway_id, seq, at, status, reason)
        select id, 1, ${new Date().toISOString()},
          case when enabled = 1 then status else 'disabled' end,
          case when enabled = 1 then status_reason end
        from gateways`.execute(db);
	} };
}
// ../../packages/core/dist/store/migrate.js
function migrations(dialect) {
	return {
		"0001-initial": initialMigration(dialect),
		"0002-grpc": grpcMigration(dialect),
		"0003-a2a": a2aMigration(dialect),
		"0004-tokens": tokensMigration(dialect),
		"0005-audit": auditMigration(),
		"0006-limits": limitsMigration(),
		"0007-token-limits": tokenLimitsMigration(dialect),
		"0008-teams-rbac": teamsRbacMigration(dialect),
		"0009-server-oauth": serverOAuthMigration(dialect),
		"0010-oauth-tokens": oauthTokensMigration(),
		"0011-versions": versionsMigration(),
		"0012-gateway-transitions": gatewayTransitionsMigration()
	};
}
async function migrateToLatest(db, dialect) {
	const all = migrations(dialect);
	const migrator = new Migrator({
		db,
		provider: { getMigrations: () => Promise.resolve(all) }
	});
	const { error, results = [] } = await migrator.migrateToLatest();
	if (error !== void 0) {
		const failed = results.find((r) => r.status === "Error");
		throw new GatewayError("UNAVAILABLE", `migration ${failed?.migrationName ?? "?"} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`, { cause: error });
	}
	return {
		applied: results.map((r) => r.migrationName),
		current: (await migrator.getMigrations()).filter((m) => m.executedAt).map((m) => m.name).at(-1) ?? null
	};
}
// ../../packages/core/dist/store/store-query.js
function queryLogger(system, hook) {
	return (event) => {
		const { query, queryDurationMillis: durationMs } = event;
		try {
			hook({
				system,
				operation: operationOf(query.query, query.sql),
				table: tableOf(query.query),
				sql: query.sql,
				startedAt: performance.now() - durationMs,
				durationMs,
				...event.level === "error" && { error: event.error }
			});
		} catch {}
	};
}
function operationOf(node, sql) {
	if (node.kind === "RawNode") return (/^\s*(\w+)/.exec(sql)?.[1] ?? "SQL").toUpperCase();
	return node.kind.replace(/(Query)?Node$/, "").replace(/(?<=[a-z])(?=[A-Z])/g, " ").toUpperCase();
}
function tableOf(node) {
	const { into, table, from } = node;
	let target = into ?? table ?? from?.froms?.[0];
	if (target && AliasNode.is(target)) target = target.node;
	return target && TableNode.is(target) ? target.table.identifier.name : void 0;
}
// ../../packages/core/dist/store/open-store.js
function sqliteFileFor(url, dataDir = "./data") {
	if (url === void 0 || url === "") return resolve(join(dataDir, "switchyard.db"));
	const path = url.replace(/^sqlite:\/\//, "");
	if (path === "/:memory:" || path === ":memory:") return ":memory:";
	return path.startsWith("/./") ? resolve(path.slice(1)) : resolve(path);
}
function maskUrl(url) {
	return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:*****@");
}
function openSqlite(file, log) {
	if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
	const database = new BetterSqlite3(file);
	database.pragma("journal_mode = WAL");
	database.pragma("synchronous = NORMAL");
	database.pragma("foreign_keys = ON");
	database.pragma("busy_timeout = 5000");
	return new Kysely({
		dialect: new SqliteDialect({ database }),
		...log
	});
}
async function openStore(options = {}) {
	const { url } = options;
	const isPostgres = url !== void 0 && /^postgres(ql)?:\/\//.test(url);
	if (url !== void 0 && url !== "" && !isPostgres && !url.startsWith("sqlite:")) throw new GatewayError("BAD_REQUEST", `DATABASE_URL must start with postgres://, postgresql:// or sqlite:///, got '${maskUrl(url).slice(0, 40)}'`);
	const dialect = dialectSql(isPostgres ? "postgres" : "sqlite");
	const file = isPostgres ? "" : sqliteFileFor(url, options.dataDir);
	const { onQuery } = options;
	const log = onQuery ? { log: queryLogger(isPostgres ? "postgresql" : "sqlite", onQuery) } : {};
	const db = isPostgres ? (await import("./open-postgres-DMS7DL5x.js")).openPostgres(url, options.poolSize ?? 10, log) : openSqlite(file, log);
	const store = {
		db,
		dialect,
		location: isPostgres ? maskUrl(url) : `sqlite:///${file}`,
		migrate: () => migrateToLatest(db, dialect),
		ping: async () => {
			try {
				await db.selectFrom("users").select("email").limit(1).execute();
				return true;
			} catch {
				return false;
			}
		},
		close: () => db.destroy()
	};
	if (options.migrate !== false) try {
		await store.migrate();
	} catch (error) {
		await store.close();
		throw error;
	}
	return store;
}
export { openStore as t };
