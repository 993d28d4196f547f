// `.env.example` copied to `.env` as README says: every value in it is valid, and it names no server
// (which would turn the embedded fallbacks off) and no port (which every service would then take).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { loadConfig } from '@payouts/platform';
import { describe, expect, it } from 'vitest';
import { systemEnv } from './system.ts';

const example = parseEnv(readFileSync(join(import.meta.dirname, '../.env.example'), 'utf8'));

describe('.env.example', () => {
  it('leaves DATABASE_URL, NATS_URL and PORT unset, so npm start still falls back to embedded servers', () => {
    expect(example.DATABASE_URL).toBeUndefined();
    expect(example.NATS_URL).toBeUndefined();
    expect(example.PORT).toBeUndefined();
  });

  it('holds only values the configuration accepts', () => {
    expect(() => loadConfig(systemEnv, example)).not.toThrow();
  });
});
