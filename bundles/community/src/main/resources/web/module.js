// What the community pages share besides the console kit (/assets/kit.js): the API root, the label sets the module
// declares (GET /api/core/labels), which roles the descriptor grants (the server checks again).
import { labels } from '/assets/kit.js';

export const API = '/api/community';

export const SETS = {
  post: 'community.TeamPost',
  pairing: 'community.PairingStatus',
  registration: 'community.RegistrationStatus',
  hours: 'community.HoursStatus',
  rider: 'community.RiderStatus',
  criterion: 'community.RiderCriterion',
  eventKind: 'community.EventKind',
  eventStatus: 'community.EventStatus',
  wish: 'community.WishStatus',
  council: 'community.CouncilKind',
  issue: 'community.IssueStatus',
  group: 'community.NewEmploymentGroup',
};

export function moduleLabels(ctx) {
  return labels(ctx, ...Object.values(SETS));
}

// the descriptor's grants: community.manage ('manage'), community.decide ('decide')
const GRANTS = {
  manage: ['DISTRICT_ADMIN', 'UNIT_ADMIN', 'SECRETARY'],
  decide: ['DISTRICT_ADMIN', 'UNIT_ADMIN'],
};

export function can(ctx, what) {
  return (ctx.roles || []).some((r) => GRANTS[what].includes(r));
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}

export function version(v) {
  return { 'If-Match': `"${v}"` };
}
