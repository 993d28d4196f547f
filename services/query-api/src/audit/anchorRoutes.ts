// The signed anchors for auditors to export and check offline: the anchors as NDJSON and the public
// keys they are checked with.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { auditKeysRoute, listAnchorsRoute } from '@payouts/contracts';
import { keyIdOf, ndjsonResponse, publicKeyPem } from '@payouts/platform';
import type { QueryEnv } from '../payouts/routes.ts';
import type { AuditTrail } from './auditTrail.ts';

export function anchorRoutes(app: OpenAPIHono<QueryEnv>, trail: AuditTrail): void {
  app.openapi(listAnchorsRoute, async (c) => {
    const anchors = trail.anchors(c.req.valid('query').after_sequence ?? 0);
    // A streamed Response is the documented answer (see the replay route for why the cast).
    return (await ndjsonResponse(anchors)) as never;
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
