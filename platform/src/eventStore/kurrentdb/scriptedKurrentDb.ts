// For tests without a KurrentDB server: a gRPC endpoint that speaks KurrentDB's wire protocol just
// far enough for @kurrent/kurrentdb-client (and its native bridge) to talk to it, and answers each
// call as the test scripts it: the server-feature probe, batch appends, and reads. It stores nothing
// and decides nothing; it is not a KurrentDB. What it is for is making the real client raise its real
// errors from real gRPC statuses, so that the adapter's handling of them is tested as it will run.
// What KurrentDB itself does is the contract suite's to show, against a real server.
import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { ServerFeaturesService } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/serverfeatures_grpc_pb.js';
import {
  SupportedMethod,
  SupportedMethods,
} from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/serverfeatures_pb.js';
import {
  AllStreamPosition,
  Empty,
  StreamIdentifier,
  UUID,
} from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/shared_pb.js';
import { Status } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/status_pb.js';
import { StreamsService } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_grpc_pb.js';
import {
  type BatchAppendReq,
  BatchAppendResp,
  type ReadReq,
  ReadResp,
} from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_pb.js';
import { Any } from 'google-protobuf/google/protobuf/any_pb.js';
import type { ExpectedRevision, GlobalPosition } from '../port.ts';

/** A gRPC status to end a call with; `metadata` as KurrentDB sends it (`exception`, `leader-endpoint-host`, ...). */
export type ScriptedFailure = { code: grpc.status; details: string; metadata?: Record<string, string> };

export type ScriptedEvent = {
  id: string;
  stream: string;
  revision: bigint;
  position: GlobalPosition;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
};

export type AppendRequest = {
  stream: string;
  expected: ExpectedRevision;
  events: { id: string; type: string; metadata: Record<string, unknown> }[];
};

export type AppendAnswer =
  | { success: { revision: bigint; position?: GlobalPosition } }
  /** The whole batch-append call fails with this status (every append in flight on it fails). */
  | { fail: ScriptedFailure }
  /** This append alone is answered with an error status whose details the client does not know. */
  | { notHandled: string }
  | 'hang';

export type ReadRequest = {
  /** The stream read, or `$all`. */
  stream: string;
  subscription: boolean;
  backwards: boolean;
  fromRevision: bigint | 'start' | 'end' | undefined;
  /** Where a read of `$all` starts (inclusive). */
  fromPosition: GlobalPosition | 'start' | 'end' | undefined;
  /** How many events a read (not a subscription) asks for at most. */
  maxCount: bigint | undefined;
  /** The `requires-leader` header as sent. */
  requiresLeader: string | undefined;
};

export type ReadAnswer = { events: ScriptedEvent[] } | { fail: ScriptedFailure } | 'not_found' | 'hang';

export type ScriptedKurrentDb = {
  url: string;
  port: number;
  /** Server-feature probes made by the JavaScript client (not its native bridge). */
  probes: number;
  appends: AppendRequest[];
  reads: ReadRequest[];
  onProbe: (probe: number) => 'ok' | ScriptedFailure;
  onAppend: (request: AppendRequest, attempt: number) => AppendAnswer;
  onRead: (request: ReadRequest, attempt: number) => ReadAnswer;
  close(): Promise<void>;
};

