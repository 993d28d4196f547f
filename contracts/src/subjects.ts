// Where payout events travel on the bus. The prefix is configurable so that tests (and several
// deployments on one NATS) never share a stream.

/** `payouts.events.PayoutRequested` */
export function eventSubject(prefix: string, eventType: string): string {
  return `${prefix}.events.${eventType}`;
}

export function allEventsSubject(prefix: string): string {
  return `${prefix}.events.>`;
}

export const PAYOUT_STREAM_PREFIX = 'payout-';

export function payoutStreamName(payoutId: string): string {
  return `${PAYOUT_STREAM_PREFIX}${payoutId}`;
}

export function payoutIdFromStream(streamName: string): string | undefined {
  return streamName.startsWith(PAYOUT_STREAM_PREFIX)
    ? streamName.slice(PAYOUT_STREAM_PREFIX.length)
    : undefined;
}
