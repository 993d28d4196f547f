// The signed anchors for auditors to export and check offline: the anchors as NDJSON and the public
// keys they are checked with.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { auditKeysRoute, listAnchorsRoute } from '@payouts/contracts';
import { keyIdOf, publicKeyPem } from '@payouts/platform';
import type { QueryEnv } from '../payouts/routes.ts';
import type { AuditTrail } from './auditTrail.ts';

export function anchorRoutes(app: OpenAPIHono<QueryEnv>, trail: AuditTrail): void {
  app.openapi(listAnchorsRoute, async (c) => {
    const anchors = trail.anchors(c.req.valid('query').after_sequence ?? 0);
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        // One anchor per pull: a slow reader holds back reading the table instead of filling memory.
        const { value, done } = await anchors.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
      },
      async cancel() {
        await anchors.return(undefined);
      },
    });
    // A streamed Response is the documented answer (see the replay route for why the cast).
    return new Response(body, { status: 200, headers: { 'Content-Type': 'application/x-ndjson' } }) as never;
  });

  app.openapi(auditKeysRoute, (c) => {
    const keys = trail.publicKeys.map((key) => ({
      key_id: keyIdOf(key),
      algorithm: 'Ed25519' as const,
      public_key_pem: publicKeyPem(key),
    }));
    return c.json({ keys }, 200);
  });
}