export async function startScriptedKurrentDb(): Promise<ScriptedKurrentDb> {
  const server = new grpc.Server();
  const scripted: ScriptedKurrentDb = {
    url: '',
    port: 0,
    probes: 0,
    appends: [],
    reads: [],
    onProbe: () => 'ok',
    onAppend: (request, attempt) => ({
      success: {
        revision: BigInt(request.events.length - 1),
        position: { commit: BigInt(attempt) * 1_000n, prepare: BigInt(attempt) * 1_000n },
      },
    }),
    onRead: () => ({ events: [] }),
    async close() {
      server.forceShutdown();
    },
  };

  server.addService(ServerFeaturesService, {
    getSupportedMethods(
      call: grpc.ServerUnaryCall<Empty, SupportedMethods>,
      callback: grpc.sendUnaryData<SupportedMethods>,
    ) {
      const bridge = String(call.metadata.get('user-agent')[0] ?? '').includes('tonic');
      if (!bridge) scripted.probes += 1;
      const answer = bridge ? 'ok' : scripted.onProbe(scripted.probes);
      if (answer !== 'ok') return callback(toServiceError(answer));
      const methods = new SupportedMethods();
      const batchAppend = new SupportedMethod();
      batchAppend.setServiceName('event_store.client.streams.streams');
      batchAppend.setMethodName('batchappend');
      methods.addMethods(batchAppend);
      methods.setEventStoreServerVersion('26.0.3');
      callback(null, methods);
    },
  });

  server.addService(StreamsService, {
    read(call: grpc.ServerWritableStream<ReadReq, ReadResp>) {
      const request = toReadRequest(call.request, call.metadata);
      scripted.reads.push(request);
      const answer = scripted.onRead(request, scripted.reads.length);
      if (answer === 'hang') return;
      if (answer === 'not_found') {
        const response = new ReadResp();
        const notFound = new ReadResp.StreamNotFound();
        notFound.setStreamIdentifier(streamIdentifier(request.stream));
        response.setStreamNotFound(notFound);
        call.write(response);
        call.end();
        return;
      }
      if ('fail' in answer) {
        call.emit('error', toServiceError(answer.fail));
        return;
      }
      for (const event of answer.events) call.write(readResponse(event));
      if (!request.subscription) call.end();
    },
    batchAppend(call: grpc.ServerDuplexStream<BatchAppendReq, BatchAppendResp>) {
      call.on('data', (message: BatchAppendReq) => {
        const options = message.getOptions();
        const request: AppendRequest = {
          stream: Buffer.from(options?.getStreamIdentifier()?.getStreamName_asU8() ?? []).toString('utf8'),
          expected: toExpected(options),
          events: message.getProposedMessagesList().map((m) => ({
            id: m.getId()?.getString() ?? '',
            type: m.getMetadataMap().get('type') ?? '',
            metadata: JSON.parse(Buffer.from(m.getCustomMetadata_asU8()).toString('utf8') || '{}'),
          })),
        };
        scripted.appends.push(request);
        const answer = scripted.onAppend(request, scripted.appends.length);
        if (answer === 'hang') return;
        if ('fail' in answer) {
          call.emit('error', toServiceError(answer.fail));
          return;
        }
        const response = new BatchAppendResp();
        response.setCorrelationId(message.getCorrelationId());
        response.setStreamIdentifier(options?.getStreamIdentifier());
        if ('notHandled' in answer) {
          // As KurrentDB's Streams.BatchAppend.cs answers a write it did not handle: an empty detail.
          const status = new Status();
          status.setCode(14);
          status.setMessage(answer.notHandled);
          const details = new Any();
          details.pack(new Empty().serializeBinary(), 'google.protobuf.Empty');
          status.setDetails(details);
          response.setError(status);
        } else {
          const success = new BatchAppendResp.Success();
          success.setCurrentRevision(String(answer.success.revision));
          if (answer.success.position) success.setPosition(allStreamPosition(answer.success.position));
          else success.setNoPosition(new Empty());
          response.setSuccess(success);
        }
        call.write(response);
      });
    },
    append() {},
    delete() {},
    tombstone() {},
  });

  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, bound) =>
      err ? reject(err) : resolve(bound),
    ),
  );
  scripted.port = port;
  scripted.url = `kurrentdb://127.0.0.1:${port}?tls=false`;
  return scripted;
}

