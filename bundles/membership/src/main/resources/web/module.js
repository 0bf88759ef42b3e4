// What the member lifecycle pages share besides the console kit (/assets/kit.js): the API root, the label sets the
// module declares (served by GET /api/core/labels) and which roles the descriptor grants (the server checks again).
import { labels } from '/assets/kit.js';

export const API = '/api/membership';

export const SETS = {
  stage: 'membership.Stage',
  step: 'membership.StepCode',
  stepKind: 'membership.StepKind',
  transferKind: 'membership.TransferKind',
  transferStatus: 'membership.TransferStatus',
  direction: 'membership.MobileDirection',
  status: 'membership.StatusKind',
  formNumber: 'membership.FormNumberStatus',
  participation: 'membership.ParticipationKind',
  memberStatus: 'core.MemberStatus',
};

/** The module's labels: L.label(SETS.stage, 'ACTIVIST') → 入党积极分子. */
export function moduleLabels(ctx) {
  return labels(ctx, ...Object.values(SETS));
}

// the descriptor's grants: membership.write ('write'), membership.decide ('decide'), membership.settings ('settings')
const GRANTS = {
  write: ['DISTRICT_ADMIN', 'UNIT_ADMIN', 'SECRETARY'],
  decide: ['DISTRICT_ADMIN', 'UNIT_ADMIN'],
  settings: ['DISTRICT_ADMIN'],
};

export function can(ctx, what) {
  return (ctx.roles || []).some((r) => GRANTS[what].includes(r));
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}
