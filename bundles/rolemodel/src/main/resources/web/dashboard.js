// 典型培树统计: the module's figures for the scope and a year: the funnel of stages, the tiers, recommendations
// pending per level and their waiting days, contact points and their records, learning, service records.
import { h, scopeOf, table, load, yearPicker } from '/assets/kit.js';
import { API } from './module.js';

export async function renderDashboard(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const body = h('div', { 'aria-live': 'polite' });
  const year = await yearPicker(ctx, { id: 'rm-dashboard-year', onChange: () => draw() });
  const draw = () => load(body, ctx, async () => figures(ctx, await ctx.api(`${API}/statistics?unit=${unit}&year=${year.value()}`)));
  container.append(h('div', { class: 'kit-toolbar' }, year.element), body);
  await draw();
}

function figures(ctx, stats) {
  const t = ctx.t;
  const kpi = (s) => h('li', { class: 'kpi', dataset: { figure: s.id } }, h('strong', { class: 'kpi-value', text: String(s.value) }),
    h('span', { class: 'kpi-name', text: t(s.name) }));
  return [
    h('ul', { class: 'kpis', id: 'rm-kpis' }, ...stats.map(kpi)),
    ...stats.filter((s) => Object.keys(s.breakdown || {}).length > 0).map((s) => table(ctx, {
      id: `rm-figure-${s.id.replace(/\./g, '-')}`, caption: s.name, rows: Object.entries(s.breakdown), columns: [
        { title: { zhCN: '分项', en: 'Part' }, head: true, render: ([k]) => t((s.labels && s.labels[k]) || { zhCN: k, en: k }) },
        { title: { zhCN: '数值', en: 'Value' }, class: 'num', render: ([, v]) => String(v) }] })),
  ];
}
