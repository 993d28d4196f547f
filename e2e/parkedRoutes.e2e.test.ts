// The operator routes for parked messages, as an operator meets them: on the metrics port of a worker
// run on its own (the projector's main.ts here), listing what is parked and asking for a re-drive.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  createKysely,
  createLogger,
  createParkedMessages,
  createPool,
  type ParkedMessages,
} from '@payouts/platform';
import {
  createTestDatabase,
  eventually,
  TEST_NATS_URL,
  type TestDatabase,
  uniqueBusNames,
} from '@payouts/platform/testing';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

describe("a worker's operator routes for parked messages", () => {
  let database: TestDatabase;
  let db: Kysely<unknown>;
  let parked: ParkedMessages;
  let projector: ReturnType<typeof spawn>;
  let base: string;
  const names = uniqueBusNames();

  beforeAll(async () => {
    database = await createTestDatabase('parked_routes');
    const pool = createPool(database.url, createLogger('parked-routes-test', 'silent'));
    db = createKysely<unknown>(pool);
    projector = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'services/query-api/src/projector/main.ts')],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: database.url,
          NATS_URL: TEST_NATS_URL,
          ...names,
          METRICS_PORT: '0',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    projector.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const port = await eventually(
      async () => /"port":(\d+),"msg":"http listening"/.exec(output)?.[1],
      60_000,
      'the projector to listen',
    );
    base = `http://127.0.0.1:${port}`;
    // The projector has created the table by now (it opened its infrastructure before listening).
    parked = await createParkedMessages(pool, db);
  });
  afterAll(async () => {
    projector?.kill('SIGTERM');
    await new Promise((resolve) => projector?.once('exit', resolve));
    await db?.destroy();
    await database?.drop();
  });

  it('lists parked messages without their data, and asks for a re-drive', async () => {
    const messageId = randomUUID();
    await parked.recordFailure(
      {
        stream: names.NATS_STREAM,
        consumer: 'projector',
        message: {
          id: messageId,
          subject: `${names.NATS_SUBJECT_PREFIX}.events.PayoutUpdated`,
          data: '{"secret":"recipient"}',
          headers: {},
          deliveryCount: 4,
        },
        error: 'the event store has no revisions 0..2',
      },
      1,
    );
    type Listed = { stream: string; parked: { id: number; [field: string]: unknown }[] };
    const list = (query = '') => fetch(`${base}/bus/parked${query}`).then((r) => r.json() as Promise<Listed>);
    const listed = await list();
    expect(listed.stream).toBe(names.NATS_STREAM);
    expect(listed.parked).toHaveLength(1);
    expect(listed.parked[0]).toMatchObject({
      consumer: 'projector',
      message_id: messageId,
      failures: 1,
      deliveries: 4,
      error: 'the event store has no revisions 0..2',
      redrive_requested_at: null,
    });
    expect(JSON.stringify(listed)).not.toContain('recipient');
    expect((await list('?consumer=nobody')).parked).toEqual([]);

    const bad = await fetch(`${base}/bus/parked/redrive`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ids: [listed.parked[0]!.id], all: true }),
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('Content-Type')).toBe('application/problem+json');

    const redrive = await fetch(`${base}/bus/parked/redrive`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ids: [listed.parked[0]!.id] }),
    });
    expect(redrive.status).toBe(202);
    expect(await redrive.json()).toEqual({ stream: names.NATS_STREAM, requested: 1 });
    // The projector takes it at once: its handler fails on it again (it is not a payout event), so
    // it stays parked, counted once more.
    await eventually(
      async () => {
        const [again] = await parked.list({ stream: names.NATS_STREAM });
        return again?.failures === 2 && again.redriveRequestedAt === null ? again : undefined;
      },
      20_000,
      'the re-driven message handled again',
    );
  });
});
