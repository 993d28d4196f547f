// Regenerates the client from the OpenAPI document the service serves (built from the same route
// definitions, no server needed): `openapi.json`, the document itself, for any other generator, and
// `src/schema.ts`, its types for openapi-fetch. `npm run generate -w @payouts/client` writes them;
// generated.unit.test.ts fails while the committed files differ from what this produces.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openApiDocument } from '@payouts/command-api';
import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = `// Generated from the Payouts OpenAPI document by \`npm run generate -w @payouts/client\`: do not edit.\n\n`;

/** Each generated file, by its path in this package, with the text it must have. */
export async function generatedFiles(): Promise<Record<string, string>> {
  const document = openApiDocument();
  const types = astToString(await openapiTS(document as never, { alphabetize: false }));
  return {
    'openapi.json': `${JSON.stringify(document, null, 2)}\n`,
    'src/schema.ts': HEADER + types,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  for (const [path, text] of Object.entries(await generatedFiles())) {
    await writeFile(`${root}${path}`, text);
    console.log(`wrote client/${path}`);
  }
}
