// What the dues pages share besides the console kit (/assets/kit.js): the API root, the label sets the module
// declares (served by GET /api/core/labels), which roles the descriptor grants (the server checks again), money.
import { labels } from '/assets/kit.js';

export const API = '/api/dues';

export const SETS = {
  category: 'dues.DuesCategory',
  due: 'dues.DueStatus',
  month: 'dues.MonthStatus',
  action: 'dues.MonthAction',
  channel: 'dues.PaymentChannel',
  extra: 'dues.ExtraKind',
  unmatched: 'dues.UnmatchedStatus',
  mark: 'dues.StatementMark',
};

/** The module's labels: L.label(SETS.month, 'SETTLED') → 已结算. */
export function moduleLabels(ctx) {
  return labels(ctx, ...Object.values(SETS));
}

// the descriptor's grants: dues.collect ('collect'), dues.reopen ('reopen'), dues.settings ('settings'), dues.own ('own')
const GRANTS = {
  collect: ['DISTRICT_ADMIN', 'UNIT_ADMIN', 'SECRETARY'],
  reopen: ['DISTRICT_ADMIN', 'UNIT_ADMIN'],
  settings: ['DISTRICT_ADMIN'],
  own: ['MEMBER', 'SECRETARY', 'UNIT_ADMIN', 'DISTRICT_ADMIN'],
};

export function can(ctx, what) {
  return (ctx.roles || []).some((r) => GRANTS[what].includes(r));
}

/** Yuan with two decimals and the sign of the currency: ¥1,234.50. */
export function yuan(value) {
  if (value == null) return '—';
  return `¥${Number(value).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** This month as 2024-03. */
export function thisMonth() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}
