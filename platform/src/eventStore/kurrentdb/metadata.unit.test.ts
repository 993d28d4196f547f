import { describe, expect, it } from 'vitest';
import { fromStoredMetadata, toStoredMetadata } from './metadata.ts';

describe('event metadata in KurrentDB', () => {
  it("stores the correlation and causation ids under KurrentDB's names too", () => {
    expect(
      toStoredMetadata({ event_id: 'e1', correlation_id: 'c1', causation_id: 'e0', actor: 'key-1' }),
    ).toEqual({
      event_id: 'e1',
      correlation_id: 'c1',
      causation_id: 'e0',
      actor: 'key-1',
      $correlationId: 'c1',
      $causationId: 'e0',
    });
  });

  it('adds nothing for an id that is absent or null (a command nothing caused)', () => {
    expect(toStoredMetadata({ correlation_id: 'c1', causation_id: null })).toEqual({
      correlation_id: 'c1',
      causation_id: null,
      $correlationId: 'c1',
    });
    expect(toStoredMetadata({ schema_version: 1 })).toEqual({ schema_version: 1 });
  });

  it('gives readers back exactly the metadata that was appended', () => {
    for (const metadata of [
      { event_id: 'e1', correlation_id: 'c1', causation_id: 'e0' },
      { correlation_id: 'c1', causation_id: null },
      {},
    ]) {
      expect(fromStoredMetadata(toStoredMetadata(metadata))).toEqual(metadata);
    }
  });

  it("keeps a $correlationId someone else wrote that differs from the event's own", () => {
    expect(fromStoredMetadata({ correlation_id: 'c1', $correlationId: 'other' })).toEqual({
      correlation_id: 'c1',
      $correlationId: 'other',
    });
  });
});
