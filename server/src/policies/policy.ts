// Who may do what: ONE declarative table (role × action). Routes and the collab socket ask `can`;
// the client receives `permissionsFor(role)` and hides what the server would refuse anyway.
import { billActions, type BillAction, type Role } from '../../../core/auth/roles';

const table: Record<BillAction, readonly Role[]> = {
  'bill.read': ['owner', 'editor', 'reviewer', 'viewer'],
  'bill.edit': ['owner', 'editor'],
  'bill.rename': ['owner', 'editor'],
  'bill.delete': ['owner'],
  'members.read': ['owner', 'editor', 'reviewer', 'viewer'],
  'members.manage': ['owner'],
  'audit.read': ['owner'],
  'comment.create': ['owner', 'editor', 'reviewer'],
  'comment.resolve': ['owner', 'editor', 'reviewer'],
  'finding.waive': ['owner', 'editor'],
  'version.read': ['owner', 'editor', 'reviewer', 'viewer'],
  'version.create': ['owner', 'editor'],
  'version.restore': ['owner', 'editor'],
  export: ['owner', 'editor', 'reviewer', 'viewer'],
};

/** True when `role` may perform `action`. No role means nothing. */
export function can(role: Role | null | undefined, action: BillAction): boolean {
  return !!role && table[action].includes(role);
}

/** Every action a role may perform (sent to the client with the bill). */
export function permissionsFor(role: Role | null | undefined): BillAction[] {
  return billActions.filter((a) => can(role, a));
}
