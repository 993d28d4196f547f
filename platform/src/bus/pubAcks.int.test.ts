// PubAcks on the NATS server the tests use, answered by a stand-in for JetStream on subjects of this
// test's own: each publish gets its own answer whatever the order they come in, and every way a
// publish fails (an API error, no responders, no answer, a closed connection) fails it.
import { randomUUID } from 'node:crypto';
import { JetStreamApiError } from '@nats-io/jetstream';
import { connect, headers, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NATS_URL } from '../testing/index.ts';
import { BusGone, type PublishAck } from './port.ts';
import { createPubAcks } from './pubAcks.ts';

describe('PubAcks on one inbox', () => {
  let publisher: NatsConnection;
  let server: NatsConnection;
  const prefix = `pubacks_${randomUUID().replaceAll('-', '')}`;

  beforeAll(async () => {
    publisher = await connect({ servers: TEST_NATS_URL });
    server = await connect({ servers: TEST_NATS_URL });
  });
  afterAll(async () => {
    await publisher?.close();
    await server?.close();
  });

  function publish(pubAcks: ReturnType<typeof createPubAcks>, subject: string, data: string) {
    return new Promise<PublishAck>((resolve, reject) =>
      pubAcks.publish(subject, data, headers(), resolve, reject),
    );
  }

  it('settles each publish with its own answer, whatever order the answers come in', async () => {
    const subject = `${prefix}.reversed`;
    const asked: { reply: string; data: string }[] = [];
    // Answers once all three asked, last first: a duplicate for "a" only.
    server.subscribe(subject, {
      callback: (_err, msg) => {
        asked.push({ reply: msg.reply!, data: msg.string() });
        if (asked.length < 3) return;
        for (const { reply, data } of asked.reverse()) {
          server.publish(reply, JSON.stringify({ stream: 'S', seq: 1, duplicate: data === 'a' }));
        }
      },
    });
    await server.flush();
    const pubAcks = createPubAcks(publisher);
    const acks = await Promise.all(['a', 'b', 'c'].map((data) => publish(pubAcks, subject, data)));
    expect(acks).toEqual([{ duplicate: true }, { duplicate: false }, { duplicate: false }]);
    pubAcks.close();
  });

  it("fails a publish with JetStream's API error", async () => {
    const subject = `${prefix}.refused`;
    server.subscribe(subject, {
      callback: (_err, msg) => {
        const error = { code: 400, err_code: 10060, description: 'expected stream does not match' };
        msg.respond(JSON.stringify({ error }));
      },
    });
    await server.flush();
    const pubAcks = createPubAcks(publisher);
    const failed = publish(pubAcks, subject, 'x');
    await expect(failed).rejects.toBeInstanceOf(JetStreamApiError);
    await expect(failed).rejects.toThrow('expected stream does not match');
    pubAcks.close();
  });

  it('fails a publish nothing takes (no stream on the subject) as BusGone', async () => {
    const pubAcks = createPubAcks(publisher);
    await expect(publish(pubAcks, `${prefix}.nobody`, 'x')).rejects.toBeInstanceOf(BusGone);
    pubAcks.close();
  });

  it('fails a publish whose answer does not come within the timeout', async () => {
    const subject = `${prefix}.silent`;
    server.subscribe(subject, { callback: () => {} });
    await server.flush();
    const pubAcks = createPubAcks(publisher, { timeoutMs: 200 });
    const started = performance.now();
    await expect(publish(pubAcks, subject, 'x')).rejects.toThrow(/no PubAck .* within 200 ms/);
    expect(performance.now() - started).toBeGreaterThanOrEqual(200);
    pubAcks.close();
  });

  it('fails the publishes still waiting when the connection closes', async () => {
    const subject = `${prefix}.closing`;
    server.subscribe(subject, { callback: () => {} });
    await server.flush();
    const closing = await connect({ servers: TEST_NATS_URL });
    const pubAcks = createPubAcks(closing);
    const waiting = publish(pubAcks, subject, 'x');
    await closing.flush();
    await closing.close();
    await expect(waiting).rejects.toThrow('NATS connection closed');
  });

  it('fails a publish on a closed connection at once', async () => {
    const closed = await connect({ servers: TEST_NATS_URL });
    await closed.close();
    await expect(publish(createPubAcks(closed), `${prefix}.closed`, 'x')).rejects.toThrow();
  });
});
