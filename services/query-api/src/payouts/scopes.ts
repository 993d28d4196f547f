// Scope checks inside handlers: the read routes and the audit routes share a path prefix but not a
// scope, so a path-wide middleware cannot tell them apart.
import { HttpProblem, type Principal, type Scope } from '@payouts/platform';

export function requirePrincipalScope(principal: Principal, scope: Scope): void {
  if (!principal.scopes.has(scope)) {
    throw new HttpProblem(403, 'Forbidden', `this API key lacks the ${scope} scope`);
  }
}
