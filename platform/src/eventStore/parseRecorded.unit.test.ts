import { describe, expect, it } from 'vitest';
import { parseRecorded, schemaVersionOf } from './parseRecorded.ts';

describe('parseRecorded', () => {
  const seen: unknown[][] = [];
  const parse = (type: string, data: unknown, schemaVersion: number) => {
    seen.push([type, data, schemaVersion]);
    return { type };
  };

  it('parses an event at the schema version its metadata records', () => {
    expect(parseRecorded(parse, { type: 'A', data: { n: 1 }, metadata: { schema_version: 3 } })).toEqual({
      type: 'A',
    });
    expect(seen.at(-1)).toEqual(['A', { n: 1 }, 3]);
  });

  it('takes an event without a recorded version (or a malformed one) as version 1', () => {
    expect(schemaVersionOf({})).toBe(1);
    expect(schemaVersionOf({ schema_version: '2' })).toBe(1);
    parseRecorded(parse, { type: 'B', data: null, metadata: {} });
    expect(seen.at(-1)).toEqual(['B', null, 1]);
  });
});
