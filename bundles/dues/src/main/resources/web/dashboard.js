// 党费统计: expected, collected and the rate of the scope for a year (or one month), per month and per unit below,
// back-payments, voluntary and special dues, members in arrears and six months or more.
import { h, field, select, scopeOf, table, load, yearPicker } from '/assets/kit.js';
import { API, yuan } from './module.js';

export async function renderDashboard(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const body = h('div', { 'aria-live': 'polite' });
  const year = await yearPicker(ctx, { id: 'dues-dashboard-year', onChange: () => draw() });
  const month = select([['', t({ zhCN: '全年', en: 'Whole year' })],
    ...Array.from({ length: 12 }, (_, i) => [String(i + 1), t({ zhCN: `${i + 1}月`, en: `Month ${i + 1}` })])], { id: 'dues-dashboard-month' });
  month.addEventListener('change', () => draw());
  const draw = () => load(body, ctx, async () => figures(ctx,
    await ctx.api(`${API}/statistics?unit=${unit}&year=${year.value()}${month.value ? `&month=${month.value}` : ''}`)));
  container.append(h('div', { class: 'kit-toolbar' }, year.element, field(t({ zhCN: '月份', en: 'Month' }), month)), body);
  await draw();
}

function figures(ctx, d) {
  const t = ctx.t;
  const f = d.total;
  const rate = (r) => (r == null ? '—' : `${r}%`);
  const kpi = (caption, value) => h('li', { class: 'kpi' }, h('strong', { class: 'kpi-value', text: value }),
    h('span', { class: 'kpi-name', text: t(caption) }));
  return [
    h('ul', { class: 'kpis', id: 'dues-kpis' },
      kpi({ zhCN: '应缴党费', en: 'Expected' }, yuan(f.expected)),
      kpi({ zhCN: '实缴党费', en: 'Collected' }, yuan(f.collected)),
      kpi({ zhCN: '收缴率', en: 'Collection rate' }, rate(f.ratePercent)),
      kpi({ zhCN: '补缴', en: 'Back-payments' }, yuan(f.backPayments)),
      kpi({ zhCN: '自愿多交', en: 'Voluntary extra' }, yuan(f.voluntary)),
      kpi({ zhCN: '特殊党费', en: 'Special dues' }, yuan(f.special)),
      kpi({ zhCN: '欠缴党员', en: 'Members in arrears' }, String(f.membersInArrears)),
      kpi({ zhCN: '连续六个月以上未交', en: 'Six months or more' }, String(f.sixMonthsOrMore))),
    table(ctx, { id: 'dues-month-figures', caption: { zhCN: '各月', en: 'Per month' }, rows: d.months, columns: [
      { title: { zhCN: '月份', en: 'Month' }, head: true, render: (m) => m.period },
      { title: { zhCN: '应缴', en: 'Expected' }, class: 'num', render: (m) => yuan(m.expected) },
      { title: { zhCN: '实缴', en: 'Collected' }, class: 'num', render: (m) => yuan(m.collected) },
      { title: { zhCN: '收缴率', en: 'Rate' }, class: 'num', render: (m) => rate(m.ratePercent) },
      { title: { zhCN: '党组织 / 已结算', en: 'Organizations / settled' }, class: 'num', render: (m) => `${m.organizations} / ${m.settled}` },
    ] }),
    table(ctx, { id: 'dues-unit-figures', caption: { zhCN: '下属单位', en: 'Units below' }, rows: d.units, columns: [
      { title: { zhCN: '单位', en: 'Unit' }, head: true, render: (u) => u.name },
      { title: { zhCN: '应缴', en: 'Expected' }, class: 'num', render: (u) => yuan(u.expected) },
      { title: { zhCN: '实缴', en: 'Collected' }, class: 'num', render: (u) => yuan(u.collected) },
      { title: { zhCN: '收缴率', en: 'Rate' }, class: 'num', render: (u) => rate(u.ratePercent) },
      { title: { zhCN: '月份 / 已结算', en: 'Months / settled' }, class: 'num', render: (u) => `${u.months} / ${u.settled}` },
    ] }),
  ];
}
