import { builtInRole } from '@switchyard/auth';
/**
 * A user's teams and roles from the store (one query): their role assignments, plus team_admin
 * in every team they own.
 */
export async function userRights(roles, email) {
    const access = await roles.accessOf(email);
    const teamAdmin = builtInRole('team_admin');
    const grants = access.roles.map((r) => ({
        role: r.role,
        permissions: r.permissions,
        ...(r.teamId !== null && { teamId: r.teamId }),
    }));
    for (const t of access.teams)
        if (t.role === 'owner')
            grants.push({ role: teamAdmin.name, permissions: teamAdmin.permissions, teamId: t.teamId });
    return { teams: access.teams.map((t) => t.teamId), roles: grants };
}
//# sourceMappingURL=user-access.js.map