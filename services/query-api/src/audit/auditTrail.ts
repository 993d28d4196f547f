// Tamper evidence as auditors reach it (the verify route, the anchor export, the audit command):
// the events from the event store, whichever adapter, checked against the signed anchors with the
// trusted public keys; on PostgreSQL the stored hash column is checked too.

import type { KeyObject } from 'node:crypto';
import {
  type AnchorStore,
  type AuditReport,
  allEventsOf,
  type BrokenEvent,
  type ChainReport,
  type EventStore,
  publicKeyRing,
  type RecordedEvent,
  type SignedAnchor,
  verifyAuditTrail,
} from '@payouts/platform';

type VerifyOptions = {
  /** Report on these streams only (e.g. one tenant's); every event is still checked. */
  reportStream?: (streamName: string, firstEvent: RecordedEvent | null) => boolean;
  /** Check with these keys instead of the configured ones (an auditor's own copy). */
  publicKeys?: KeyObject[];
  /** Check against these anchors instead of the stored ones (an auditor's earlier export). */
  anchors?: AsyncIterable<SignedAnchor>;
};

export type AuditTrail = {
  /** The public keys anchors are checked with, as configured. */
  publicKeys: KeyObject[];
  verify(options?: VerifyOptions): Promise<AuditReport>;
  anchors(afterSequence?: number): AsyncGenerator<SignedAnchor>;
};

export function createAuditTrail(deps: {
  eventStore: EventStore;
  anchors: AnchorStore;
  publicKeys: KeyObject[];
  /** The store's own stored chain (PostgreSQL's hash column); null when it keeps none (KurrentDB). */
  storedChain: (() => Promise<ChainReport>) | null;
}): AuditTrail {
  return {
    publicKeys: deps.publicKeys,
    async verify(options = {}) {
      // The anchors signed by now: one signed while the events are read is left for the next verify.
      const upToSequence = (await deps.anchors.last())?.sequence ?? 0;
      const stored = deps.storedChain ? await deps.storedChain() : null;
      const findings: BrokenEvent[] = stored?.first_broken ? [stored.first_broken] : [];
      return verifyAuditTrail({
        events: allEventsOf(deps.eventStore),
        anchors: options.anchors ?? deps.anchors.list({ upToSequence }),
        publicKeys: publicKeyRing(options.publicKeys ?? deps.publicKeys),
        storedChainFindings: findings,
        ...(options.reportStream ? { reportStream: options.reportStream } : {}),
      });
    },
    anchors(afterSequence = 0) {
      return deps.anchors.list({ afterSequence });
    },
  };
}
