// Who is acting in the staff API, from the identity provider's claims. Groups
// decide what a person may do; the use cases check them, not the handlers, so
// no route can forget.
import { ForbiddenError } from '../errors';

export const STAFF_GROUPS = ['agent', 'supervisor', 'admin'] as const;
export type StaffGroup = (typeof STAFF_GROUPS)[number];

export interface Actor {
  /** Stable id (Cognito `sub`). */
  readonly userId: string;
  /** Human-readable, shown on the timeline. */
  readonly username: string;
  readonly groups: readonly StaffGroup[];
}

export function requireGroup(actor: Actor, ...allowed: StaffGroup[]): void {
  if (!actor.groups.some((g) => allowed.includes(g))) throw new ForbiddenError(`This needs one of the groups: ${allowed.join(', ')}`);
}

/** The name under which an actor's work is recorded, e.g. on a proposal they make. */
export const agentRef = (actor: Actor) => `agent:${actor.username}`;

/**
 * Cognito's groups claim arrives as an array in the token but as a string in
 * API Gateway's authorizer context ("a,b" or "[a, b]"); accept each.
 */
export function parseGroups(raw: unknown): StaffGroup[] {
  const list = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.replace(/^\[|\]$/g, '').split(/[\s,]+/) : [];
  return list.filter((g): g is StaffGroup => (STAFF_GROUPS as readonly string[]).includes(g));
}
