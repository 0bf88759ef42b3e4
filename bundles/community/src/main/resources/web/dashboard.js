// 幸福家园: the module's figures for the scope and a year, and the 双报到 coverage view (communities without a paired
// unit are flagged and listed first), each community with its registered members and confirmed hours of the year.
import { h, scopeOf, table, load, yearPicker, number } from '/assets/kit.js';
import { API } from './module.js';

export async function renderDashboard(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const body = h('div', { 'aria-live': 'polite' });
  const year = await yearPicker(ctx, { id: 'community-year', onChange: () => draw() });
  const draw = () => load(body, ctx, async () => {
    const [figures, coverage] = await Promise.all([ctx.api(`${API}/statistics?unit=${unit}&year=${year.value()}`),
      ctx.api(`${API}/coverage?unit=${unit}&year=${year.value()}`)]);
    return [kpis(ctx, figures), rows(ctx, coverage)];
  });
  container.append(h('div', { class: 'kit-toolbar' }, year.element), body);
  await draw();
}

function kpis(ctx, figures) {
  const t = ctx.t;
  return h('ul', { class: 'kpis', id: 'community-kpis' }, ...figures.map((f) => h('li', { class: 'kpi', dataset: { id: f.id } },
    h('strong', { class: 'kpi-value', text: number(ctx, f.value) }), h('span', { class: 'kpi-name', text: t(f.name) }))));
}

function rows(ctx, coverage) {
  const t = ctx.t;
  return table(ctx, {
    id: 'community-coverage',
    caption: { zhCN: `双报到覆盖：${coverage.covered} / ${coverage.communities} 个社区`,
      en: `Dual reporting coverage: ${coverage.covered} of ${coverage.communities} communities` },
    rows: coverage.rows,
    rowAttrs: (r) => ({ dataset: { flagged: String(r.flagged) } }),
    columns: [
      { title: { zhCN: '社区', en: 'Community' }, head: true, render: (r) => r.name },
      { title: { zhCN: '街道', en: 'Street' }, render: (r) => r.streetName || '' },
      { title: { zhCN: '报到单位', en: 'Paired units' }, class: 'wrap', render: (r) => r.partners.join('、') },
      { title: { zhCN: '报到党员', en: 'Registered members' }, class: 'num', render: (r) => number(ctx, r.registered, 0) },
      { title: { zhCN: '确认服务时长', en: 'Confirmed hours' }, class: 'num', render: (r) => number(ctx, r.hours) },
      { title: { zhCN: '状态', en: 'State' }, render: (r) => (r.flagged
        ? h('span', { class: 'kit-badge kit-badge-err', text: t({ zhCN: '无结对单位', en: 'No paired unit' }) })
        : h('span', { class: 'kit-badge', text: t({ zhCN: '已覆盖', en: 'Covered' }) })) },
    ],
  });
}
