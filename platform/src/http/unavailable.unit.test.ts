import { UnavailableError } from '@kurrent/kurrentdb-client';
import { errors as natsErrors } from '@nats-io/transport-node';
import { describe, expect, it } from 'vitest';
import { isDependencyUnavailable } from './unavailable.ts';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('a dependency that is away', () => {
  it('is told apart from a bug by what PostgreSQL, the pool, KurrentDB, NATS and the network say', () => {
    for (const err of [
      withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      withCode('read ECONNRESET', 'ECONNRESET'),
      withCode('terminating connection due to administrator command', '57P01'),
      withCode('the database system is starting up', '57P03'),
      withCode('connection failure', '08006'),
      withCode('sorry, too many clients already', '53300'),
      new Error('Connection terminated unexpectedly'),
      new Error('Connection terminated due to connection timeout'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Client has encountered a connection error and is not queryable'),
      new UnavailableError(undefined, 'the server is unavailable'),
      new natsErrors.ClosedConnectionError(),
      new natsErrors.ConnectionError('disconnected'),
      new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], 'all failed'),
      new Error('append failed', { cause: new Error('Connection terminated unexpectedly') }),
    ]) {
      expect(isDependencyUnavailable(err), err.message).toBe(true);
    }
  });

  it('is not a bug, a refused statement or a conflict', () => {
    for (const err of [
      new Error('Cannot read properties of undefined'),
      withCode('duplicate key value violates unique constraint', '23505'),
      withCode('invalid input syntax for type uuid', '22P02'),
      withCode('syntax error at or near "selec"', '42601'),
      Object.assign(new Error('WrongExpectedVersion'), { type: 'wrong-expected-version' }),
      'Connection terminated unexpectedly',
      null,
    ]) {
      expect(isDependencyUnavailable(err), String(err)).toBe(false);
    }
  });
});
