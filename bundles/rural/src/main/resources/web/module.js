// What the rural pages share besides the console kit (/assets/kit.js): the API root, the module's label sets
// (served by GET /api/core/labels), the roles the descriptor grants, and the workflow step helper.
import { labels, ifMatch } from '/assets/kit.js';

export const API = '/api/rural';

export const SETS = {
  category: 'rural.Category',
  classification: 'rural.ClassificationStatus',
  pairing: 'rural.PairingStatus',
  task: 'rural.TaskStatus',
  need: 'rural.NeedType',
  project: 'rural.ProjectStatus',
};

export function moduleLabels(ctx) {
  return labels(ctx, ...Object.values(SETS));
}

// the descriptor's grants (the server checks again): propose, visits, pairing → district and unit administrators;
// confirm → the district
export function can(ctx, what) {
  const roles = ctx.roles || [];
  const allowed = what === 'confirm' ? ['DISTRICT_ADMIN'] : ['DISTRICT_ADMIN', 'UNIT_ADMIN'];
  return roles.some((r) => allowed.includes(r));
}

/** Moves a record one workflow step on (with the version the reader saw); a refusal is shown, never thrown. */
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
