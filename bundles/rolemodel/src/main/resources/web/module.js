// What the role-model pages share besides the console kit (/assets/kit.js): the API root, the label sets the module
// declares (served by GET /api/core/labels), which roles the descriptor grants (the server checks again).
import { labels } from '/assets/kit.js';

export const API = '/api/rolemodel';

export const SETS = {
  subject: 'rolemodel.SubjectKind',
  field: 'rolemodel.ModelField',
  stage: 'rolemodel.Stage',
  action: 'rolemodel.StageAction',
  tier: 'rolemodel.Tier',
  recommendation: 'rolemodel.RecommendationStatus',
  decision: 'rolemodel.Decision',
  contact: 'rolemodel.ContactKind',
  channel: 'rolemodel.Channel',
  campaign: 'rolemodel.Campaign',
  awardKind: 'rolemodel.AwardKind',
  awardCategory: 'rolemodel.AwardCategory',
  nominationStatus: 'rolemodel.NominationStatus',
  nominationAction: 'rolemodel.NominationAction',
};

/** The module's labels: L.label(SETS.stage, 'LEARNING') → 学习. */
export function moduleLabels(ctx) {
  return labels(ctx, ...Object.values(SETS));
}

// the descriptor's grants: rolemodel.write, rolemodel.recommend, rolemodel.contacts, rolemodel.awards
const GRANTS = {
  write: ['DISTRICT_ADMIN', 'UNIT_ADMIN', 'SECRETARY'],
  recommend: ['DISTRICT_ADMIN', 'UNIT_ADMIN', 'SECRETARY'],
  contacts: ['DISTRICT_ADMIN'],
  awards: ['DISTRICT_ADMIN', 'UNIT_ADMIN'],
};

export function can(ctx, what) {
  return (ctx.roles || []).some((r) => GRANTS[what].includes(r));
}

/** Today as 2024-03-05. */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Both languages of a code's label ({zhCN, en}), for titles that the kit translates itself. */
export function texts(L, set, code) {
  return (L.sets[set] && L.sets[set][code]) || { zhCN: String(code), en: String(code) };
}
