// Roles and actions: the vocabulary of authorization, shared by server (which decides) and client
// (which hides what the server would refuse). The decision table itself is server/src/policies.

/** Roles a user can hold on a bill, strongest first. */
export const roles = ['owner', 'editor', 'reviewer', 'viewer'] as const;
export type Role = (typeof roles)[number];

/** Everything one can do to a bill. */
export const billActions = [
  'bill.read',
  'bill.edit',
  'bill.rename',
  'bill.delete',
  'members.read',
  'members.manage',
  'audit.read',
  'comment.create',
  'comment.resolve',
  'finding.waive',
  'version.read',
  'version.create',
  'version.restore',
  'export',
] as const;
export type BillAction = (typeof billActions)[number];

/** The signed-in user as the API presents it. */
export interface PublicUser {
  id: string;
  username: string;
  displayName: string;
  isAdmin: boolean;
}

/** A member of a bill. */
export interface BillMember {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
}

/** Type guard for role names. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}
