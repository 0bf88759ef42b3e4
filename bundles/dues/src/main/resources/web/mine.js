// 我的党费: the signed-in member's own yearly statement (GET /api/dues/my/statement): every month's dues, the voluntary
// and special dues, the totals and 党费缴至, to print or download as Word or PDF. One column, so it reads on a phone.
import { h, field } from '/assets/kit.js';
import { API, can, moduleLabels } from './module.js';
import { documentButtons, memberStatement, printStyles } from './statement.js';

export async function renderMine(container, ctx) {
  const t = ctx.t;
  if (!can(ctx, 'own') || !(ctx.account && ctx.account.memberId)) {
    container.append(h('p', { class: 'muted', id: 'dues-mine-none', text: t({ zhCN: '本页面供党员查看本人党费；您的账号未关联党员。',
      en: 'This page shows members their own dues; your account is not linked to a member.' }) }));
    return;
  }
  printStyles();
  let L;
  try {
    L = await moduleLabels(ctx);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  const body = h('article', { class: 'dues-statement', id: 'dues-statement', 'aria-live': 'polite' });
  const year = years(ctx, () => load());
  const print = h('button', { type: 'button', id: 'dues-mine-print', text: t({ zhCN: '打印', en: 'Print' }), onClick: () => window.print() });
  const documents = documentButtons(ctx, 'dues-mine', () => `${API}/my/statement/document?year=${year.value()}`,
    () => `dues-statement-${year.value()}`);
  container.append(h('div', { class: 'toolbar no-print' }, year.element, h('div', { class: 'form-buttons' }, print, ...documents)), body);

  async function load() {
    body.replaceChildren(h('p', { class: 'muted', text: t({ zhCN: '正在加载…', en: 'Loading…' }) }));
    try {
      memberStatement(ctx, L, body, await ctx.api(`${API}/my/statement?year=${year.value()}`));
    } catch (e) {
      body.replaceChildren();
      ctx.notify(e.message);
    }
  }
  await load();
}

/**
 * This year and the five before (or the year the address asks for, #/m/dues/mine?year=2024), last year first: the
 * kit's year picker asks the platform's statistics for the years with data, which a member may not read.
 */
function years(ctx, onChange) {
  const thisYear = new Date().getFullYear();
  const asked = Number(new URLSearchParams(location.hash.split('?')[1] || '').get('year')) || null;
  const choices = [...new Set([thisYear, ...Array.from({ length: 5 }, (_, i) => thisYear - 1 - i), ...(asked ? [asked] : [])])]
    .sort((a, b) => b - a);
  const start = asked || thisYear - 1;
  const select = h('select', { id: 'dues-mine-year', name: 'year' },
    choices.map((y) => h('option', { value: String(y), selected: y === start, text: String(y) })));
  select.addEventListener('change', onChange);
  return { element: field(ctx.t({ zhCN: '年度', en: 'Year' }), select), value: () => Number(select.value) };
}
