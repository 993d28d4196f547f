// The adapter's reading of the errors @kurrent/kurrentdb-client raises, on the client's own error
// classes: built by its constructors, or by its own conversion from the gRPC errors grpc-js produces.
// kurrentDbFailures.int.test.ts gets the same errors out of the real client over the wire.
import { Metadata, type ServiceError, status } from '@grpc/grpc-js';
import {
  AccessDeniedError,
  CancelledError,
  convertToCommandError,
  DeadlineExceededError,
  InvalidArgumentError,
  MaxAppendSizeExceededError,
  NotLeaderError,
  StreamDeletedError,
  StreamNotFoundError,
  TimeoutError,
  UnavailableError,
  UnknownError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from '../../retry.ts';
import type { ExpectedRevision } from '../port.ts';
import {
  classifyFailure,
  type Failure,
  mayResubscribe,
  mayRetryAppend,
  mayRetryRead,
  mustRebuildClient,
  RETRY_BACKOFF,
} from './failures.ts';

/** A gRPC error as grpc-js hands it to the client: `code`, `details` and `metadata` on an Error. */
function serviceError(code: status, details: string, metadata: Record<string, string> = {}): ServiceError {
  const grpcMetadata = new Metadata();
  for (const [key, value] of Object.entries(metadata)) grpcMetadata.set(key, value);
  return Object.assign(new Error(`${code} ${status[code]}: ${details}`), {
    code,
    details,
    metadata: grpcMetadata,
  });
}

/** What the client's native bridge raises, as its convertBridgeError wraps it. */
const bridgeError = (name: string, message: string) =>
  Object.assign(new Error(message), { name, metadata: { detail: message } }) as unknown as ServiceError;

const notLeader = convertToCommandError(
  serviceError(status.NOT_FOUND, 'Leader info available', {
    exception: 'not-leader',
    'leader-endpoint-host': 'node2',
    'leader-endpoint-port': '2113',
  }),
);

describe('classifyFailure', () => {
  it("gets the client's own classes from its own conversion", () => {
    expect(notLeader).toBeInstanceOf(NotLeaderError);
    expect((notLeader as NotLeaderError).leader).toEqual({ address: 'node2', port: 2113 });
  });

  it.each<[string, unknown, Failure]>([
    ['UnavailableError', new UnavailableError(), { kind: 'connection', raw: false }],
    [
      'CancelledError (a server cancelling the call)',
      new CancelledError(),
      { kind: 'connection', raw: false },
    ],
    [
      'UNAVAILABLE converted by the client',
      convertToCommandError(serviceError(status.UNAVAILABLE, 'Connection dropped')),
      { kind: 'connection', raw: false },
    ],
    [
      "the bridge's CANCELLED (KurrentDB 24.4+ shutting down), an UnknownError",
      new UnknownError(
        bridgeError(
          'UnknownError',
          'Unmapped gRPC error: code: The operation was cancelled, message: node shutting down.',
        ),
      ),
      { kind: 'connection', raw: false },
    ],
    ['DeadlineExceededError', new DeadlineExceededError(), { kind: 'timeout', raw: false }],
    ['TimeoutError (the server timed the write out)', new TimeoutError(), { kind: 'timeout', raw: false }],
    ['NotLeaderError', notLeader, { kind: 'not_handled', raw: false }],
    [
      'a batch append the node did not handle (not ready)',
      new UnknownError(undefined, 'Could not recognize Server Is Not Ready'),
      { kind: 'not_handled', raw: false },
    ],
    [
      'a batch append the node did not handle (no leader known)',
      new UnknownError(undefined, 'Could not recognize No leader info available in response'),
      { kind: 'not_handled', raw: false },
    ],
    [
      "the client's discovery giving up, a plain Error",
      new Error('Failed to discover after 10 attempts.'),
      { kind: 'discovery', raw: false },
    ],
    [
      'the feature probe timing out, a raw gRPC error',
      serviceError(status.DEADLINE_EXCEEDED, 'Deadline Exceeded'),
      { kind: 'timeout', raw: true },
    ],
    [
      'the feature probe finding no server, a raw gRPC error',
      serviceError(status.UNAVAILABLE, 'No connection established. Last error: connect ECONNREFUSED'),
      { kind: 'connection', raw: true },
    ],
    [
      'WrongExpectedVersionError',
      new WrongExpectedVersionError(undefined, { streamName: 's', current: 1n, expected: 0n }),
      { kind: 'conflict', raw: false },
    ],
    ['StreamNotFoundError', new StreamNotFoundError(undefined, 's'), { kind: 'not_found', raw: false }],
    [
      'StreamDeletedError (tombstoned)',
      StreamDeletedError.fromStreamName('s'),
      { kind: 'deleted', raw: false },
    ],
    ['AccessDeniedError', new AccessDeniedError(), { kind: 'refused', raw: false }],
    ['InvalidArgumentError', new InvalidArgumentError('bad'), { kind: 'refused', raw: false }],
    [
      'MaxAppendSizeExceededError',
      MaxAppendSizeExceededError.fromMaxAppendSize(1024),
      { kind: 'refused', raw: false },
    ],
    [
      'an UnknownError of another kind',
      new UnknownError(undefined, 'something else'),
      { kind: 'unknown', raw: false },
    ],
    ['a handler-like TypeError', new TypeError('x is undefined'), { kind: 'unknown', raw: false }],
    ['a thrown string', 'nope', { kind: 'unknown', raw: false }],
  ])('%s', (_, err, expected) => {
    expect(classifyFailure(err)).toEqual(expected);
  });
});

describe('what the adapter does about each failure', () => {
  const kinds = (...names: Failure['kind'][]) => names.map((kind) => ({ kind, raw: false }));
  const expectations: ExpectedRevision[] = ['no_stream', 4n, 'any', 'exists'];

  it('repeats an append the node did not handle, or never got, whatever its expectation', () => {
    for (const failure of kinds('not_handled', 'discovery')) {
      for (const expected of expectations)
        expect(mayRetryAppend(failure, expected), `${failure.kind} ${expected}`).toBe(true);
    }
  });

  it('repeats an append that may have been written only where the server recognises its event ids', () => {
    for (const failure of [...kinds('connection', 'timeout'), { kind: 'timeout' as const, raw: true }]) {
      expect(mayRetryAppend(failure, 'no_stream')).toBe(true);
      expect(mayRetryAppend(failure, 4n)).toBe(true);
      expect(mayRetryAppend(failure, 'any'), `${failure.kind} any`).toBe(false);
      expect(mayRetryAppend(failure, 'exists'), `${failure.kind} exists`).toBe(false);
    }
  });

  it('never repeats a conflict, a refusal, a deleted stream or an error it does not know', () => {
    for (const failure of kinds('conflict', 'refused', 'deleted', 'not_found', 'unknown')) {
      for (const expected of expectations) expect(mayRetryAppend(failure, expected)).toBe(false);
      expect(mayRetryRead(failure), failure.kind).toBe(false);
    }
  });

  it('repeats reads after any failure of the connection or the cluster', () => {
    for (const failure of kinds('connection', 'timeout', 'not_handled', 'discovery')) {
      expect(mayRetryRead(failure), failure.kind).toBe(true);
    }
  });

  it('resubscribes after anything but a refusal', () => {
    for (const failure of kinds('connection', 'timeout', 'not_handled', 'discovery', 'unknown')) {
      expect(mayResubscribe(failure), failure.kind).toBe(true);
    }
    expect(mayResubscribe(classifyFailure(new AccessDeniedError()))).toBe(false);
    expect(mayResubscribe(classifyFailure(new InvalidArgumentError('bad filter')))).toBe(false);
  });

  it('rebuilds the client after an error it may have cached: a raw one, or a failed discovery', () => {
    expect(
      mustRebuildClient(classifyFailure(serviceError(status.DEADLINE_EXCEEDED, 'Deadline Exceeded'))),
    ).toBe(true);
    expect(mustRebuildClient(classifyFailure(new Error('Failed to discover after 10 attempts.')))).toBe(true);
    expect(mustRebuildClient(classifyFailure(new UnavailableError()))).toBe(false);
    expect(mustRebuildClient(classifyFailure(new DeadlineExceededError()))).toBe(false);
  });

  it('waits longer after each failed attempt, up to 2 s', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelayMs(RETRY_BACKOFF, n))).toEqual([
      200, 400, 800, 1600, 2000, 2000,
    ]);
  });
});
