// 发展与转接统计: the scope's figures of a year: people in each stage at the year's end, members developed against
// the plan, probations ended, transfers, mobile members and membership ended.
import { h, scopeOf, load, yearPicker } from '/assets/kit.js';
import { API, SETS, moduleLabels } from './module.js';

export async function renderDashboard(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const L = await moduleLabels(ctx);
  const body = h('div', { 'aria-live': 'polite' });
  const year = await yearPicker(ctx, { id: 'membership-dashboard-year', onChange: () => draw() });
  const draw = () => load(body, ctx, async () => figures(ctx, L, await ctx.api(`${API}/statistics?unit=${unit}&year=${year.value()}`)));
  container.append(h('div', { class: 'kit-toolbar' }, year.element), body);
  await draw();
}

function figures(ctx, L, f) {
  const t = ctx.t;
  const kpi = (caption, value) => h('li', { class: 'kpi' }, h('strong', { class: 'kpi-value', text: String(value) }),
    h('span', { class: 'kpi-name', text: t(caption) }));
  const sum = (m) => Object.values(m).reduce((a, b) => a + b, 0);
  const parts = (set, m) => h('ul', { class: 'kit-parts' }, ...Object.entries(m).map(([k, v]) => h('li', { text: `${L.label(set, k)}：${v}` })));
  return [
    h('ul', { class: 'kpis', id: 'membership-kpis' },
      kpi({ zhCN: '发展党员', en: 'Members developed' }, f.developed),
      kpi({ zhCN: '年度发展计划', en: 'Plan' }, f.planned),
      kpi({ zhCN: '确定发展对象', en: 'Candidates made' }, f.candidatesMade),
      kpi({ zhCN: '按期转正', en: 'Full membership' }, f.probationsEnded),
      kpi({ zhCN: '延长预备期', en: 'Probations extended' }, f.extended),
      kpi({ zhCN: '取消预备党员资格', en: 'Probations cancelled' }, f.cancelled),
      kpi({ zhCN: '办结转接', en: 'Transfers completed' }, sum(f.transfers)),
      kpi({ zhCN: '年底流动党员', en: 'Mobile members at year end' }, sum(f.mobile)),
      kpi({ zhCN: '党籍处置', en: 'Membership ended' }, sum(f.left)),
      kpi({ zhCN: '失去联系', en: 'Lost contact' }, f.lostContact)),
    h('h2', { text: t({ zhCN: '年底各阶段人数', en: 'Pipeline at the year end' }) }), parts(SETS.stage, f.pipeline),
    h('h2', { text: t({ zhCN: '组织关系转接', en: 'Transfers' }) }), parts(SETS.transferKind, f.transfers),
    h('h2', { text: t({ zhCN: '流动党员', en: 'Mobile members' }) }), parts(SETS.direction, f.mobile),
    h('h2', { text: t({ zhCN: '党籍处置', en: 'Membership ended' }) }), parts(SETS.status, f.left),
  ];
}
