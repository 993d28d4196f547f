// Where the notifier's routes meet HTTP: the request's env, the command context of a change,
// If-Match, and the target check as a 400 naming `url`.
import type { CommandContext } from '@payouts/platform';
import { type AuthEnv, type RequestContextEnv, validationProblem } from '@payouts/platform';
import type { Context } from 'hono';
import { parseTarget, resolveTarget, type TargetPolicy, TargetRefused } from './targets/targetPolicy.ts';

export type NotifierEnv = AuthEnv & RequestContextEnv;

export function commandContext(c: Context<NotifierEnv>): CommandContext {
  return {
    correlation_id: c.get('correlationId'),
    causation_id: c.get('requestId'),
    actor: c.get('principal').keyId,
    traceparent: c.get('traceparent'),
  };
}

/** `"<revision>"` (or W/ of it), or `*`/absent for no condition; anything else is a 400. */
export function ifMatchRevision(header: string | undefined): bigint | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"(\d{1,18})"\s*$/.exec(header);
  if (!match)
    throw validationProblem([{ field: 'If-Match', message: 'must be an ETag this API sent, like "3"' }]);
  return BigInt(match[1]!);
}

/** The URL as a webhook target under the policy, or a 400 naming `url` that says why not. */
export async function checkedTarget(url: string, policy: TargetPolicy): Promise<void> {
  try {
    await resolveTarget(parseTarget(url, policy), policy);
  } catch (err) {
    if (err instanceof TargetRefused) throw validationProblem([{ field: 'url', message: err.message }]);
    throw err;
  }
}
