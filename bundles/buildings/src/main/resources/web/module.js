// What the buildings pages share besides the console kit (/assets/kit.js): the API root, the module's label sets
// (served by GET /api/core/labels), the roles the descriptor grants, and the workflow step helper.
import { labels, ifMatch } from '/assets/kit.js';

export const API = '/api/buildings';

export const SETS = {
  belt: 'buildings.Belt',
  coverage: 'buildings.Coverage',
  side: 'buildings.MemberSide',
  post: 'buildings.CommitteePost',
  status: 'buildings.DecisionStatus',
  action: 'buildings.DecisionAction',
  criterion: 'buildings.Criterion',
  grade: 'buildings.Grade',
  activity: 'buildings.ActivityKind',
  manager: 'buildings.ManagerKind',
};

export function moduleLabels(ctx) {
  return labels(ctx, ...Object.values(SETS));
}

// the descriptor's grants (the server checks again): manage → district and unit administrators; committee → also
// secretaries; designate → the district
const GRANTS = {
  manage: ['DISTRICT_ADMIN', 'UNIT_ADMIN'],
  committee: ['DISTRICT_ADMIN', 'UNIT_ADMIN', 'SECRETARY'],
  designate: ['DISTRICT_ADMIN'],
};

export function can(ctx, what) {
  const roles = ctx.roles || [];
  return roles.some((r) => (GRANTS[what] || []).includes(r));
}

/** Moves a record one step on (with the version the reader saw); a refusal is shown, never thrown. */
export async function step(ctx, path, body, version) {
  try {
    await ctx.api(`${API}/${path}`, { method: 'POST', body: body ?? undefined, headers: ifMatch(version) });
    ctx.notify(ctx.t({ zhCN: '已保存。', en: 'Saved.' }), 'success');
    return true;
  } catch (e) {
    ctx.notify(e.message);
    return false;
  }
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}
