// The committed client must be what the current OpenAPI document generates: a route or schema that
// changed without `npm run generate -w @payouts/client` fails here (and so in CI).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../scripts/generate.ts';

describe('the generated client', () => {
  it('matches the OpenAPI document: run `npm run generate -w @payouts/client` if not', async () => {
    for (const [path, text] of Object.entries(await generatedFiles())) {
      const committed = await readFile(new URL(`../${path}`, import.meta.url), 'utf8');
      expect(committed === text, `client/${path} is stale: run npm run generate -w @payouts/client`).toBe(
        true,
      );
    }
  });
});
