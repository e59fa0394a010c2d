import { z } from 'zod';
const errorSchema = {
    type: 'object',
    required: ['detail', 'code'],
    properties: {
        detail: { type: 'string', description: 'What went wrong, for people.' },
        code: {
            type: 'string',
            description: 'What went wrong, for programs.',
            examples: ['NOT_FOUND'],
        },
        errors: {
            type: 'array',
            description: 'The fields that failed validation.',
            items: {
                type: 'object',
                required: ['path', 'message'],
                properties: { path: { type: 'string' }, message: { type: 'string' } },
            },
        },
        problems: {
            type: 'array',
            description: 'The problems found in a submitted document, each at its JSON pointer.',
            items: {
                type: 'object',
                required: ['pointer', 'message'],
                properties: { pointer: { type: 'string' }, message: { type: 'string' } },
            },
        },
    },
};
const errorResponses = {
    BadRequest: 'The request is malformed.',
    Unauthorized: 'Credentials are missing or invalid.',
    Forbidden: 'The caller may not do this.',
    NotFound: 'No such entity.',
    ValidationFailed: 'The request is well-formed but its content is invalid.',
    ClientError: 'The request was refused.',
    ServerError: 'The gateway or an upstream failed.',
};
const successDescriptions = {
    200: 'OK',
    201: 'Created',
    202: 'Accepted',
    204: 'No content',
};
const security = [{ bearerAuth: [] }, { basicAuth: [] }];
const pathParam = /:([A-Za-z0-9_]+)(\{(?:[^{}]|\{[^{}]*\})*\})?\??/g;
/** Builds an OpenAPI 3.1.0 document from operation specs whose zod schemas give the request shapes. */
export function buildOpenApiDocument(operations, info) {
    const schemas = { Error: errorSchema };
    const paths = {};
    const tags = [];
    const operationIds = new Set();
    for (const spec of operations) {
        const { path, params } = toOpenApiPath(spec.path);
        const item = (paths[path] ??= {});
        if (item[spec.method] !== undefined) {
            throw new Error(`duplicate operation ${spec.method.toUpperCase()} ${spec.path}`);
        }
        if (!tags.includes(spec.tag))
            tags.push(spec.tag);
        const operationId = uniqueId(operationName(spec.method, spec.path), operationIds);
        const converter = createConverter(schemas, operationId);
        item[spec.method] = buildOperation(spec, operationId, params, converter);
    }
    return {
        openapi: '3.1.0',
        info: { ...info },
        tags: tags.map((name) => ({ name })),
        paths,
        components: {
            schemas,
            responses: Object.fromEntries(Object.entries(errorResponses).map(([name, description]) => [
                name,
                {
                    description,
                    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
                },
            ])),
            securitySchemes: {
                bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
                basicAuth: { type: 'http', scheme: 'basic' },
            },
        },
    };
}
/** Converts a Hono path ('/tools/:id', '/files/:name{.+}') to OpenAPI form and lists its parameters. */
export function toOpenApiPath(honoPath) {
    const params = [];
    const path = honoPath.replace(pathParam, (_match, name) => {
        params.push(name);
        return `{${name}}`;
    });
    return { path, params };
}
function buildOperation(spec, operationId, params, convert) {
    const auth = spec.auth !== false;
    const parameters = [
        ...params.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
        ...(spec.query ? queryParameters(spec.query, convert) : []),
    ];
    const operation = {
        operationId,
        summary: spec.summary,
        tags: [spec.tag],
    };
    if (parameters.length > 0)
        operation['parameters'] = parameters;
    if (spec.body) {
        operation['requestBody'] = {
            required: !isOptional(spec.body),
            content: { 'application/json': { schema: convert(spec.body, 'Body') } },
        };
    }
    operation['responses'] = responses(spec, auth, params.length > 0);
    if (auth)
        operation['security'] = security;
    return operation;
}
function responses(spec, auth, hasParams) {
    const status = spec.status ?? 200;
    const success = { description: successDescriptions[status] ?? 'Success' };
    if (status !== 204)
        success['content'] = { 'application/json': { schema: {} } };
    const result = { [String(status)]: success };
    const ref = (name) => ({ $ref: `#/components/responses/${name}` });
    const validates = spec.body !== undefined || spec.query !== undefined;
    if (validates)
        result['400'] = ref('BadRequest');
    if (auth) {
        result['401'] = ref('Unauthorized');
        result['403'] = ref('Forbidden');
    }
    if (hasParams)
        result['404'] = ref('NotFound');
    if (validates)
        result['422'] = ref('ValidationFailed');
    result['4XX'] = ref('ClientError');
    result['5XX'] = ref('ServerError');
    return result;
}
function queryParameters(query, convert) {
    const whole = convert(query, 'Query');
    const listed = Array.isArray(whole['required']) ? whole['required'] : undefined;
    if (query instanceof z.ZodObject) {
        return Object.entries(query.shape).map(([name, field]) => parameter(name, convert(field, `Query${name}`), listed?.includes(name) ?? !isOptional(field)));
    }
    const properties = whole['properties'];
    if (typeof properties !== 'object' || properties === null)
        return [];
    return Object.entries(properties).map(([name, field]) => parameter(name, field, listed?.includes(name) ?? false));
}
function parameter(name, schema, required) {
    const { description, ...rest } = schema;
    const param = { name, in: 'query', required, schema: rest };
    if (typeof description === 'string')
        param['description'] = description;
    return param;
}
function isOptional(schema) {
    const optin = schema._zod.optin;
    return optin === 'optional' || optin === 'defaulted';
}
function createConverter(schemas, operationId) {
    return (schema, role) => {
        let root;
        try {
            root = { ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
        }
        catch {
            return {};
        }
        const { $defs } = root;
        delete root['$schema'];
        delete root['$defs'];
        const defs = new Map(Object.entries(($defs ?? {})));
        const selfRef = containsRef(root, '#');
        if (selfRef)
            defs.set('#', root);
        if (defs.size === 0)
            return root;
        const names = componentNames(schemas, defs, `${operationId}${role}`);
        for (const [name, def] of defs) {
            schemas[names.get(name) ?? name] = rewriteRefs(def, names);
        }
        return selfRef
            ? { $ref: `#/components/schemas/${names.get('#')}` }
            : rewriteRefs(root, names);
    };
}
function componentNames(schemas, defs, prefix) {
    const names = new Map();
    for (const name of defs.keys()) {
        names.set(name, name === '#' ? prefix : name.startsWith('__') ? `${prefix}${name.slice(2)}` : name);
    }
    for (let round = 0; round <= defs.size; round++) {
        const clashes = [...defs].filter(([name, def]) => {
            const existing = schemas[names.get(name) ?? name];
            return existing !== undefined && !sameJson(existing, rewriteRefs(def, names));
        });
        if (clashes.length === 0)
            return names;
        const taken = new Set([...Object.keys(schemas), ...names.values()]);
        for (const [name] of clashes) {
            const base = names.get(name) ?? name;
            let candidate = base;
            for (let n = 2; taken.has(candidate); n++)
                candidate = `${base}${n}`;
            taken.add(candidate);
            names.set(name, candidate);
        }
    }
    return names;
}
function sameJson(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
function rewriteRefs(value, names) {
    if (Array.isArray(value))
        return value.map((item) => rewriteRefs(item, names));
    if (typeof value !== 'object' || value === null)
        return value;
    const result = {};
    for (const [key, child] of Object.entries(value)) {
        result[key] =
            key === '$ref' && typeof child === 'string'
                ? rewriteRef(child, names)
                : rewriteRefs(child, names);
    }
    return result;
}
function rewriteRef(ref, names) {
    const name = ref === '#' ? '#' : /^#\/\$defs\/([^/]+)$/.exec(ref)?.[1];
    if (name === undefined || !names.has(name))
        return ref;
    return `#/components/schemas/${names.get(name)}`;
}
function containsRef(value, ref) {
    if (Array.isArray(value))
        return value.some((item) => containsRef(item, ref));
    if (typeof value !== 'object' || value === null)
        return false;
    return Object.entries(value).some(([key, child]) => key === '$ref' ? child === ref : containsRef(child, ref));
}
function operationName(method, path) {
    const words = path
        .replace(pathParam, (_match, name) => ` by ${name} `)
        .split(/[^A-Za-z0-9]+/)
        .filter((word) => word !== '');
    if (words.length === 0)
        words.push('root');
    return method + words.map((word) => word[0]?.toUpperCase() + word.slice(1)).join('');
}
function uniqueId(base, taken) {
    let id = base;
    for (let n = 2; taken.has(id); n++)
        id = `${base}${n}`;
    taken.add(id);
    return id;
}
//# sourceMappingURL=openapi.js.map