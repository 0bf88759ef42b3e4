// Shared by the industrial pages: labels (zh-CN first, English second), the scope unit, permissions as the
// descriptor grants them (the server checks again), and small DOM helpers on top of the console's dom.js.
import { h, field, select } from '/assets/dom.js';

export { h, field, select };

export const API = '/api/industrial';

export const STATUS = {
  SUBMITTED: { zhCN: '已提交', en: 'Submitted' },
  ASSIGNED: { zhCN: '已分派', en: 'Assigned' },
  IN_PROGRESS: { zhCN: '办理中', en: 'In progress' },
  RESOLVED: { zhCN: '已办结', en: 'Resolved' },
  RATED: { zhCN: '已评价', en: 'Rated' },
  REOPENED: { zhCN: '已重启', en: 'Reopened' },
};

export const ACTION = {
  ASSIGN: { zhCN: '分派', en: 'Assign' },
  START: { zhCN: '开始办理', en: 'Start' },
  RESOLVE: { zhCN: '办结', en: 'Resolve' },
  RATE: { zhCN: '评价', en: 'Rate' },
  REOPEN: { zhCN: '重启（不满意）', en: 'Reopen (not satisfied)' },
  SUBMIT: { zhCN: '提交', en: 'Submit' },
};

export const COVERAGE = {
  OWN_BRANCH: { zhCN: '单独组建', en: 'Own branch' },
  JOINT_BRANCH: { zhCN: '联合组建', en: 'Joint branch' },
  NONE: { zhCN: '未覆盖', en: 'Not covered' },
};

export const KIND = {
  EVENT: { zhCN: '活动', en: 'Event' },
  TRAINING: { zhCN: '培训', en: 'Training' },
};

export function label(ctx, map, key) {
  return key == null ? '—' : ctx.t(map[key] ?? { zhCN: key, en: key });
}

/** The unit the reader works on (the console's scope), or null with a message in the container. */
export function unitOf(container, ctx) {
  if (!ctx.unit || ctx.unit.id == null) {
    container.append(h('p', { class: 'muted', text: ctx.t({ zhCN: '请先在“组织架构”中选择园区或网格。', en: 'Choose a park or grid under Organizations first.' }) }));
    return null;
  }
  return ctx.unit.id;
}

const HANDLERS = ['DISTRICT_ADMIN', 'UNIT_ADMIN'];
const WRITERS = ['DISTRICT_ADMIN', 'UNIT_ADMIN', 'SECRETARY'];

export function can(ctx, what) {
  const roles = ctx.roles || [];
  const allowed = what === 'write' ? WRITERS : what === 'settings' ? ['DISTRICT_ADMIN'] : HANDLERS;
  return roles.some((r) => allowed.includes(r));
}

export function dateTime(ctx, instant) {
  if (!instant) return '—';
  return new Intl.DateTimeFormat(ctx.lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'short', timeStyle: 'short' })
    .format(new Date(instant));
}

export function dateOnly(ctx, instant) {
  if (!instant) return '—';
  return new Intl.DateTimeFormat(ctx.lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium' }).format(new Date(instant));
}

export function number(value, digits = 1) {
  return value == null ? '—' : Number(value).toFixed(digits).replace(/\.0$/, '');
}

export function table(ctx, caption, headers, rows, id) {
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': ctx.t(caption) },
    h('table', { class: 'data-table', id },
      h('caption', { class: 'visually-hidden', text: ctx.t(caption) }),
      h('thead', {}, h('tr', {}, headers.map((c) => h('th', { scope: 'col', text: ctx.t(c) })))),
      h('tbody', {}, rows)));
}

/** Downloads an export through ctx.api (the token travels as a header, so a plain link would not do). */
export async function download(ctx, path, fileName) {
  const response = await ctx.api(path, { raw: true });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function yearInput(ctx, year, onChange) {
  const input = h('input', { type: 'number', min: '2000', max: '2100', value: String(year), id: `ind-year-${Math.random().toString(36).slice(2)}` });
  input.addEventListener('change', () => onChange(Number(input.value)));
  return field(ctx.t({ zhCN: '年度', en: 'Year' }), input);
}
