// What the position pages share besides the console kit (/assets/kit.js): the API root, the label sets the module
// declares (served by GET /api/core/labels) and which roles the descriptor grants (the server checks again).
import { labels } from '/assets/kit.js';

export const API = '/api/position';

export const SETS = {
  level: 'position.PositionLevel',
  status: 'position.PositionStatus',
  func: 'position.PositionFunction',
  grade: 'position.Grade',
  upgrade: 'position.UpgradeStatus',
  action: 'position.UpgradeAction',
  service: 'position.ServiceType',
  category: 'position.StandardCategory',
  booking: 'position.BookingStatus',
  phase: 'position.EventPhase',
};

export function moduleLabels(ctx) {
  return labels(ctx, ...Object.values(SETS));
}

const GRANTS = {
  manage: ['DISTRICT_ADMIN', 'UNIT_ADMIN', 'SECRETARY'],
  assess: ['DISTRICT_ADMIN', 'UNIT_ADMIN'],
};

export function can(ctx, what) {
  return (ctx.roles || []).some((r) => GRANTS[what].includes(r));
}
