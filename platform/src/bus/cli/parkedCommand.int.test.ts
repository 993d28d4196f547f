// The operators' command for parked messages, run in-process against a database of its own.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKysely, createPool } from '../../db.ts';
import { createLogger } from '../../logger.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/index.ts';
import { createParkedMessages, type ParkedMessages } from '../parking.ts';
import { runParkedCommand } from './parkedCommand.ts';

const STREAM = 'PAYOUTS_cli';
let database: TestDatabase;
let parked: ParkedMessages;
let close: () => Promise<void>;

beforeAll(async () => {
  database = await createTestDatabase('bus_cli');
  const pool = createPool(database.url, createLogger('bus-cli-test', 'silent'));
  const db = createKysely<unknown>(pool);
  parked = await createParkedMessages(pool, db);
  close = () => db.destroy();
});
afterAll(async () => {
  await close?.();
  await database?.drop();
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runParkedCommand(argv, {
    parked,
    stream: STREAM,
    write: (t) => out.push(t),
    error: (t) => err.push(t),
  });
  return { code, out, err };
}

async function fail(consumer: string, times: number, afterFailures = 2) {
  const message = {
    id: randomUUID(),
    subject: 'payouts.events.PayoutUpdated',
    data: JSON.stringify({ event_id: 'x', n: 1 }),
    headers: { traceparent: 'tp' },
    deliveryCount: 1,
  };
  for (let i = 0; i < times; i++) {
    await parked.recordFailure(
      { stream: STREAM, consumer, message: { ...message, deliveryCount: i + 1 }, error: `failure ${i + 1}` },
      afterFailures,
    );
  }
  return message.id;
}

describe('bus parked / show / redrive', () => {
  it('lists parked messages, and with --failing those still retried', async () => {
    expect(await run('parked')).toEqual({ code: 0, out: [], err: [`nothing parked on stream ${STREAM}`] });
    const parkedId = await fail('projector', 2);
    const retriedId = await fail('payout-processor-PayoutRequested', 1);
    const listed = await run('parked');
    expect(listed.code).toBe(0);
    expect(listed.out).toHaveLength(1);
    expect(listed.out[0]).toMatch(
      new RegExp(
        `^#\\d+ projector payouts\\.events\\.PayoutUpdated message ${parkedId}: failed 2 times \\(delivery 2\\), parked .*; last error: failure 2$`,
      ),
    );
    const failing = await run('parked', '--failing', '--json');
    expect(failing.out.map((l) => JSON.parse(l).message_id)).toEqual([parkedId, retriedId]);
    expect(JSON.parse(failing.out[1]!)).toMatchObject({
      failures: 1,
      parked_at: null,
      consumer: 'payout-processor-PayoutRequested',
    });
    expect((await run('parked', '--consumer', 'nobody')).out).toEqual([]);
  });

  it('shows one in full, and re-drives by id, by consumer or all', async () => {
    const [first] = await parked.list({ stream: STREAM });
    const shown = await run('show', String(first!.id));
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.out.join('\n'))).toMatchObject({
      id: first!.id,
      headers: { traceparent: 'tp' },
      data: { event_id: 'x', n: 1 },
    });
    expect((await run('show', '999999')).code).toBe(1);

    expect((await run('redrive', String(first!.id))).out[0]).toContain('asked to re-drive 1 parked message:');
    expect((await parked.list({ stream: STREAM }))[0]!.redriveRequestedAt).toBeInstanceOf(Date);
    const unknown = await run('redrive', '424242');
    expect(unknown).toMatchObject({ code: 1, err: [`no parked message #424242 on stream ${STREAM}`] });
    await fail('projector', 2);
    expect((await run('redrive', '--consumer', 'projector')).out[0]).toContain('re-drive 2 parked messages');
    expect((await run('redrive', '--all')).out[0]).toContain('re-drive 2 parked messages');
  });

  it('explains its usage instead of guessing', async () => {
    for (const argv of [
      [],
      ['nonsense'],
      ['redrive'],
      ['redrive', '--all', '--consumer', 'x'],
      ['redrive', 'abc'],
      ['show'],
    ]) {
      const result = await run(...argv);
      expect(result.code, argv.join(' ')).toBe(1);
      expect(result.err.join('\n')).toContain('usage: bus parked');
    }
  });
});
