// What the industrial pages share besides the console kit (/assets/kit.js): the API root, the label sets the
// module declares (served by GET /api/core/labels), and which roles the descriptor grants (the server checks again).
import { labels } from '/assets/kit.js';

export const API = '/api/industrial';

export const SETS = {
  status: 'industrial.RequestStatus',
  action: 'industrial.RequestAction',
  coverage: 'industrial.Coverage',
  role: 'industrial.WorkerRole',
  kind: 'industrial.ActivityKind',
};

/** The module's labels: L.label(SETS.status, 'RATED') → 已评价. */
export function moduleLabels(ctx) {
  return labels(ctx, ...Object.values(SETS));
}

// the descriptor's grants: industrial.request.handle and industrial.admin ('handle'), industrial.request.write
// ('write'), industrial.settings ('settings')
const HANDLERS = ['DISTRICT_ADMIN', 'UNIT_ADMIN'];
const WRITERS = ['DISTRICT_ADMIN', 'UNIT_ADMIN', 'SECRETARY'];

export function can(ctx, what) {
  const roles = ctx.roles || [];
  const allowed = what === 'write' ? WRITERS : what === 'settings' ? ['DISTRICT_ADMIN'] : HANDLERS;
  return roles.some((r) => allowed.includes(r));
}

/** A request's title as a link text: a blank title still opens (issue 15). */
export function titleOf(ctx, request) {
  return request.title && request.title.trim() ? request.title : ctx.t({ zhCN: `（无标题诉求 ${request.id}）`, en: `(untitled request ${request.id})` });
}
