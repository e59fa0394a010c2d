// ../../node_modules/.pnpm/@a2a-js+sdk@1.3.0_@grpc+grpc-js@1.14.3_better-sqlite3@12.11.1_express@5.2.1_supports-color@7.2.0__kysely@0.29.9/node_modules/@a2a-js/sdk/dist/index.js
var TaskState = ((TaskState2) => {
	TaskState2[TaskState2["TASK_STATE_UNSPECIFIED"] = 0] = "TASK_STATE_UNSPECIFIED";
	TaskState2[TaskState2["TASK_STATE_SUBMITTED"] = 1] = "TASK_STATE_SUBMITTED";
	TaskState2[TaskState2["TASK_STATE_WORKING"] = 2] = "TASK_STATE_WORKING";
	TaskState2[TaskState2["TASK_STATE_COMPLETED"] = 3] = "TASK_STATE_COMPLETED";
	TaskState2[TaskState2["TASK_STATE_FAILED"] = 4] = "TASK_STATE_FAILED";
	TaskState2[TaskState2["TASK_STATE_CANCELED"] = 5] = "TASK_STATE_CANCELED";
	TaskState2[TaskState2["TASK_STATE_INPUT_REQUIRED"] = 6] = "TASK_STATE_INPUT_REQUIRED";
	TaskState2[TaskState2["TASK_STATE_REJECTED"] = 7] = "TASK_STATE_REJECTED";
	TaskState2[TaskState2["TASK_STATE_AUTH_REQUIRED"] = 8] = "TASK_STATE_AUTH_REQUIRED";
	TaskState2[TaskState2["UNRECOGNIZED"] = -1] = "UNRECOGNIZED";
	return TaskState2;
})(TaskState || {});
var Role = ((Role2) => {
	Role2[Role2["ROLE_UNSPECIFIED"] = 0] = "ROLE_UNSPECIFIED";
	Role2[Role2["ROLE_USER"] = 1] = "ROLE_USER";
	Role2[Role2["ROLE_AGENT"] = 2] = "ROLE_AGENT";
	Role2[Role2["UNRECOGNIZED"] = -1] = "UNRECOGNIZED";
	return Role2;
})(Role || {});
function roleFromJSON(object) {
	switch (object) {
		case 0:
		case "ROLE_UNSPECIFIED": return 0;
		case 1:
		case "ROLE_USER": return 1;
		case 2:
		case "ROLE_AGENT": return 2;
		default: return -1;
	}
}
function roleToJSON(object) {
	switch (object) {
		case 0: return "ROLE_UNSPECIFIED";
		case 1: return "ROLE_USER";
		case 2: return "ROLE_AGENT";
		default: return "UNRECOGNIZED";
	}
}
var Part = {
	fromJSON(object) {
		return {
			content: isSet(object.text) ? {
				$case: "text",
				value: globalThis.String(object.text)
			} : isSet(object.raw) ? {
				$case: "raw",
				value: Buffer.from(bytesFromBase64(object.raw))
			} : isSet(object.url) ? {
				$case: "url",
				value: globalThis.String(object.url)
			} : isSet(object.data) ? {
				$case: "data",
				value: object.data
			} : void 0,
			metadata: isObject(object.metadata) ? object.metadata : void 0,
			filename: isSet(object.filename) ? globalThis.String(object.filename) : "",
			mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : isSet(object.media_type) ? globalThis.String(object.media_type) : ""
		};
	},
	toJSON(message) {
		const obj = {};
		if (message.content?.$case === "text") obj.text = message.content.value;
		else if (message.content?.$case === "raw") obj.raw = base64FromBytes(message.content.value);
		else if (message.content?.$case === "url") obj.url = message.content.value;
		else if (message.content?.$case === "data") obj.data = message.content.value;
		if (message.metadata !== void 0) obj.metadata = message.metadata;
		if (message.filename !== "") obj.filename = message.filename;
		if (message.mediaType !== "") obj.mediaType = message.mediaType;
		return obj;
	}
};
var Message = {
	fromJSON(object) {
		return {
			messageId: isSet(object.messageId) ? globalThis.String(object.messageId) : isSet(object.message_id) ? globalThis.String(object.message_id) : "",
			contextId: isSet(object.contextId) ? globalThis.String(object.contextId) : isSet(object.context_id) ? globalThis.String(object.context_id) : "",
			taskId: isSet(object.taskId) ? globalThis.String(object.taskId) : isSet(object.task_id) ? globalThis.String(object.task_id) : "",
			role: isSet(object.role) ? roleFromJSON(object.role) : 0,
			parts: globalThis.Array.isArray(object?.parts) ? object.parts.map((e) => Part.fromJSON(e)) : [],
			metadata: isObject(object.metadata) ? object.metadata : void 0,
			extensions: globalThis.Array.isArray(object?.extensions) ? object.extensions.map((e) => globalThis.String(e)) : [],
			referenceTaskIds: globalThis.Array.isArray(object?.referenceTaskIds) ? object.referenceTaskIds.map((e) => globalThis.String(e)) : globalThis.Array.isArray(object?.reference_task_ids) ? object.reference_task_ids.map((e) => globalThis.String(e)) : []
		};
	},
	toJSON(message) {
		const obj = {};
		if (message.messageId !== "") obj.messageId = message.messageId;
		if (message.contextId !== "") obj.contextId = message.contextId;
		if (message.taskId !== "") obj.taskId = message.taskId;
		if (message.role !== 0) obj.role = roleToJSON(message.role);
		if (message.parts?.length) obj.parts = message.parts.map((e) => Part.toJSON(e));
		if (message.metadata !== void 0) obj.metadata = message.metadata;
		if (message.extensions?.length) obj.extensions = message.extensions;
		if (message.referenceTaskIds?.length) obj.referenceTaskIds = message.referenceTaskIds;
		return obj;
	}
};
var Artifact = {
	fromJSON(object) {
		return {
			artifactId: isSet(object.artifactId) ? globalThis.String(object.artifactId) : isSet(object.artifact_id) ? globalThis.String(object.artifact_id) : "",
			name: isSet(object.name) ? globalThis.String(object.name) : "",
			description: isSet(object.description) ? globalThis.String(object.description) : "",
			parts: globalThis.Array.isArray(object?.parts) ? object.parts.map((e) => Part.fromJSON(e)) : [],
			metadata: isObject(object.metadata) ? object.metadata : void 0,
			extensions: globalThis.Array.isArray(object?.extensions) ? object.extensions.map((e) => globalThis.String(e)) : []
		};
	},
	toJSON(message) {
		const obj = {};
		if (message.artifactId !== "") obj.artifactId = message.artifactId;
		if (message.name !== "") obj.name = message.name;
		if (message.description !== "") obj.description = message.description;
		if (message.parts?.length) obj.parts = message.parts.map((e) => Part.toJSON(e));
		if (message.metadata !== void 0) obj.metadata = message.metadata;
		if (message.extensions?.length) obj.extensions = message.extensions;
		return obj;
	}
};
var AgentInterface = {
	fromJSON(object) {
		return {
			url: isSet(object.url) ? globalThis.String(object.url) : "",
			protocolBinding: isSet(object.protocolBinding) ? globalThis.String(object.protocolBinding) : isSet(object.protocol_binding) ? globalThis.String(object.protocol_binding) : "",
			tenant: isSet(object.tenant) ? globalThis.String(object.tenant) : "",
			protocolVersion: isSet(object.protocolVersion) ? globalThis.String(object.protocolVersion) : isSet(object.protocol_version) ? globalThis.String(object.protocol_version) : ""
		};
	},
	toJSON(message) {
		const obj = {};
		if (message.url !== "") obj.url = message.url;
		if (message.protocolBinding !== "") obj.protocolBinding = message.protocolBinding;
		if (message.tenant !== "") obj.tenant = message.tenant;
		if (message.protocolVersion !== "") obj.protocolVersion = message.protocolVersion;
		return obj;
	}
};
var AgentCard = {
	fromJSON(object) {
		return {
			name: isSet(object.name) ? globalThis.String(object.name) : "",
			description: isSet(object.description) ? globalThis.String(object.description) : "",
			supportedInterfaces: globalThis.Array.isArray(object?.supportedInterfaces) ? object.supportedInterfaces.map((e) => AgentInterface.fromJSON(e)) : globalThis.Array.isArray(object?.supported_interfaces) ? object.supported_interfaces.map((e) => AgentInterface.fromJSON(e)) : [],
			provider: isSet(object.provider) ? AgentProvider.fromJSON(object.provider) : void 0,
			version: isSet(object.version) ? globalThis.String(object.version) : "",
			documentationUrl: isSet(object.documentationUrl) ? globalThis.String(object.documentationUrl) : isSet(object.documentation_url) ? globalThis.String(object.documentation_url) : void 0,
			capabilities: isSet(object.capabilities) ? AgentCapabilities.fromJSON(object.capabilities) : void 0,
			securitySchemes: isObject(object.securitySchemes) ? globalThis.Object.entries(object.securitySchemes).reduce((acc, [key, value]) => {
				acc[key] = SecurityScheme.fromJSON(value);
				return acc;
			}, {}) : isObject(object.security_schemes) ? globalThis.Object.entries(object.security_schemes).reduce((acc, [key, value]) => {
				acc[key] = SecurityScheme.fromJSON(value);
				return acc;
			}, {}) : {},
			securityRequirements: globalThis.Array.isArray(object?.securityRequirements) ? object.securityRequirements.map((e) => SecurityRequirement.fromJSON(e)) : globalThis.Array.isArray(object?.security_requirements) ? object.security_requirements.map((e) => SecurityRequirement.fromJSON(e)) : [],
			defaultInputModes: globalThis.Array.isArray(object?.defaultInputModes) ? object.defaultInputModes.map((e) => globalThis.String(e)) : globalThis.Array.isArray(object?.default_input_modes) ? object.default_input_modes.map((e) => globalThis.String(e)) : [],
			defaultOutputModes: globalThis.Array.isArray(object?.defaultOutputModes) ? object.defaultOutputModes.map((e) => globalThis.String(e)) : globalThis.Array.isArray(object?.default_output_modes) ? object.default_output_modes.map((e) => globalThis.String(e)) : [],
			skills: globalThis.Array.isArray(object?.skills) ? object.skills.map((e) => AgentSkill.fromJSON(e)) : [],
			signatures: globalThis.Array.isArray(object?.signatures) ? object.signatures.map((e) => AgentCardSignature.fromJSON(e)) : [],
			iconUrl: isSet(object.iconUrl) ? globalThis.String(object.iconUrl) : isSet(object.icon_url) ? globalThis.String(object.icon_url) : void 0
		};
	},
	toJSON(message) {
		const obj = {};
		if (message.name !== "") obj.name = message.name;
		if (message.description !== "") obj.description = message.description;
		if (message.supportedInterfaces?.length) obj.supportedInterfaces = message.supportedInterfaces.map((e) => AgentInterface.toJSON(e));
		if (message.provider !== void 0) obj.provider = AgentProvider.toJSON(message.provider);
		if (message.version !== "") obj.version = message.version;
		if (message.documentationUrl !== void 0) obj.documentationUrl = message.documentationUrl;
		if (message.capabilities !== void 0) obj.capabilities = AgentCapabilities.toJSON(message.capabilities);
		if (message.securitySchemes) {
			const entries = globalThis.Object.entries(message.securitySchemes);
			if (entries.length > 0) {
				const securitySchemes = {};
				entries.forEach(([k, v]) => {
					securitySchemes[k] = SecurityScheme.toJSON(v);
				});
				obj.securitySchemes = securitySchemes;
			}
		}
		if (message.securityRequirements?.length) obj.securityRequirements = message.securityRequirements.map((e) => SecurityRequirement.toJSON(e));
		if (message.defaultInputModes?.length) obj.defaultInputModes = message.defaultInputModes;
		if (message.defaultOutputModes?.length) obj.defaultOutputModes = message.defaultOutputModes;
		if (message.skills?.length) obj.skills = message.skills.map((e) => AgentSkill.toJSON(e));
		if (message.signatures?.length) obj.signatures = message.signatures.map((e) => AgentCardSignature.toJSON(e));
		if (message.iconUrl !== void 0) obj.iconUrl = message.iconUrl;
		return obj;
	}
};
var AgentProvider = {
	fromJSON(object) {
		return {
			url: isSet(object.url) ? globalThis.String(object.url) : "",
			organization: isSet(object.organization) ? globalThis.String(object.organization) : ""
		};
	},
	toJSON(message) {
		const obj = {};
		if (message.url !== "") obj.url = message.url;
		if (message.organization !== "") obj.organization = message.organization;
		return obj;
	}
};
var AgentCapabilities = {
	fromJSON(object) {
		return {
			streaming: isSet(object.streaming) ? globalThis.Boolean(object.streaming) : void 0,
			pushNotifications: isSet(object.pushNotifications) ? globalThis.Boolean(object.pushNotifications) : isSet(object.push_notifications) ? globalThis.Boolean(object.push_notifications) : void 0,
			extensions: globalThis.Array.isArray(object?.extensions) ? object.extensions.map((e) => AgentExtension.fromJSON(e)) : [],
			extendedAgentCard: isSet(object.extendedAgentCard) ? globalThis.Boolean(object.extendedAgentCard) : isSet(object.extended_agent_card) ? globalThis.Boolean(object.extended_agent_card) : void 0
		};
	},
	toJSON(message) {
		const obj = {};
		if (message.streaming !== void 0) obj.streaming = message.streaming;
		if (message.pushNotifications !== void 0) obj.pushNotifications = message.pushNotifications;
		if (message.extensions?.length) obj.extensions = message.extensions.map((e) => AgentExtension.toJSON(e));
		if (message.extendedAgentCard !== void 0) obj.extendedAgentCard = message.extendedAgentCard;
		return obj;
	}
};
var AgentExtension = {
	fromJSON(object) {
		return {
			uri: isSet(object.uri) ? globalThis.String(object.uri) : "",
			description: isSet(object.description) ? globalThis.String(object.description) : "",
			required: isSet(object.required) ? globalThis.Boolean(object.required) : false,
			params: isObject(object.params) ? object.params : void 0
		};
	},
	toJSON(message) {
		const obj = {};
		if (message.uri !== "") obj.uri = message.uri;
		if (message.description !== "") obj.description = message.description;
		if (message.required !== false) obj.required = message.required;
		if (message.params !== void 0) obj.params = message.params;
		return obj;
	}
};
var AgentSkill = {
	fromJSON(object) {
		return {
			id: isSet(object.id) ? globalThis.String(object.id) : "",
			name: isSet(object.name) ? globalThis.String(object.name) : "",
			description: isSet(object.description) ? globalThis.String(object.description) : "",
			tags: globalThis.Array.isArray(object?.tags) ? object.tags.map((e) => globalThis.String(e)) : [],
			examples: globalThis.Array.isArray(object?.examples) ? object.examples.map((e) => globalThis.String(e)) : [],
			inputModes: globalThis.Array.isArray(object?.inputModes) ? object.inputModes.map((e) => globalThis.String(e)) : globalThis.Array.isArray(object?.input_modes) ? object.input_modes.map((e) => globalThis.String(e)) : [],
			outputModes: globalThis.Array.isArray(object?.outputModes) ? object.outputModes.map((e) => globalThis.String(e)) : globalThis.Array.isArray(object?.output_modes) ? object.output_modes.map((e) => globalThis.String(e)) : [],
			securityRequirements: globalThis.Array.isArray(object?.securityRequirements) ? object.securityRequirements.map((e) => SecurityRequirement.fromJSON(e)) : globalThis.Array.isArray(object?.security_requirements) ? object.security_requirements.map((e) => SecurityRequirement.fromJSON(e)) : []
		};
	},
	toJSON(message) {
		const obj = {};
		if (message.id !== "") obj.id = message.id;
		if (message.name !== "") obj.name = message.name;
		if (message.description !== "") obj.description = message.description;
		if (message.tags?.length) obj.tags = message.tags;
		if (message.examples?.length) obj.examples = message.examples;
		if (message.inputModes?.length) obj.inputModes = message.inputModes;
		if (message.outputModes?.length) obj.outputModes = message.outputModes;
		if (message.securityRequirements?.length) obj.securityRequirements = message.securityRequirements.map((e) => SecurityRequirement.toJSON(e));
		return obj;
	}
};
var AgentCardSignature = {
	fromJSON(object) {
		return {
			protected: isSet(object.protected) ? globalThis.String(object.protected) : "",
			signature: isSet(object.signature) ? globalThis.String(object.signature) : "",
			header: isObject(object.header) ? object.header : void 0
		};
	},
	toJSON(message) {
		const obj = {};
		if (message.protected !== "") obj.protected = message.protected;
		if (message.signature !== "") obj.signature = message.signature;
		if (message.header !== void 0) obj.header = message.header;
		return obj;
	}
};
var StringList = {
	fromJSON(object) {
		return { list: globalThis.Array.isArray(object?.list) ? object.list.map((e) => globalThis.String(e)) : [] };
	},
	toJSON(message) {
		const obj = {};
		if (message.list?.length) obj.list = message.list;
		return obj;
	}
};
var SecurityRequirement = {
	fromJSON(object) {
		return { schemes: isObject(object.schemes) ? globalThis.Object.entries(object.schemes).reduce((acc, [key, value]) => {
			acc[key] = StringList.fromJSON(value);
			return acc;
		}, {}) : {} };
	},
	toJSON(message) {
		const obj = {};
		if (message.schemes) {
			const entries = globalThis.Object.entries(message.schemes);
			if (entries.length > 0) {
				const schemes = {};
				entries.forEach(([k, v]) => {
					schemes[k] = StringList.toJSON(v);
				});
				obj.schemes = schemes;
			}
		}
		return obj;
	}
};
var SecurityScheme = {
	fromJSON(object) {
		return { scheme: isSet(object.apiKeySecurityScheme) ? {
			$case: "apiKeySecurityScheme",
			value: APIKeySecurityScheme.fromJSON(object.apiKeySecurityScheme)
		} : isSet(object.api_key_security_scheme) ? {
			$case: "apiKeySecurityScheme",
			value: APIKeySecurityScheme.fromJSON(object.api_key_security_scheme)
		} : isSet(object.httpAuthSecurityScheme) ? {
			$case: "httpAuthSecurityScheme",
			value: HTTPAuthSecurityScheme.fromJSON(object.httpAuthSecurityScheme)
		} : isSet(object.http_auth_security_scheme) ? {
			$case: "httpAuthSecurityScheme",
			value: HTTPAuthSecurityScheme.fromJSON(object.http_auth_security_scheme)
		} : isSet(object.oauth2SecurityScheme) ? {
			$case: "oauth2SecurityScheme",
			value: OAuth2SecurityScheme.fromJSON(object.oauth2SecurityScheme)
		} : isSet(object.oauth2_security_scheme) ? {
			$case: "oauth2SecurityScheme",
			value: OAuth2SecurityScheme.fromJSON(object.oauth2_security_scheme)
		} : isSet(object.openIdConnectSecurityScheme) ? {
			$case: "openIdConnectSecurityScheme",
			value: OpenIdConnectSecurityScheme.fromJSON(object.openIdConnectSecurityScheme)
		} : isSet(object.open_id_connect_security_scheme) ? {
			$case: "openIdConnectSecurityScheme",
			value: OpenIdConnectSecurityScheme.fromJSON(object.open_id_connect_security_scheme)
		} : isSet(object.mtlsSecurityScheme) ? {
			$case: "mtlsSecurityScheme",
			value: MutualTlsSecurityScheme.fromJSON(object.mtlsSecurityScheme)
		} : isSet(object.mtls_security_scheme) ? {
			$case: "mtlsSecurityScheme",
			value: MutualTlsSecurityScheme.fromJSON(object.mtls_security_scheme)
		} : void 0 };
	},
	toJSON(message) {
		const obj = {};
		if (message.scheme?.$case === "apiKeySecurityScheme") obj.apiKeySecurityScheme = APIKeySecurityScheme.toJSON(message.scheme.value);
		else if (message.scheme?.$case === "httpAuthSecurityScheme") obj.httpAuthSecurityScheme = HTTPAuthSecurityScheme.toJSON(message.scheme.value);
		else if (message.scheme?.$case === "oauth2SecurityScheme") obj.oauth2SecurityScheme = OAuth2SecurityScheme.toJSON(message.scheme.value);
		else if (message.scheme?.$case === "openIdConnectSecurityScheme") obj.openIdConnectSecurityScheme = OpenIdConnectSecurityScheme.toJSON(message.scheme.value);
		else if (message.scheme?.$case === "mtlsSecurityScheme") obj.mtlsSecurityScheme = MutualTlsSecurityScheme.toJSON(message.scheme.value);
		return obj;
	}
};
var APIKeySecurityScheme = {
	fromJSON(object) {
		return {
			description: isSet(object.description) ? globalThis.String(object.description) : "",
			location: isSet(object.location) ? globalThis.String(object.location) : "",
			name: isSet(object.name) ? globalThis.String(object.name) : ""
		};
	},
	toJSON(message) {
		const obj = {};
		if (message.description !== "") obj.description = message.description;
		if (message.location !== "") obj.location = message.location;
		if (message.name !== "") obj.name = message.name;
		return obj;
	}
};
var HTTPAuthSecurityScheme = {
	fromJSON(object) {
		return {
			description: isSet(object.description) ? globalThis.String(object.description) : "",
			scheme: isSet(object.scheme) ? globalThis.String(object.scheme) : "",
			bearerFormat: isSet(object.bearerFormat) ? globalThis.String(object.bearerFormat) : isSet(object.bearer_format) ? globalThis.String(object.bearer_format) : ""
		};
	},
	toJSON(message) {
		const obj = {};
		if (message.description !== "") obj.description = message.description;
		if (message.scheme !== "") obj.scheme = message.scheme;
		if (message.bearerFormat !== "") obj.bearerFormat = message.bearerFormat;
		return obj;
	}
};
var OAuth2SecurityScheme = {
	fromJSON(object) {
		return {
			description: isSet(object.description) ? globalThis.String(object.description) : "",
			flows: isSet(object.flows) ? OAuthFlows.fromJSON(object.flows) : void 0,
			oauth2MetadataUrl: isSet(object.oauth2MetadataUrl) ? globalThis.String(object.oauth2MetadataUrl) : isSet(object.oauth2_metadata_url) ? globalThis.String(object.oauth2_metadata_url) : ""
		};
	},
	toJSON(message) {
		const obj = {};
		if (message.description !== "") obj.description = message.description;
		if (message.flows !== void 0) obj.flows = OAuthFlows.toJSON(message.flows);
		if (message.oauth2MetadataUrl !== "") obj.oauth2MetadataUrl = message.oauth2MetadataUrl;
		return obj;
	}
};
var OpenIdConnectSecurityScheme = {
	fromJSON(object) {
		return {
			description: isSet(object.description) ? globalThis.String(object.description) : "",
			openIdConnectUrl: isSet(object.openIdConnectUrl) ? globalThis.String(object.openIdConnectUrl) : isSet(object.open_id_connect_url) ? globalThis.String(object.open_id_connect_url) : ""
		};
	},
	toJSON(message) {
		const obj = {};
		if (message.description !== "") obj.description = message.description;
		if (message.openIdConnectUrl !== "") obj.openIdConnectUrl = message.openIdConnectUrl;
		return obj;
	}
};
var MutualTlsSecurityScheme = {
	fromJSON(object) {
		return { description: isSet(object.description) ? globalThis.String(object.description) : "" };
	},
	toJSON(message) {
		const obj = {};
		if (message.description !== "") obj.description = message.description;
		return obj;
	}
};
var OAuthFlows = {
	fromJSON(object) {
		return { flow: isSet(object.authorizationCode) ? {
			$case: "authorizationCode",
			value: AuthorizationCodeOAuthFlow.fromJSON(object.authorizationCode)
		} : isSet(object.authorization_code) ? {
			$case: "authorizationCode",
			value: AuthorizationCodeOAuthFlow.fromJSON(object.authorization_code)
		} : isSet(object.clientCredentials) ? {
			$case: "clientCredentials",
			value: ClientCredentialsOAuthFlow.fromJSON(object.clientCredentials)
		} : isSet(object.client_credentials) ? {
			$case: "clientCredentials",
			value: ClientCredentialsOAuthFlow.fromJSON(object.client_credentials)
		} : isSet(object.implicit) ? {
			$case: "implicit",
			value: ImplicitOAuthFlow.fromJSON(object.implicit)
		} : isSet(object.password) ? {
			$case: "password",
			value: PasswordOAuthFlow.fromJSON(object.password)
		} : isSet(object.deviceCode) ? {
			$case: "deviceCode",
			value: DeviceCodeOAuthFlow.fromJSON(object.deviceCode)
		} : isSet(object.device_code) ? {
			$case: "deviceCode",
			value: DeviceCodeOAuthFlow.fromJSON(object.device_code)
		} : void 0 };
	},
	toJSON(message) {
		const obj = {};
		if (message.flow?.$case === "authorizationCode") obj.authorizationCode = AuthorizationCodeOAuthFlow.toJSON(message.flow.value);
		else if (message.flow?.$case === "clientCredentials") obj.clientCredentials = ClientCredentialsOAuthFlow.toJSON(message.flow.value);
		else if (message.flow?.$case === "implicit") obj.implicit = ImplicitOAuthFlow.toJSON(message.flow.value);
		else if (message.flow?.$case === "password") obj.password = PasswordOAuthFlow.toJSON(message.flow.value);
		else if (message.flow?.$case === "deviceCode") obj.deviceCode = DeviceCodeOAuthFlow.toJSON(message.flow.value);
		return obj;
	}
};
var AuthorizationCodeOAuthFlow = {
	fromJSON(object) {
		return {
			authorizationUrl: isSet(object.authorizationUrl) ? globalThis.String(object.authorizationUrl) : isSet(object.authorization_url) ? globalThis.String(object.authorization_url) : "",
			tokenUrl: isSet(object.tokenUrl) ? globalThis.String(object.tokenUrl) : isSet(object.token_url) ? globalThis.String(object.token_url) : "",
			refreshUrl: isSet(object.refreshUrl) ? globalThis.String(object.refreshUrl) : isSet(object.refresh_url) ? globalThis.String(object.refresh_url) : "",
			scopes: isObject(object.scopes) ? globalThis.Object.entries(object.scopes).reduce((acc, [key, value]) => {
				acc[key] = globalThis.String(value);
				return acc;
			}, {}) : {},
			pkceRequired: isSet(object.pkceRequired) ? globalThis.Boolean(object.pkceRequired) : isSet(object.pkce_required) ? globalThis.Boolean(object.pkce_required) : false
		};
	},
	toJSON(message) {
		const obj = {};
		if (message.authorizationUrl !== "") obj.authorizationUrl = message.authorizationUrl;
		if (message.tokenUrl !== "") obj.tokenUrl = message.tokenUrl;
		if (message.refreshUrl !== "") obj.refreshUrl = message.refreshUrl;
		if (message.scopes) {
			const entries = globalThis.Object.entries(message.scopes);
			if (entries.length > 0) {
				const scopes = {};
				entries.forEach(([k, v]) => {
					scopes[k] = v;
				});
				obj.scopes = scopes;
			}
		}
		if (message.pkceRequired !== false) obj.pkceRequired = message.pkceRequired;
		return obj;
	}
};
var ClientCredentialsOAuthFlow = {
	fromJSON(object) {
		return {
			tokenUrl: isSet(object.tokenUrl) ? globalThis.String(object.tokenUrl) : isSet(object.token_url) ? globalThis.String(object.token_url) : "",
			refreshUrl: isSet(object.refreshUrl) ? globalThis.String(object.refreshUrl) : isSet(object.refresh_url) ? globalThis.String(object.refresh_url) : "",
			scopes: isObject(object.scopes) ? globalThis.Object.entries(object.scopes).reduce((acc, [key, value]) => {
				acc[key] = globalThis.String(value);
				return acc;
			}, {}) : {}
		};
	},
	toJSON(message) {
		const obj = {};
		if (message.tokenUrl !== "") obj.tokenUrl = message.tokenUrl;
		if (message.refreshUrl !== "") obj.refreshUrl = message.refreshUrl;
		if (message.scopes) {
			const entries = globalThis.Object.entries(message.scopes);
			if (entries.length > 0) {
				const scopes = {};
				entries.forEach(([k, v]) => {
					scopes[k] = v;
				});
				obj.scopes = scopes;
			}
		}
		return obj;
	}
};
var ImplicitOAuthFlow = {
	fromJSON(object) {
		return {
			authorizationUrl: isSet(object.authorizationUrl) ? globalThis.String(object.authorizationUrl) : isSet(object.authorization_url) ? globalThis.String(object.authorization_url) : "",
			refreshUrl: isSet(object.refreshUrl) ? globalThis.String(object.refreshUrl) : isSet(object.refresh_url) ? globalThis.String(object.refresh_url) : "",
			scopes: isObject(object.scopes) ? globalThis.Object.entries(object.scopes).reduce((acc, [key, value]) => {
				acc[key] = globalThis.String(value);
				return acc;
			}, {}) : {}
		};
	},
	toJSON(message) {
		const obj = {};
		if (message.authorizationUrl !== "") obj.authorizationUrl = message.authorizationUrl;
		if (message.refreshUrl !== "") obj.refreshUrl = message.refreshUrl;
		if (message.scopes) {
			const entries = globalThis.Object.entries(message.scopes);
			if (entries.length > 0) {
				const scopes = {};
				entries.forEach(([k, v]) => {
					scopes[k] = v;
				});
				obj.scopes = scopes;
			}
		}
		return obj;
	}
};
var PasswordOAuthFlow = {
	fromJSON(object) {
		return {
			tokenUrl: isSet(object.tokenUrl) ? globalThis.String(object.tokenUrl) : isSet(object.token_url) ? globalThis.String(object.token_url) : "",
			refreshUrl: isSet(object.refreshUrl) ? globalThis.String(object.refreshUrl) : isSet(object.refresh_url) ? globalThis.String(object.refresh_url) : "",
			scopes: isObject(object.scopes) ? globalThis.Object.entries(object.scopes).reduce((acc, [key, value]) => {
				acc[key] = globalThis.String(value);
				return acc;
			}, {}) : {}
		};
	},
	toJSON(message) {
		const obj = {};
		if (message.tokenUrl !== "") obj.tokenUrl = message.tokenUrl;
		if (message.refreshUrl !== "") obj.refreshUrl = message.refreshUrl;
		if (message.scopes) {
			const entries = globalThis.Object.entries(message.scopes);
			if (entries.length > 0) {
				const scopes = {};
				entries.forEach(([k, v]) => {
					scopes[k] = v;
				});
				obj.scopes = scopes;
			}
		}
		return obj;
	}
};
var DeviceCodeOAuthFlow = {
	fromJSON(object) {
		return {
			deviceAuthorizationUrl: isSet(object.deviceAuthorizationUrl) ? globalThis.String(object.deviceAuthorizationUrl) : isSet(object.device_authorization_url) ? globalThis.String(object.device_authorization_url) : "",
			tokenUrl: isSet(object.tokenUrl) ? globalThis.String(object.tokenUrl) : isSet(object.token_url) ? globalThis.String(object.token_url) : "",
			refreshUrl: isSet(object.refreshUrl) ? globalThis.String(object.refreshUrl) : isSet(object.refresh_url) ? globalThis.String(object.refresh_url) : "",
			scopes: isObject(object.scopes) ? globalThis.Object.entries(object.scopes).reduce((acc, [key, value]) => {
				acc[key] = globalThis.String(value);
				return acc;
			}, {}) : {}
		};
	},
	toJSON(message) {
		const obj = {};
		if (message.deviceAuthorizationUrl !== "") obj.deviceAuthorizationUrl = message.deviceAuthorizationUrl;
		if (message.tokenUrl !== "") obj.tokenUrl = message.tokenUrl;
		if (message.refreshUrl !== "") obj.refreshUrl = message.refreshUrl;
		if (message.scopes) {
			const entries = globalThis.Object.entries(message.scopes);
			if (entries.length > 0) {
				const scopes = {};
				entries.forEach(([k, v]) => {
					scopes[k] = v;
				});
				obj.scopes = scopes;
			}
		}
		return obj;
	}
};
function bytesFromBase64(b64) {
	return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
	return globalThis.Buffer.from(arr).toString("base64");
}
function isObject(value) {
	return typeof value === "object" && value !== null;
}
function isSet(value) {
	return value !== null && value !== void 0;
}
var Extensions = {
	createFrom: (current, additional) => {
		if (current?.includes(additional)) return current;
		return [...current ?? [], additional];
	},
	parseServiceParameter: (value) => {
		if (!value) return [];
		const unique = new Set(value.split(",").map((ext) => ext.trim()).filter((ext) => ext.length > 0));
		return Array.from(unique);
	},
	toServiceParameter: (value) => {
		return value.join(",");
	}
};
var SSE_HEADERS = {
	"Content-Type": "text/event-stream",
	"Cache-Control": "no-cache",
	Connection: "keep-alive",
	"X-Accel-Buffering": "no"
};
function formatSSEEvent(event) {
	return `data: ${JSON.stringify(event)}

`;
}
function formatSSEErrorEvent(error) {
	return `event: error
data: ${JSON.stringify(error)}

`;
}
export { Role as a, formatSSEErrorEvent as c, Message as i, formatSSEEvent as l, Artifact as n, SSE_HEADERS as o, Extensions as r, TaskState as s, AgentCard as t };
