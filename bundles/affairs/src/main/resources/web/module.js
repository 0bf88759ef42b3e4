// What the affairs pages share besides the console kit (/assets/kit.js): the API root, the label sets the module
// declares (served by GET /api/core/labels) and which roles the descriptor grants (the server checks again).
import { labels } from '/assets/kit.js';

export const API = '/api/affairs';

export const SETS = {
  type: 'affairs.MeetingType',
  status: 'affairs.MeetingStatus',
  action: 'affairs.MeetingAction',
  period: 'affairs.Period',
  rating: 'affairs.Rating',
  campaign: 'affairs.CampaignStatus',
  worker: 'affairs.WorkerRole',
  post: 'affairs.CommitteePost',
  method: 'affairs.ElectionMethod',
  timing: 'affairs.ElectionTiming',
  termStatus: 'affairs.TermStatus',
  requestKind: 'affairs.RequestKind',
  requestStatus: 'affairs.RequestStatus',
  requestAction: 'affairs.RequestAction',
  roundKind: 'affairs.RoundKind',
  roundStatus: 'affairs.RoundStatus',
  reportStatus: 'affairs.ReportStatus',
  reportAction: 'affairs.ReportAction',
  reportGrade: 'affairs.ReportGrade',
  gradingStatus: 'affairs.GradingStatus',
  gradingAction: 'affairs.GradingAction',
  scheme: 'affairs.GradeScheme',
  orgGrade: 'affairs.OrgGrade',
};

/** The module's labels: L.label(SETS.type, 'LECTURE') → 党课. */
export function moduleLabels(ctx) {
  return labels(ctx, ...Object.values(SETS), 'core.PartyOrgType');
}

// the descriptor's grants: affairs.write (write), affairs.review (review), affairs.settings (settings)
const GRANTS = {
  write: ['DISTRICT_ADMIN', 'UNIT_ADMIN', 'SECRETARY'],
  review: ['DISTRICT_ADMIN', 'UNIT_ADMIN'],
  settings: ['DISTRICT_ADMIN', 'UNIT_ADMIN'],
};

export function can(ctx, what) {
  return (ctx.roles || []).some((r) => (GRANTS[what] || []).includes(r));
}

/** Takes a workflow step with the record's version. */
export function step(ctx, path, version, body) {
  return ctx.api(`${API}/${path}`, { method: 'POST', body: body || {}, headers: { 'If-Match': `"${version}"` } });
}
