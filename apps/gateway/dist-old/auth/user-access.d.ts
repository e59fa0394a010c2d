import { type Principal } from '@switchyard/auth';
import type { RoleService } from '@switchyard/core';
/** What a principal carries about its user's teams and roles. */
export type UserRights = Pick<Principal, 'teams' | 'roles'>;
/**
 * A user's teams and roles from the store (one query): their role assignments, plus team_admin
 * in every team they own.
 */
export declare function userRights(roles: Pick<RoleService, 'accessOf'>, email: string): Promise<UserRights>;
//# sourceMappingURL=user-access.d.ts.map