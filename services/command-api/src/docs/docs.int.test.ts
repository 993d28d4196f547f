import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CommandTestApp, createCommandTestApp } from '../testing/commandTestApp.ts';
import { contractRoutes } from './openapi.ts';

type Operation = {
  parameters?: { name: string; in: string; schema?: { example?: unknown }; description?: string }[];
  responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }>;
  security?: unknown[];
  summary?: string;
  requestBody?: unknown;
};
type Doc = {
  openapi: string;
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
  it('is OpenAPI 3.1 covering the write and the read endpoints, each secured and summarised', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths['/api/v1/payouts'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/v1/payouts/{id}'] ?? {}).sort()).toEqual([
      'delete',
      'get',
      'patch',
      'put',
    ]);
    // Every route contracts defines, and each once.
    const documented = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method} ${path}`),
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
    for (const operations of Object.values(doc.paths)) {
      for (const operation of Object.values(operations)) {
        expect(operation.summary).toBeTruthy();
        // The scopes the server checks are the ones the document declares (one or more alternatives).
        expect(operation.security?.length).toBeGreaterThan(0);
        for (const requirement of operation.security as { bearer: string[] }[]) {
          expect(requirement.bearer.length).toBeGreaterThan(0);
        }
        for (const status of ['401', '403', '429', '503']) {
          expect(operation.responses[status]?.content).toHaveProperty(['application/problem+json']);
        }
      }
    }
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
    expect(doc.paths['/api/v1/payouts']!.post!.responses['429']?.headers).toHaveProperty('RateLimit');
    expect(doc.paths['/api/v1/payouts']!.post!.responses['503']?.headers).toHaveProperty('Retry-After');
    expect(doc.paths['/api/v1/payouts']!.post!.security).toEqual([{ bearer: ['payouts:write'] }]);
    expect(doc.paths['/api/v1/payouts/audit/verify']!.get!.security).toEqual([
      { bearer: ['audit:read:all-tenants'] },
    ]);
  });

  it('carries the descriptions and examples declared with zod .meta()', () => {
    const create = doc.components.schemas.CreatePayout!.properties;
    expect(create.amount).toMatchObject({
      example: '100.50',
      description: expect.stringContaining('Decimal string'),
    });
    expect(create.currency?.description).toMatch(/ISO 4217/);
    expect(create.metadata?.example).toEqual({ order_id: 'A-1001' });
    expect(doc.components.schemas.UpdatePayout).toBeDefined();
    expect(doc.components.schemas.Problem!.properties.errors?.example).toBeDefined();
    const post = doc.paths['/api/v1/payouts']!.post!;
    const key = post.parameters?.find((p) => p.name === 'Idempotency-Key');
    expect(key?.description).toMatch(/72 hours/);
    expect(key?.schema?.example).toBeDefined();
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
