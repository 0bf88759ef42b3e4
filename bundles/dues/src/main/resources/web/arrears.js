// 欠缴党员: members with unpaid dues of settled months, the longest run of consecutive months (six or more in a row
// is the case the branch must handle), as of a month.
import { h, field, scopeOf, pagedTable, pageQuery } from '/assets/kit.js';
import { API, yuan } from './module.js';

export async function renderArrears(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const period = h('input', { type: 'month', id: 'dues-arrears-period', name: 'period' });
  const flagged = h('input', { type: 'checkbox', id: 'dues-arrears-flagged' });
  const filters = h('form', { class: 'filter-form', role: 'search', 'aria-label': t({ zhCN: '查找欠缴党员', en: 'Find members in arrears' }) },
    field(t({ zhCN: '截至月份（默认本月）', en: 'As of (default: this month)' }), period),
    h('label', { class: 'check' }, flagged, t({ zhCN: ' 仅连续六个月以上', en: ' Six months or more in a row only' })),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '查询', en: 'Search' }) })));
  const list = pagedTable(ctx, {
    id: 'dues-arrears-table',
    caption: { zhCN: '欠缴党员', en: 'Members in arrears' },
    load: (paging) => ctx.api(`${API}/arrears?${pageQuery({ unit, period: period.value, flagged: flagged.checked ? 'true' : '' }, paging)}`),
    rowAttrs: (r) => ({ dataset: { flagged: String(r.flagged) } }),
    emptyText: { zhCN: '没有欠缴党费的党员。', en: 'No member in arrears.' },
    columns: [
      { title: { zhCN: '姓名', en: 'Name' }, sort: 'memberName', head: true, render: (r) => h('a', { href: `#/m/dues/statements/${r.memberId}`, text: r.memberName }) },
      { title: { zhCN: '党组织', en: 'Organization' }, render: (r) => r.organizationName || '' },
      { title: { zhCN: '欠缴月数', en: 'Months unpaid' }, sort: 'months', class: 'num', render: (r) => String(r.months) },
      { title: { zhCN: '最长连续', en: 'Longest run' }, sort: 'longestRun', class: 'num', render: (r) => String(r.longestRun) },
      { title: { zhCN: '连续至', en: 'Run up to' }, render: (r) => r.runEnds },
      { title: { zhCN: '欠缴金额', en: 'Owed' }, sort: 'owed', class: 'num', render: (r) => yuan(r.owed) },
      { title: { zhCN: '提醒', en: 'Flag' }, render: (r) => (r.flagged
        ? h('span', { class: 'kit-badge kit-badge-err', text: t({ zhCN: '连续六个月以上未交', en: 'Six months or more' }) }) : '') },
    ],
  });
  filters.addEventListener('submit', (event) => { event.preventDefault(); list.reload(); });
  container.append(h('p', { class: 'muted', text: t({ zhCN: '连续六个月不交纳党费且无正当理由的，按自行脱党程序处理。',
    en: 'Six consecutive months unpaid without a proper reason: the branch follows the lapsed-membership procedure.' }) }),
  filters, list.element);
  await list.ready;
}
