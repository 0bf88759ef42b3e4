// 村集体经济: the year's collective income of each village with last year's and the growth, and the village projects.
import { h, scopeOf, pagedTable, pageQuery, yearPicker, number, percent } from '/assets/kit.js';
import { API, SETS, moduleLabels } from './module.js';

export async function renderEconomy(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const year = await yearPicker(ctx, { id: 'rural-economy-year', onChange: () => income.reload() });
  const income = pagedTable(ctx, {
    id: 'rural-income-table',
    caption: { zhCN: '集体经济收入', en: 'Collective income' },
    sort: '-amount',
    load: (paging) => ctx.api(`${API}/income?${pageQuery({ unit, year: year.value() }, paging)}`),
    emptyText: { zhCN: '本年度还没有村报送收入。', en: 'No village has reported its income for this year yet.' },
    columns: [
      { title: { zhCN: '村', en: 'Village' }, sort: 'village', head: true, render: (i) => i.villageName },
      { title: { zhCN: '收入（万元）', en: 'Income (10k yuan)' }, sort: 'amount', class: 'num', render: (i) => number(ctx, i.amount, 1) },
      { title: { zhCN: '上年（万元）', en: 'Last year (10k yuan)' }, class: 'num', render: (i) => number(ctx, i.previousAmount, 1) },
      { title: { zhCN: '增长', en: 'Growth' }, class: 'num', render: (i) => percent(ctx, i.growth) },
    ],
  });
  const projects = pagedTable(ctx, {
    id: 'rural-project-table',
    caption: { zhCN: '村级项目', en: 'Village projects' },
    sort: '-startYear',
    load: (paging) => ctx.api(`${API}/projects?${pageQuery({ unit }, paging)}`),
    emptyText: { zhCN: '还没有登记村级项目。', en: 'No village projects recorded yet.' },
    columns: [
      { title: { zhCN: '项目', en: 'Project' }, head: true, render: (p) => p.name },
      { title: { zhCN: '村', en: 'Village' }, render: (p) => p.villageName },
      { title: { zhCN: '开始年份', en: 'Started' }, sort: 'startYear', class: 'num', render: (p) => String(p.startYear) },
      { title: { zhCN: '投资（万元）', en: 'Investment (10k yuan)' }, sort: 'investment', class: 'num', render: (p) => number(ctx, p.investment, 1) },
      { title: { zhCN: '产值（万元）', en: 'Output (10k yuan)' }, sort: 'output', class: 'num', render: (p) => number(ctx, p.output, 1) },
      { title: { zhCN: '状态', en: 'Status' }, render: (p) => L.label(SETS.project, p.status) },
    ],
  });
  container.append(h('div', { class: 'kit-toolbar' }, year.element), income.element,
    h('h2', { class: 'kit-section', text: t({ zhCN: '村级项目', en: 'Village projects' }) }), projects.element);
  await Promise.all([income.ready, projects.ready]);
}
