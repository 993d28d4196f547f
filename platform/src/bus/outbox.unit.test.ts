import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createOutbox } from './outbox.ts';

describe('outbox', () => {
  it('hands the publishes of one turn over together at its end, in order', async () => {
    const outbox = createOutbox();
    const sent: string[] = [];
    outbox.send(() => sent.push('a'));
    outbox.send(() => sent.push('b'));
    await Promise.resolve();
    expect(sent).toEqual([]);
    await nextTurn();
    expect(sent).toEqual(['a', 'b']);
  });

  it('lets an ack wait a few milliseconds for others, and no longer than the next publish', async () => {
    const outbox = createOutbox();
    const sent: string[] = [];
    outbox.sendAck(() => sent.push('ack 1'));
    await nextTurn();
    outbox.sendAck(() => sent.push('ack 2'));
    await nextTurn();
    expect(sent).toEqual([]);
    await sleep(20);
    expect(sent).toEqual(['ack 1', 'ack 2']);

    outbox.sendAck(() => sent.push('ack 3'));
    outbox.send(() => sent.push('publish'));
    await nextTurn();
    expect(sent).toEqual(['ack 1', 'ack 2', 'ack 3', 'publish']);
  });

  it('sends acks at the end of the turn once enough of them wait', async () => {
    const outbox = createOutbox();
    let acked = 0;
    for (let i = 0; i < 64; i++) outbox.sendAck(() => acked++);
    await nextTurn();
    expect(acked).toBe(64);
  });

  it('hands everything over at once on flush, past a command that throws', () => {
    const outbox = createOutbox();
    const sent: string[] = [];
    outbox.sendAck(() => {
      throw new Error('connection closed');
    });
    outbox.sendAck(() => sent.push('ack'));
    outbox.send(() => sent.push('publish'));
    outbox.flush();
    expect(sent).toEqual(['ack', 'publish']);
  });
});
