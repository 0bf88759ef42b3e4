// 党员教育看板: the module's figures for the scope and a year — approved sites by category, published routes,
// sessions by status, attendance rate, hours credited by source, members meeting the requirement.
import { h, scopeOf, table, load, yearPicker, number } from '/assets/kit.js';
import { API, SETS, categories, moduleLabels } from './module.js';

export async function renderDashboard(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  let L;
  let C;
  try {
    [L, C] = await Promise.all([moduleLabels(ctx), categories(ctx)]);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  const body = h('div', { 'aria-live': 'polite' });
  const year = await yearPicker(ctx, { id: 'edu-dashboard-year', onChange: () => draw() });
  const draw = () => load(body, ctx, async () => figures(ctx, L, C, await ctx.api(`${API}/statistics?unit=${unit}&year=${year.value()}`)));
  container.append(h('div', { class: 'kit-toolbar' }, year.element), body);
  await draw();
}

function figures(ctx, L, C, f) {
  const t = ctx.t;
  const kpi = (caption, value) => h('li', { class: 'kpi' }, h('strong', { class: 'kpi-value', text: value }),
    h('span', { class: 'kpi-name', text: t(caption) }));
  const counts = (id, caption, header, entries) => table(ctx, { id, caption, rows: entries, columns: [
    { title: header, head: true, render: ([name]) => name },
    { title: { zhCN: '数量', en: 'Count' }, class: 'num', render: ([, count]) => String(count || 0) }] });
  return [
    h('ul', { class: 'kpis', id: 'edu-kpis' },
      kpi({ zhCN: '实践教学点', en: 'Practice teaching sites' }, String(f.sites)),
      kpi({ zhCN: '精品路线', en: 'Boutique routes' }, String(f.routesPublished)),
      kpi({ zhCN: '已举办培训', en: 'Sessions held' }, String(f.sessionsHeld)),
      kpi({ zhCN: '出勤率', en: 'Attendance' }, `${number(ctx, f.attendanceRate)}%`),
      kpi({ zhCN: '认定学时', en: 'Hours credited' }, number(ctx, f.hoursCredited)),
      kpi({ zhCN: `学时达标率（${f.meeting}/${f.members} 人）`, en: `Meeting the requirement (${f.meeting}/${f.members})` },
        `${number(ctx, f.compliancePercent)}%`)),
    h('div', { class: 'split' },
      counts('edu-sites-by-category', { zhCN: '教学点类别', en: 'Sites by category' }, { zhCN: '类别', en: 'Category' },
        Object.entries(f.sitesByCategory).map(([code, n]) => [C.name(code), n])),
      counts('edu-sessions-by-status', { zhCN: '培训状态', en: 'Sessions by status' }, { zhCN: '状态', en: 'Status' },
        L.options(SETS.session).map(([code, name]) => [name, f.sessionsByStatus[code]])),
      counts('edu-hours-by-source', { zhCN: '学时来源', en: 'Hours by source' }, { zhCN: '来源', en: 'Source' },
        L.options(SETS.source).map(([code, name]) => [name, f.hoursBySource[code]]))),
  ];
}
