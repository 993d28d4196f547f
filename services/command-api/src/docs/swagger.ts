// Swagger UI at /api/v1/swagger, with its assets served by this service from swagger-ui-dist: no CDN,
// so the docs work on air-gapped and locked-down networks.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { HttpProblem } from '@payouts/platform';
import type { Env, Hono } from 'hono';
import { OPENAPI_PATH } from './openapi.ts';

const SWAGGER_PATH = '/api/v1/swagger';

const distDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

/** The files the page loads, and nothing else from the package directory. */
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
};

// Absolute asset URLs, so the page works with and without a trailing slash. The initialiser is a
// file rather than an inline script so that a strict Content-Security-Policy can allow 'self' only.
const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Payouts API</title>
  <link rel="stylesheet" href="${SWAGGER_PATH}/assets/swagger-ui.css">
  <link rel="icon" type="image/png" href="${SWAGGER_PATH}/assets/favicon-32x32.png" sizes="32x32">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="${SWAGGER_PATH}/assets/swagger-ui-bundle.js"></script>
  <script src="${SWAGGER_PATH}/assets/swagger-ui-standalone-preset.js"></script>
  <script src="${SWAGGER_PATH}/assets/init.js"></script>
</body>
</html>
`;

const INIT = `window.ui = SwaggerUIBundle({
  url: ${JSON.stringify(OPENAPI_PATH)},
  dom_id: '#swagger-ui',
  deepLinking: true,
  persistAuthorization: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: 'StandaloneLayout',
});
`;

const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'";

export function addSwaggerUi<E extends Env>(app: Hono<E>): void {
  const cache = new Map<string, Buffer>();
  app.get(SWAGGER_PATH, (c) => c.html(PAGE, 200, { 'Content-Security-Policy': CSP }));
  app.get(`${SWAGGER_PATH}/assets/init.js`, (c) =>
    c.body(INIT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
  );
  app.get(`${SWAGGER_PATH}/assets/:file`, async (c) => {
    const file = c.req.param('file');
    const contentType = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
    if (contentType === undefined) throw new HttpProblem(404, 'Not found', `no asset ${file}`);
    let content = cache.get(file);
    if (!content) {
      content = await readFile(join(distDir, file));
      cache.set(file, content);
    }
    return c.body(new Uint8Array(content), 200, {
      'Content-Type': contentType,
      'Cache-Control': 'public, max-age=86400',
    });
  });
}
