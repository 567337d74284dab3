// Checks logged requests (and the fake's answers) against GitHub's published OpenAPI description,
// so the fake server and the action both speak the real REST shapes; GraphQL queries are
// validated against GitHub's published GraphQL schema.
import { validate as validateGraphql } from '@octokit/graphql-schema';
import { createRequire } from 'node:module';
import type { LoggedRequest } from './fake-github.js';

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
};
interface Operation {
  parameters?: Array<{ $ref?: string; name?: string; in?: string; required?: boolean }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: Schema }> }>;
}
interface Spec {
  paths: Record<string, Record<string, Operation | unknown>>;
  components: { schemas: Record<string, Schema>; parameters: Record<string, { name: string; in: string; required?: boolean }>; responses: Record<string, unknown> };
}

let spec: Spec | undefined;
let routes: Array<{ template: string; regex: RegExp }> | undefined;

function load(): { spec: Spec; routes: Array<{ template: string; regex: RegExp }> } {
  if (!spec || !routes) {
    spec = createRequire(import.meta.url)('@octokit/openapi/generated/api.github.com.json') as Spec;
    routes = Object.keys(spec.paths).map((template) => ({
      template,
      // {path} in the contents route spans slashes; every other parameter is one segment.
      regex: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{path\}/g, '(.+)').replace(/\{[^}]+\}/g, '([^/]+)')}$`),
    }));
  }
  return { spec, routes };
}

function resolve<T>(node: T & { $ref?: string }): T {
  let current: unknown = node;
  for (let i = 0; i < 10 && (current as { $ref?: string })?.$ref; i++) {
    const ref = (current as { $ref: string }).$ref.replace(/^#\//, '').split('/');
    current = ref.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], load().spec);
  }
  return current as T;
}

/** Problems with one request: unknown route or method, unknown query parameter, missing body
 * properties, an undocumented success status, or a success body missing required properties. */
export function openApiProblems(request: LoggedRequest): string[] {
  if (request.path === '/graphql') return graphqlProblems(request);
  const { spec, routes } = load();
  const matches = routes.filter((r) => r.regex.test(request.path));
  // Prefer the most specific template (fewest parameters) when several match.
  const route = matches.sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0))[0];
  const where = `${request.method} ${request.path}`;
  if (!route) return [`${where}: no such route in the OpenAPI description`];
  const op = spec.paths[route.template]?.[request.method.toLowerCase()] as Operation | undefined;
  if (!op) return [`${where}: ${route.template} has no ${request.method}`];
  const problems: string[] = [];

  const params = (op.parameters ?? []).map((p) => resolve(p) as { name: string; in: string; required?: boolean });
  for (const name of Object.keys(request.query)) {
    if (!params.some((p) => p.in === 'query' && p.name === name)) problems.push(`${where}: unknown query parameter "${name}"`);
  }
  for (const p of params.filter((x) => x.in === 'query' && x.required)) {
    if (!(p.name in request.query)) problems.push(`${where}: missing required query parameter "${p.name}"`);
  }

  const bodySchema = op.requestBody?.content?.['application/json']?.schema;
  if (bodySchema) {
    const schema = resolve(bodySchema);
    const body = request.body as Record<string, unknown> | undefined;
    for (const name of schema.required ?? []) {
      if (body?.[name] === undefined) problems.push(`${where}: request body lacks required "${name}"`);
    }
    for (const name of Object.keys(body ?? {})) {
      if (schema.properties && !(name in schema.properties)) problems.push(`${where}: request body has unknown "${name}"`);
    }
  } else if (request.body !== undefined && request.body !== '') {
    problems.push(`${where}: sends a body the route does not take`);
  }

  if (request.status >= 200 && request.status < 300) {
    const documented = op.responses[String(request.status)];
    if (!documented) problems.push(`${where}: status ${request.status} is not documented`);
    else {
      // The fake fills comment bodies completely; other answers carry only what wasm-gate reads.
      const schema = resolve(documented).content?.['application/json']?.schema;
      if (schema && route.template.includes('/comments') && typeof request.responseBody === 'object') problems.push(...missingRequired(resolve(schema), request.responseBody, `${where} response`, 2));
    }
  }
  return problems;
}

/** GitHub's GraphQL endpoint takes POST {query, variables?, operationName?}; the query must be
 * valid against the schema. */
function graphqlProblems(request: LoggedRequest): string[] {
  const where = `${request.method} ${request.path}`;
  if (request.method !== 'POST') return [`${where}: GraphQL takes POST only`];
  const body = request.body as Record<string, unknown> | undefined;
  if (typeof body?.query !== 'string') return [`${where}: the body has no query`];
  const problems = Object.keys(body)
    .filter((k) => !['query', 'variables', 'operationName'].includes(k))
    .map((k) => `${where}: the body has unknown "${k}"`);
  problems.push(...validateGraphql(body.query).map((e) => `${where}: ${e.message}`));
  return problems;
}

function missingRequired(schema: Schema, value: unknown, at: string, depth: number): string[] {
  if (depth < 0 || value === null || value === undefined) return [];
  if (Array.isArray(value)) {
    if (!schema.items) return [];
    const items = resolve(schema.items);
    return value.flatMap((v, i) => (i < 3 ? missingRequired(items, v, `${at}[${i}]`, depth) : []));
  }
  if (typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const out = (schema.required ?? []).filter((k) => !(k in o)).map((k) => `${at}: lacks required "${k}"`);
  for (const [k, sub] of Object.entries(schema.properties ?? {})) {
    if (o[k] !== undefined) out.push(...missingRequired(resolve(sub), o[k], `${at}.${k}`, depth - 1));
  }
  return out;
}
