import { isWebhookPath } from '@payouts/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CommandTestApp, createCommandTestApp } from '../testing/commandTestApp.ts';
import { contractRoutes } from './openapi.ts';

type Operation = {
  operationId?: string;
  tags?: string[];
  parameters?: {
    name?: string;
    in?: string;
    $ref?: string;
    schema?: { example?: unknown };
    description?: string;
  }[];
  responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }>;
  security?: unknown[];
  summary?: string;
  requestBody?: unknown;
};
type Doc = {
  openapi: string;
  info: { license?: { name: string; identifier?: string } };
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, { properties: Record<string, { example?: unknown; description?: string }> }>;
    securitySchemes: Record<string, unknown>;
  };
};

let t: CommandTestApp;
let doc: Doc;
beforeAll(async () => {
  t = await createCommandTestApp();
  const response = await t.app.request('/api/v1/openapi.json');
  expect(response.status).toBe(200);
  doc = (await response.json()) as Doc;
});
afterAll(() => t.close());

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 covering the write and the read endpoints, each secured, summarised and named', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
    expect(doc.info.license).toMatchObject({ name: expect.any(String), identifier: expect.any(String) });
    const own = (path: string) =>
      Object.entries(doc.paths[path] ?? {})
        .filter(([, op]) => !op.tags?.includes('http'))
        .map(([method]) => method)
        .sort();
    expect(own('/api/v1/payouts')).toEqual(['get', 'post']);
    expect(own('/api/v1/payouts/{id}')).toEqual(['delete', 'get', 'patch', 'put']);
    // Every route contracts defines, and each once.
    const documented = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, op]) => !op.tags?.includes('http'))
        .map(([method]) => `${method} ${path}`),
    );
    expect(documented.sort()).toEqual(
      contractRoutes()
        .map((r) => `${r.method} ${r.path}`)
        .sort(),
    );
    expect(documented).toContain('get /api/v1/payouts/{id}/history');
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    // Read routes declare lower-case header keys documented in their usual spelling; both must show.
    expect(doc.paths['/api/v1/payouts/{id}']!.get!.parameters).toContainEqual(
      expect.objectContaining({ name: 'If-None-Match', in: 'header' }),
    );
    const ids = new Set<string>();
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const operation of Object.values(operations)) {
        expect(operation.summary).toBeTruthy();
        // The scopes the server checks are the ones the document declares (one or more alternatives).
        expect(operation.security?.length).toBeGreaterThan(0);
        for (const requirement of operation.security as { bearer: string[] }[]) {
          expect(requirement.bearer.length).toBeGreaterThan(0);
        }
        expect(operation.operationId).toMatch(/^[a-z][A-Za-z]+$/);
        ids.add(operation.operationId!);
        // The public keys come from the settings, not a database: no 503 there.
        const statuses =
          path === '/api/v1/payouts/audit/keys' ? ['401', '403', '429'] : ['401', '403', '429', '503'];
        for (const status of statuses) {
          // HEAD answers carry no body, so their problems have no content.
          if (operation.operationId!.startsWith('head')) expect(operation.responses[status]).toBeDefined();
          else expect(operation.responses[status]?.content).toHaveProperty(['application/problem+json']);
        }
        for (const response of Object.values(operation.responses)) {
          expect(response.headers).toHaveProperty('X-Correlation-Id');
        }
      }
    }
    expect(ids.size).toBe(Object.values(doc.paths).flatMap((item) => Object.keys(item)).length);
    expect(
      Object.values(doc.paths)
        .flatMap((item) => Object.values(item))
        .filter((op) => !op.tags?.includes('http'))
        .map((op) => op.operationId)
        .sort(),
    ).toEqual([
      'cancelPayout',
      'createPayout',
      'createWebhookEndpoint',
      'deleteWebhookEndpoint',
      'exportAuditAnchors',
      'getDailyReport',
      'getPayout',
      'getPayoutAsOf',
      'getPayoutHistory',
      'getWebhookDeliveryHistory',
      'getWebhookEndpoint',
      'getWebhookEndpointHistory',
      'getWebhookReplay',
      'listAuditKeys',
      'listPayouts',
      'listWebhookDeliveries',
      'listWebhookEndpoints',
      'redeliverWebhook',
      'replacePayout',
      'replayPayoutEvents',
      'replayWebhookEvents',
      'rotateWebhookSecret',
      'updatePayout',
      'updateWebhookEndpoint',
      'verifyAuditTrail',
    ]);
  });

  it('declares HEAD and OPTIONS for every path, and answers 405 with Allow for any method it does not list', async () => {
    const allowOf = (item: Record<string, Operation>) =>
      ['get', 'head', 'post', 'put', 'patch', 'delete']
        .filter((m) => item[m] !== undefined)
        .map((m) => m.toUpperCase())
        .join(', ');
    const auth = { Authorization: `Bearer ${t.keys.acme}` };
    const id = '0b0a4e0e-7c55-4c4b-9d7e-6a0f2f5e8c11';
    for (const [path, item] of Object.entries(doc.paths)) {
      expect(item.options?.responses['204']?.headers).toHaveProperty('Allow');
      if (item.get) expect(item.head?.responses['200']).toBeDefined();
      // The notifier answers its own paths (e2e/prism.e2e.test.ts meets those answers).
      if (isWebhookPath(path)) continue;
      // What the app answers matches what the document lists, path by path.
      const concrete = path.replace('{id}', id);
      const options = await t.app.request(concrete, { method: 'OPTIONS', headers: auth });
      expect(options.status, path).toBe(204);
      expect(options.headers.get('Allow'), path).toBe(allowOf(item));
      for (const method of ['put', 'post', 'patch', 'delete'].filter((m) => item[m] === undefined)) {
        const refused = await t.app.request(concrete, { method: method.toUpperCase(), headers: auth });
        expect(refused.status, `${method} ${path}`).toBe(405);
        expect(refused.headers.get('Allow'), `${method} ${path}`).toBe(allowOf(item));
      }
    }
    expect(doc.paths['/api/v1/payouts']!.options?.operationId).toBe('optionsPayouts');
    expect(doc.paths['/api/v1/payouts/{id}/as-of']!.head?.operationId).toBe('headPayoutsByIdAsOf');
  });

  it('lists every error of the write endpoints as a problem, and the headers they take', () => {
    const post = doc.paths['/api/v1/payouts']!.post!;
    expect(Object.keys(post.responses).sort()).toEqual([
      '201',
      '400',
      '401',
      '403',
      '409',
      '413',
      '415',
      '429',
      '503',
    ]);
    expect(post.responses['201']?.headers).toHaveProperty('ETag');
    expect(post.responses['201']?.headers).toHaveProperty('Location');
    expect(post.responses['201']?.headers).toHaveProperty('Idempotent-Replayed');
    expect(post.responses['415']?.headers).toHaveProperty('Accept-Post');
    expect(post.responses['401']?.headers).toHaveProperty('WWW-Authenticate');
    expect(post.parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }),
    );
    for (const method of ['put', 'patch', 'delete']) {
      const operation = doc.paths['/api/v1/payouts/{id}']![method]!;
      expect(Object.keys(operation.responses)).toEqual(
        expect.arrayContaining(['200', '400', '404', '409', '412']),
      );
      expect(operation.parameters).toContainEqual(
        expect.objectContaining({ name: 'If-Match', in: 'header' }),
      );
      expect(operation.parameters).toContainEqual(expect.objectContaining({ name: 'id', in: 'path' }));
    }
    for (const name of ['RateLimit', 'RateLimit-Policy', 'Retry-After']) {
      expect(post.responses['429']?.headers).toHaveProperty(name);
    }
    expect(post.responses['503']?.headers).toHaveProperty('Retry-After');
    expect(post.security).toEqual([{ bearer: ['payouts:write'] }]);
    expect(doc.paths['/api/v1/payouts/audit/verify']!.get!.security).toEqual([
      { bearer: ['audit:read:all-tenants'] },
    ]);
  });

  it('says what the service accepts: a JSON-number amount, a repeated status, NDJSON text', () => {
    const amount = doc.components.schemas.CreatePayout!.properties.amount as { anyOf?: { type: string }[] };
    expect(amount.anyOf?.map((s) => s.type).sort()).toEqual(['number', 'string']);
    const status = doc.paths['/api/v1/payouts']!.get!.parameters!.find((p) => p.name === 'status') as {
      schema: { type: string };
      explode?: boolean;
    };
    expect(status.schema.type).toBe('array');
    expect(status.explode).toBe(true);
    const replay = doc.paths['/api/v1/payouts/audit/events']!.get!.responses['200']!.content as Record<
      string,
      { schema: { type: string } }
    >;
    expect(replay['application/x-ndjson']?.schema.type).toBe('string');
    const replace = doc.components.schemas.ReplacePayout!.properties;
    expect(Object.keys(replace)).toEqual(
      expect.arrayContaining(['id', 'status', 'created_at', 'updated_at']),
    );
    expect(doc.components.schemas.Payout!.properties).toHaveProperty('error_code');
  });

  it('carries the descriptions and examples declared with zod .meta(), and no example Try-it-out would misuse', () => {
    const create = doc.components.schemas.CreatePayout!.properties;
    expect(create.amount?.description).toMatch(/Decimal string/);
    expect(create.currency?.description).toMatch(/ISO 4217/);
    expect(create.metadata?.example).toEqual({ order_id: 'A-1001' });
    expect(doc.components.schemas.UpdatePayout).toBeDefined();
    expect(doc.components.schemas.Problem!.properties.errors?.example).toBeDefined();
    const post = doc.paths['/api/v1/payouts']!.post!;
    const key = post.parameters?.find((p) => p.name === 'Idempotency-Key');
    expect(key?.description).toMatch(/72 hours/);
    // Swagger UI fills examples into Try-it-out: a constant key would make every second create a
    // replay, and filter examples together find nothing.
    expect(key?.schema?.example).toBeUndefined();
    for (const operation of Object.values(doc.paths).flatMap((item) => Object.values(item))) {
      for (const parameter of operation.parameters ?? []) {
        expect(parameter.schema?.example, `${operation.operationId} ${parameter.name}`).toBeUndefined();
        expect((parameter as { example?: unknown }).example).toBeUndefined();
      }
    }
  });
});

describe('Swagger UI', () => {
  it('is served with its assets from this service, no CDN', async () => {
    for (const path of ['/api/v1/swagger', '/api/v1/swagger/']) {
      const page = await t.app.request(path);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).not.toMatch(/https?:\/\//);
      const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      expect(assets.length).toBeGreaterThanOrEqual(4);
      for (const asset of assets) {
        const response = await t.app.request(asset);
        expect(response.status, asset).toBe(200);
        expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(0);
      }
    }
    const init = await (await t.app.request('/api/v1/swagger/assets/init.js')).text();
    expect(init).toContain('/api/v1/openapi.json');
    const bundle = await t.app.request('/api/v1/swagger/assets/swagger-ui-bundle.js');
    expect(bundle.headers.get('Content-Type')).toMatch(/javascript/);
  });

  it('serves nothing else from the package directory', async () => {
    for (const path of ['/api/v1/swagger/assets/package.json', '/api/v1/swagger/assets/..%2Fpackage.json']) {
      const response = await t.app.request(path);
      expect(response.status).toBe(404);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    }
  });
});
