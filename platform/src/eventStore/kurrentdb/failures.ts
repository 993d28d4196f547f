// What a failed call to KurrentDB means, and what the adapter may do about it: the errors
// @kurrent/kurrentdb-client (1.3) raises, read as the client and its native bridge raise them, and
// the retry decisions that follow. Pure: kurrentDbEventStore.ts acts on these answers.
import {
  type CommandError,
  convertToCommandError,
  ErrorType,
  isCommandError,
} from '@kurrent/kurrentdb-client';
import type { Backoff } from '../../retry.ts';
import type { ExpectedRevision } from '../port.ts';

type FailureKind =
  /** The server is unreachable, went away, or cancelled the call (a node shutting down). */
  | 'connection'
  /** No answer in time: a write may or may not have happened. */
  | 'timeout'
  /**
   * The node did not handle the call: a follower that is not the leader (the client reconnects to the
   * leader it names), or a node not ready or too busy. Nothing was done.
   */
  | 'not_handled'
  /** The client could not choose a cluster node (an election longer than its discovery attempts): nothing was sent. */
  | 'discovery'
  | 'not_found'
  /** The stream was deleted or tombstoned. */
  | 'deleted'
  | 'conflict'
  /** The server refuses this request as such: access denied, a bad argument, too large, unsupported. */
  | 'refused'
  | 'unknown';

export type Failure = {
  kind: FailureKind;
  /**
   * The client let a gRPC error through unconverted. In the append path that is its server-feature
   * probe (or, on servers without batch appends, the append stream itself), and the client caches a
   * failed probe: every later append would fail with the same error until the client is rebuilt.
   */
  raw: boolean;
};

/** discovery.ts in the client throws a plain Error with this message when no node could be chosen. */
const DISCOVERY_FAILED = /^Failed to discover after \d+ attempts/;
/**
 * Reads go through the client's native bridge (the Rust client), which reports a gRPC status it does
 * not map as UnknownError `Unmapped gRPC error: code: <tonic's description>, message: ...`. A server
 * that cancels a call (KurrentDB 24.4+ does while shutting down) says CANCELLED, described so.
 */
const BRIDGE_CANCELLED = /code: The operation was cancelled\b/;
/**
 * A batch append the node did not handle comes back as an error whose details the client does not
 * know (KurrentDB's Streams.BatchAppend.cs answers NotHandled so), which it reports as UnknownError
 * `Could not recognize <message>`; with leader information the server fails the call as NotLeader.
 */
const BATCH_NOT_HANDLED =
  /^Could not recognize (Server Is Not Ready|Server Is Busy|No leader info available in response)$/;

export function classifyFailure(err: unknown): Failure {
  if (!(err instanceof Error)) return { kind: 'unknown', raw: false };
  if (isCommandError(err)) return { kind: kindOf(err), raw: false };
  if (DISCOVERY_FAILED.test(err.message)) return { kind: 'discovery', raw: false };
  if (typeof (err as { code?: unknown }).code === 'number') {
    // The conversion the client applies to its own calls' errors, applied to one it did not convert.
    let converted: Error;
    try {
      converted = convertToCommandError(err);
    } catch {
      return { kind: 'unknown', raw: true };
    }
    return { kind: isCommandError(converted) ? kindOf(converted) : 'unknown', raw: true };
  }
  return { kind: 'unknown', raw: false };
}

function kindOf(err: CommandError): FailureKind {
  switch (err.type) {
    case ErrorType.UNAVAILABLE:
    case ErrorType.CANCELLED:
      return 'connection';
    case ErrorType.DEADLINE_EXCEEDED:
    case ErrorType.TIMEOUT:
      return 'timeout';
    case ErrorType.NOT_LEADER:
      return 'not_handled';
    case ErrorType.STREAM_NOT_FOUND:
    case ErrorType.NO_STREAM:
      return 'not_found';
    case ErrorType.STREAM_DELETED:
    case ErrorType.STREAM_TOMBSTONED:
      return 'deleted';
    case ErrorType.WRONG_EXPECTED_VERSION:
    case ErrorType.APPEND_CONSISTENCY_VIOLATION:
      return 'conflict';
    case ErrorType.ACCESS_DENIED:
    case ErrorType.INVALID_ARGUMENT:
    case ErrorType.UNSUPPORTED:
    case ErrorType.MAXIMUM_APPEND_SIZE_EXCEEDED:
    case ErrorType.APPEND_RECORD_SIZE_EXCEEDED:
    case ErrorType.TRANSACTION_MAX_SIZE_EXCEEDED:
    case ErrorType.MISSING_REQUIRED_METADATA_PROPERTY:
      return 'refused';
    case ErrorType.UNKNOWN:
      if (BRIDGE_CANCELLED.test(err.message)) return 'connection';
      return BATCH_NOT_HANDLED.test(err.message) ? 'not_handled' : 'unknown';
    default:
      return 'unknown';
  }
}

/**
 * Whether an append that failed so may be sent again as it was. Not handled or never sent: always.
 * Perhaps written: only when the server is sure to recognise its events by their ids, which it is for
 * an expected `no_stream` or revision (it compares the ids at those revisions) but not for `any` or
 * `exists`, whose duplicate check looks only in a cache of recent writes: there a repeat could store
 * the events twice, so the caller gets the error and decides.
 */
export function mayRetryAppend(failure: Failure, expected: ExpectedRevision): boolean {
  switch (failure.kind) {
    case 'not_handled':
    case 'discovery':
      return true;
    case 'connection':
    case 'timeout':
      return expected !== 'any' && expected !== 'exists';
    default:
      return false;
  }
}

/** Reads change nothing: any failure of the connection or the cluster is worth another try. */
export function mayRetryRead(failure: Failure): boolean {
  return ['connection', 'timeout', 'not_handled', 'discovery'].includes(failure.kind);
}

/**
 * A subscription is the relay's and the projector's lifeline: it resubscribes after anything but a
 * refusal (access denied, a bad argument), which no retry mends. Its handler's errors never get here.
 */
export function mayResubscribe(failure: Failure): boolean {
  return failure.kind !== 'refused';
}

/** After these the client may hold a failed server-feature probe, or a failed discovery, for good. */
export function mustRebuildClient(failure: Failure): boolean {
  return failure.raw || failure.kind === 'discovery';
}

/** Between attempts, and between subscriptions: doubling from 200 ms, at most 2 s. */
export const RETRY_BACKOFF: Backoff = { firstDelayMs: 200, maxDelayMs: 2_000 };
