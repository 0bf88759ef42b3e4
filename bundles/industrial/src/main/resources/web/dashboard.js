// 工业社区看板: the module's figures for the scope and a year — Party-organization coverage of enterprises, requests
// by status and category, median resolution time, on-time rate, satisfaction — in total and per grid.
import { API, STATUS, COVERAGE, h, label, unitOf, table, number, yearInput } from './common.js';

/** Without a chosen year: the current one, or the latest of the two before it with requests (a year-end report). */
export async function renderDashboard(container, ctx, chosen) {
  const unit = unitOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  let d;
  let categories;
  const year = chosen ?? new Date().getFullYear();
  try {
    categories = await ctx.api(`${API}/categories`);
    d = await ctx.api(`${API}/statistics?unit=${unit}&year=${year}`);
    for (const earlier of chosen == null ? [year - 1, year - 2] : []) {
      if (d.total.requests > 0) break;
      const answer = await ctx.api(`${API}/statistics?unit=${unit}&year=${earlier}`);
      if (answer.total.requests > 0) d = answer;
    }
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  container.replaceChildren(h('form', { class: 'filter-form' }, yearInput(ctx, d.year, (y) => renderDashboard(container, ctx, y))));
  const f = d.total;
  const kpi = (caption, value) => h('div', { class: 'kpi' }, h('strong', { class: 'kpi-value', text: value }),
    h('span', { class: 'kpi-name', text: t(caption) }));
  container.append(h('div', { class: 'kpis', id: 'ind-kpis' },
    kpi({ zhCN: '登记企业', en: 'Enterprises' }, String(f.enterprises)),
    kpi({ zhCN: `党组织覆盖率（${f.covered} 家）`, en: `Covered by a Party organization (${f.covered})` }, `${number(f.coveredPercent)}%`),
    kpi({ zhCN: '企业诉求', en: 'Service requests' }, String(f.requests)),
    kpi({ zhCN: '办结时长中位数', en: 'Median resolution time' }, f.medianResolutionDays == null ? '—'
      : t({ zhCN: `${number(f.medianResolutionDays)} 天`, en: `${number(f.medianResolutionDays)} days` })),
    kpi({ zhCN: '按时办结率', en: 'Resolved on time' }, f.onTimePercent == null ? '—' : `${number(f.onTimePercent)}%`),
    kpi({ zhCN: '企业满意度', en: 'Satisfaction' }, f.averageRating == null ? '—' : `${number(f.averageRating)} / 5`),
    kpi({ zhCN: '超期未办结', en: 'Overdue, still open' }, String(f.overdueOpen))));
  const categoryName = new Map(categories.map((c) => [c.code, t(c.name)]));
  container.append(h('div', { class: 'split' },
    table(ctx, { zhCN: '按状态', en: 'By status' }, [{ zhCN: '状态', en: 'Status' }, { zhCN: '件数', en: 'Requests' }],
      Object.keys(STATUS).map((s) => h('tr', {}, h('th', { scope: 'row', text: label(ctx, STATUS, s) }), h('td', { text: String(f.byStatus[s] || 0) })))),
    table(ctx, { zhCN: '按类别', en: 'By category' }, [{ zhCN: '类别', en: 'Category' }, { zhCN: '件数', en: 'Requests' }],
      Object.entries(f.byCategory).map(([c, n]) => h('tr', {}, h('th', { scope: 'row', text: categoryName.get(c) || c }), h('td', { text: String(n) })))),
    table(ctx, { zhCN: '党组织覆盖', en: 'Coverage' }, [{ zhCN: '覆盖方式', en: 'Coverage' }, { zhCN: '企业', en: 'Enterprises' }],
      Object.keys(COVERAGE).map((c) => h('tr', {}, h('th', { scope: 'row', text: label(ctx, COVERAGE, c) }), h('td', { text: String(f.coverage[c] || 0) }))))));
  container.append(h('h2', { text: t({ zhCN: '各网格', en: 'Per grid' }) }), table(ctx, { zhCN: '各网格', en: 'Per grid' },
    [{ zhCN: '网格', en: 'Grid' }, { zhCN: '企业', en: 'Enterprises' }, { zhCN: '覆盖率', en: 'Covered' }, { zhCN: '诉求', en: 'Requests' },
      { zhCN: '办结中位数（天）', en: 'Median (days)' }, { zhCN: '按时率', en: 'On time' }, { zhCN: '满意度', en: 'Satisfaction' },
      { zhCN: '超期未办结', en: 'Overdue' }],
    d.grids.map((g) => h('tr', {}, h('th', { scope: 'row', text: g.name }), h('td', { text: String(g.figures.enterprises) }),
      h('td', { text: `${number(g.figures.coveredPercent)}%` }), h('td', { text: String(g.figures.requests) }),
      h('td', { text: g.figures.medianResolutionDays == null ? '—' : number(g.figures.medianResolutionDays) }),
      h('td', { text: g.figures.onTimePercent == null ? '—' : `${number(g.figures.onTimePercent)}%` }),
      h('td', { text: g.figures.averageRating == null ? '—' : number(g.figures.averageRating) }),
      h('td', { text: String(g.figures.overdueOpen) }))), 'ind-grid-figures'));
}
