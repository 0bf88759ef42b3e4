// 楼宇党建看板: the module's figures for the scope and a year — buildings per belt, Party coverage of the enterprises
// in buildings (应建未建 included), demonstration buildings, committee decisions closed on time, business districts
// with their joint meetings and activities, 两新 organizations with and without a managing committee — and the
// coverage of each building.
import { h, scopeOf, table, load, yearPicker, number } from '/assets/kit.js';
import { API, SETS, moduleLabels } from './module.js';

export async function renderDashboard(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  let L;
  try {
    L = await moduleLabels(ctx);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  const body = h('div', { 'aria-live': 'polite' });
  const year = await yearPicker(ctx, { id: 'bld-dashboard-year', onChange: () => draw() });
  const draw = () => load(body, ctx, async () => {
    const [figures, report] = await Promise.all([ctx.api(`${API}/statistics?unit=${unit}&year=${year.value()}`),
      ctx.api(`${API}/coverage?unit=${unit}`)]);
    return view(ctx, L, figures, report);
  });
  container.append(h('div', { class: 'kit-toolbar' }, year.element), body);
  await draw();
}

function view(ctx, L, figures, report) {
  const t = ctx.t;
  const byId = Object.fromEntries(figures.map((f) => [f.id, f]));
  const n = (value) => number(ctx, value);
  const kpi = (caption, value) => h('li', { class: 'kpi' }, h('strong', { class: 'kpi-value', text: value }),
    h('span', { class: 'kpi-name', text: t(caption) }));
  const belt = byId['buildings.belt'];
  const coverage = byId['buildings.coverage'];
  const demonstration = byId['buildings.demonstration'];
  const decisions = byId['buildings.decisions'];
  const districts = byId['buildings.districts'];
  const managed = byId['buildings.management'];
  const parts = (f, keys) => keys.map((k) => [f.labels && f.labels[k] ? t(f.labels[k]) : L.label(SETS.belt, k), f.breakdown[k] || 0]);
  const counts = (caption, header, rows) => table(ctx, { caption, rows, columns: [
    { title: header, head: true, render: ([name]) => name },
    { title: { zhCN: '数量', en: 'Count' }, class: 'num', render: ([, count]) => n(count) }] });
  return [
    h('ul', { class: 'kpis', id: 'bld-kpis' },
      kpi({ zhCN: '楼宇', en: 'Buildings' }, n(belt.value)),
      kpi({ zhCN: '示范楼宇', en: 'Demonstration buildings' }, n(demonstration.value)),
      kpi({ zhCN: '在驻企业', en: 'Enterprises in buildings' }, n(coverage.breakdown.enterprises)),
      kpi({ zhCN: '党组织覆盖率', en: 'Party coverage' }, `${n(coverage.value)}%`),
      kpi({ zhCN: '应建未建', en: 'Should form an organization' }, n(coverage.breakdown.shouldForm)),
      kpi({ zhCN: '决议按期办结率', en: 'Decisions closed on time' }, `${n(decisions.value)}%`),
      kpi({ zhCN: '商圈', en: 'Business districts' }, n(districts.value)),
      kpi({ zhCN: '无管理党委的两新组织', en: 'New-sector organizations with no managing committee' }, n(managed.breakdown.unmanaged))),
    h('div', { class: 'split' },
      counts({ zhCN: '楼宇（按示范带）', en: 'Buildings by belt' }, { zhCN: '示范带', en: 'Belt' },
        L.options(SETS.belt).map(([code, name]) => [name, belt.breakdown[code] || 0])),
      counts({ zhCN: '示范楼宇（按示范带）', en: 'Demonstration buildings by belt' }, { zhCN: '示范带', en: 'Belt' },
        L.options(SETS.belt).map(([code, name]) => [name, demonstration.breakdown[code] || 0])),
      counts({ zhCN: '党组织覆盖', en: 'Coverage' }, { zhCN: '覆盖方式', en: 'Coverage' },
        L.options(SETS.coverage).map(([code, name]) => [name, coverage.breakdown[code] || 0])),
      counts({ zhCN: '楼委会决议', en: 'Committee decisions' }, { zhCN: '项目', en: 'Item' },
        parts(decisions, ['committees', 'meetings', 'due', 'onTime', 'late', 'overdue'])),
      counts({ zhCN: '商圈联建', en: 'Business districts' }, { zhCN: '项目', en: 'Item' },
        parts(districts, ['districts', 'buildings', 'units', 'JOINT_MEETING', 'JOINT_ACTIVITY', 'participants'])),
      counts({ zhCN: '两企三新管理', en: 'New-sector management' }, { zhCN: '项目', en: 'Item' },
        parts(managed, ['organizations', 'DIRECT', 'COMPREHENSIVE', 'unmanaged']))),
    h('h2', { text: t({ zhCN: '各楼宇覆盖情况', en: 'Coverage per building' }) }),
    table(ctx, { id: 'bld-building-coverage', caption: { zhCN: '各楼宇', en: 'Per building' }, rows: report.buildings, columns: [
      { title: { zhCN: '楼宇', en: 'Building' }, head: true, render: (r) => r.name },
      { title: { zhCN: '示范带', en: 'Belt' }, render: (r) => L.label(SETS.belt, r.belt) },
      { title: { zhCN: '在驻企业', en: 'Enterprises' }, class: 'num', render: (r) => String(r.enterprises) },
      { title: { zhCN: '单建', en: 'Own' }, class: 'num', render: (r) => String(r.ownOrganization) },
      { title: { zhCN: '联建', en: 'Joint' }, class: 'num', render: (r) => String(r.jointBranch) },
      { title: { zhCN: '未覆盖', en: 'None' }, class: 'num', render: (r) => String(r.none) },
      { title: { zhCN: '应建未建', en: 'Should form' }, class: 'num', render: (r) => String(r.shouldForm) },
      { title: { zhCN: '覆盖率', en: 'Covered' }, class: 'num', render: (r) => `${n(r.percent)}%` },
    ] }),
  ];
}
