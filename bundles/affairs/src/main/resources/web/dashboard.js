// 基础党务看板: the figures of the scope for a year (the work record's 1,600+ organizations and 30,000+ members).
import { h, scopeOf, load, yearPicker, table, number, percent } from '/assets/kit.js';
import { API, SETS, moduleLabels } from './module.js';

export async function renderDashboard(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const body = h('div', { 'aria-live': 'polite' });
  const year = await yearPicker(ctx, { id: 'aff-dash-year', onChange: () => draw() });
  const kpi = (title, value, id) => h('li', { class: 'kpi', id }, h('strong', { class: 'kpi-value', text: value }),
    h('span', { class: 'kpi-name', text: t(title) }));
  const draw = () => load(body, ctx, async () => {
    const [d, c] = await Promise.all([ctx.api(`${API}/statistics?unit=${unit}&year=${year.value()}`),
      ctx.api(`${API}/workers/coverage?unit=${unit}`)]);
    const types = Object.keys(d.compliancePercent);
    return [
      h('ul', { class: 'kpis' },
        kpi({ zhCN: '党组织', en: 'Party organizations' }, number(ctx, d.organizations), 'aff-kpi-orgs'),
        kpi({ zhCN: '召开组织生活会的党组织', en: 'Held their life meeting' }, number(ctx, d.lifeMeetingHeld), 'aff-kpi-life'),
        kpi({ zhCN: '参加民主评议的党员', en: 'Members evaluated' }, number(ctx, d.membersEvaluated), 'aff-kpi-evaluated'),
        kpi({ zhCN: '评议已结束的党组织', en: 'Evaluations closed' }, number(ctx, d.campaignsClosed), 'aff-kpi-campaigns'),
        kpi({ zhCN: '有党建指导员或专员的党组织', en: 'With an instructor or specialist' }, percent(ctx, c.percent / 100), 'aff-kpi-workforce'),
        kpi({ zhCN: '年内谈心谈话覆盖党员', en: 'Members with a talk this year' }, percent(ctx, d.talks.percent / 100), 'aff-kpi-talks')),
      table(ctx, { id: 'aff-dash-ratings', caption: { zhCN: '评议等次分布', en: 'Ratings' }, rows: Object.entries(d.ratings), columns: [
        { title: { zhCN: '等次', en: 'Rating' }, head: true, render: ([r]) => L.label(SETS.rating, r) },
        { title: { zhCN: '人数', en: 'Members' }, class: 'num', render: ([, n]) => number(ctx, n) },
      ] }),
      table(ctx, { id: 'aff-dash-types', caption: { zhCN: '各类会议', en: 'Meetings by type' }, rows: types, columns: [
        { title: { zhCN: '会议', en: 'Meeting' }, head: true, render: (k) => L.label(SETS.type, k) },
        { title: { zhCN: '召开次数', en: 'Held' }, class: 'num', render: (k) => number(ctx, d.meetingsHeld[k] || 0) },
        { title: { zhCN: '落实率', en: 'Compliance' }, class: 'num', render: (k) => percent(ctx, d.compliancePercent[k] / 100) },
      ] }),
      table(ctx, { id: 'aff-dash-load', caption: { zhCN: '党建指导员、专员联系党组织数', en: 'Organizations per instructor or specialist' },
        rows: c.load.slice(0, 50), columns: [
          { title: { zhCN: '姓名', en: 'Name' }, head: true, render: (l) => l.memberName || String(l.memberId) },
          { title: { zhCN: '队伍', en: 'Team' }, render: (l) => L.label(SETS.worker, l.role) },
          { title: { zhCN: '联系党组织', en: 'Organizations' }, class: 'num', render: (l) => number(ctx, l.organizations) },
        ] }),
      c.uncovered.length ? table(ctx, { id: 'aff-dash-uncovered', caption: { zhCN: `尚无党建指导员或专员的党组织（${c.uncoveredTotal} 个）`,
        en: `Organizations without an instructor or specialist (${c.uncoveredTotal})` }, rows: c.uncovered.slice(0, 50), columns: [
        { title: { zhCN: '党组织', en: 'Organization' }, head: true, render: (o) => o.name },
      ] }) : '',
    ];
  }, { zhCN: '本年度还没有数据。', en: 'No data for this year.' });
  container.append(h('div', { class: 'kit-toolbar' }, year.element), body);
  await draw();
}