/** A scripted event in a stream, with made-up positions that grow with the revision. */
export function scriptedEvent(
  stream: string,
  revision: bigint,
  overrides: Partial<ScriptedEvent> = {},
): ScriptedEvent {
  return {
    id: randomUUID(),
    stream,
    revision,
    position: { commit: 1_000n + revision * 100n, prepare: 1_000n + revision * 100n },
    type: 'Tested',
    data: { n: Number(revision) },
    metadata: {},
    ...overrides,
  };
}

function toServiceError(failure: ScriptedFailure): Partial<grpc.StatusObject> {
  const metadata = new grpc.Metadata();
  for (const [key, value] of Object.entries(failure.metadata ?? {})) metadata.set(key, value);
  return { code: failure.code, details: failure.details, metadata };
}

function toReadRequest(request: ReadReq, metadata: grpc.Metadata): ReadRequest {
  const options = request.getOptions();
  const streamOptions = options?.getStream();
  let fromRevision: ReadRequest['fromRevision'];
  if (streamOptions?.hasStart()) fromRevision = 'start';
  else if (streamOptions?.hasEnd()) fromRevision = 'end';
  else if (streamOptions?.hasRevision()) fromRevision = BigInt(streamOptions.getRevision());
  const allOptions = options?.getAll();
  let fromPosition: ReadRequest['fromPosition'];
  if (allOptions?.hasStart()) fromPosition = 'start';
  else if (allOptions?.hasEnd()) fromPosition = 'end';
  else if (allOptions?.hasPosition()) {
    const position = allOptions.getPosition()!;
    fromPosition = {
      commit: BigInt(position.getCommitPosition()),
      prepare: BigInt(position.getPreparePosition()),
    };
  }
  return {
    stream: streamOptions
      ? Buffer.from(streamOptions.getStreamIdentifier()?.getStreamName_asU8() ?? []).toString('utf8')
      : '$all',
    subscription: options?.hasSubscription() ?? false,
    backwards: options?.getReadDirection() === 1,
    fromRevision,
    fromPosition,
    maxCount: options?.hasCount() ? BigInt(options.getCount()) : undefined,
    requiresLeader: metadata.get('requires-leader')[0]?.toString(),
  };
}

function toExpected(options: BatchAppendReq.Options | undefined): ExpectedRevision {
  if (options?.hasStreamPosition()) return BigInt(options.getStreamPosition());
  if (options?.hasNoStream()) return 'no_stream';
  if (options?.hasStreamExists()) return 'exists';
  return 'any';
}

function streamIdentifier(stream: string): StreamIdentifier {
  const identifier = new StreamIdentifier();
  identifier.setStreamName(Buffer.from(stream, 'utf8'));
  return identifier;
}

function allStreamPosition(position: GlobalPosition): AllStreamPosition {
  const grpcPosition = new AllStreamPosition();
  grpcPosition.setCommitPosition(String(position.commit));
  grpcPosition.setPreparePosition(String(position.prepare));
  return grpcPosition;
}

function readResponse(event: ScriptedEvent): ReadResp {
  const recorded = new ReadResp.ReadEvent.RecordedEvent();
  const id = new UUID();
  id.setString(event.id);
  recorded.setId(id);
  recorded.setStreamIdentifier(streamIdentifier(event.stream));
  recorded.setStreamRevision(String(event.revision));
  recorded.setCommitPosition(String(event.position.commit));
  recorded.setPreparePosition(String(event.position.prepare));
  recorded.getMetadataMap().set('type', event.type);
  recorded.getMetadataMap().set('content-type', 'application/json');
  // Ticks (100 ns) since the Unix epoch, as KurrentDB sends them.
  recorded.getMetadataMap().set('created', String(BigInt(Date.now()) * 10_000n));
  recorded.setData(Buffer.from(JSON.stringify(event.data)));
  recorded.setCustomMetadata(Buffer.from(JSON.stringify(event.metadata)));
  const read = new ReadResp.ReadEvent();
  read.setEvent(recorded);
  read.setCommitPosition(String(event.position.commit));
  const response = new ReadResp();
  response.setEvent(read);
  return response;
}
