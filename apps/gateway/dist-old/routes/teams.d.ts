import { type Owned } from '@switchyard/auth';
import { type Registry, type Team } from '@switchyard/core';
import { type Route } from '../http/route.js';
/** A team as authorize sees it: visible to its members, managed by its owners. */
export declare function teamEntity(team: Team): Owned;
/** Teams and their members: anyone may create a team; its owners (and admins) manage it. */
export declare function teamRoutes(registry: Registry): Route[];
//# sourceMappingURL=teams.d.ts.map