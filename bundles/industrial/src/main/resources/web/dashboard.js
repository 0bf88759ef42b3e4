// 工业社区看板: the module's figures for the scope and a year — Party-organization coverage of enterprises, requests
// by status and category, median resolution time, on-time rate, satisfaction — in total and per grid. The year
// starts at the newest year with data.
import { h, scopeOf, table, load, yearPicker, number } from '/assets/kit.js';
import { API, SETS, moduleLabels } from './module.js';

export async function renderDashboard(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  let L;
  let categories;
  try {
    [L, categories] = await Promise.all([moduleLabels(ctx), ctx.api(`${API}/categories`)]);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  const categoryName = new Map(categories.map((c) => [c.code, t(c.name)]));
  const body = h('div', { 'aria-live': 'polite' });
  const year = await yearPicker(ctx, { id: 'ind-dashboard-year', onChange: () => draw() });
  const draw = () => load(body, ctx, async () => figures(ctx, L, categoryName,
    await ctx.api(`${API}/statistics?unit=${unit}&year=${year.value()}`)));
  container.append(h('div', { class: 'kit-toolbar' }, year.element), body);
  await draw();
}

function figures(ctx, L, categoryName, d) {
  const t = ctx.t;
  const f = d.total;
  const n = (value, digits) => number(ctx, value, digits);
  const kpi = (caption, value) => h('li', { class: 'kpi' }, h('strong', { class: 'kpi-value', text: value }),
    h('span', { class: 'kpi-name', text: t(caption) }));
  const counts = (caption, header, entries) => table(ctx, { caption, rows: entries, columns: [
    { title: header, head: true, render: ([name]) => name },
    { title: { zhCN: '数量', en: 'Count' }, class: 'num', render: ([, count]) => String(count || 0) }] });
  return [
    h('ul', { class: 'kpis', id: 'ind-kpis' },
      kpi({ zhCN: '登记企业', en: 'Enterprises' }, String(f.enterprises)),
      kpi({ zhCN: `党组织覆盖率（${f.covered} 家）`, en: `Covered by a Party organization (${f.covered})` }, `${n(f.coveredPercent)}%`),
      kpi({ zhCN: '企业诉求', en: 'Service requests' }, String(f.requests)),
      kpi({ zhCN: '办结时长中位数', en: 'Median resolution time' }, f.medianResolutionDays == null ? '—'
        : t({ zhCN: `${n(f.medianResolutionDays)} 天`, en: `${n(f.medianResolutionDays)} days` })),
      kpi({ zhCN: '按时办结率', en: 'Resolved on time' }, f.onTimePercent == null ? '—' : `${n(f.onTimePercent)}%`),
      kpi({ zhCN: '企业满意度', en: 'Satisfaction' }, f.averageRating == null ? '—' : `${n(f.averageRating)} / 5`),
      kpi({ zhCN: '超期未办结', en: 'Overdue, still open' }, String(f.overdueOpen))),
    h('div', { class: 'split' },
      counts({ zhCN: '按状态', en: 'By status' }, { zhCN: '状态', en: 'Status' },
        L.options(SETS.status).map(([code, name]) => [name, f.byStatus[code]])),
      counts({ zhCN: '按类别', en: 'By category' }, { zhCN: '类别', en: 'Category' },
        Object.entries(f.byCategory).map(([code, count]) => [categoryName.get(code) || code, count])),
      counts({ zhCN: '党组织覆盖', en: 'Coverage' }, { zhCN: '覆盖方式', en: 'Coverage' },
        L.options(SETS.coverage).map(([code, name]) => [name, f.coverage[code]]))),
    h('h2', { text: t({ zhCN: '各网格', en: 'Per grid' }) }),
    table(ctx, { id: 'ind-grid-figures', caption: { zhCN: '各网格', en: 'Per grid' }, rows: d.grids, columns: [
      { title: { zhCN: '网格', en: 'Grid' }, head: true, render: (g) => g.name },
      { title: { zhCN: '企业', en: 'Enterprises' }, class: 'num', render: (g) => String(g.figures.enterprises) },
      { title: { zhCN: '覆盖率', en: 'Covered' }, class: 'num', render: (g) => `${n(g.figures.coveredPercent)}%` },
      { title: { zhCN: '诉求', en: 'Requests' }, class: 'num', render: (g) => String(g.figures.requests) },
      { title: { zhCN: '办结中位数（天）', en: 'Median (days)' }, class: 'num', render: (g) => n(g.figures.medianResolutionDays) },
      { title: { zhCN: '按时率', en: 'On time' }, class: 'num',
        render: (g) => (g.figures.onTimePercent == null ? '—' : `${n(g.figures.onTimePercent)}%`) },
      { title: { zhCN: '满意度', en: 'Satisfaction' }, class: 'num', render: (g) => n(g.figures.averageRating) },
      { title: { zhCN: '超期未办结', en: 'Overdue' }, class: 'num', render: (g) => String(g.figures.overdueOpen) },
    ] }),
  ];
}
