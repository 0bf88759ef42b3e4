// 阵地统计: positions per level and status, featured, recorded in the city system, the year's assessments (mean
// score, grades), rectifications open and overdue, upgrades accepted, visits, events and their sign-ins, room
// bookings and the services the catalogues offer.
import { h, scopeOf, table, load, yearPicker } from '/assets/kit.js';
import { API, SETS, moduleLabels } from './module.js';

export async function renderDashboard(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const body = h('div', { 'aria-live': 'polite' });
  const year = await yearPicker(ctx, { id: 'position-dashboard-year', onChange: () => draw() });
  const draw = () => load(body, ctx, async () => figures(ctx, L, await ctx.api(`${API}/statistics?unit=${unit}&year=${year.value()}`)));
  container.append(h('div', { class: 'kit-toolbar' }, year.element), body);
  await draw();
}

function figures(ctx, L, f) {
  const t = ctx.t;
  const kpi = (caption, value) => h('li', { class: 'kpi' }, h('strong', { class: 'kpi-value', text: value }),
    h('span', { class: 'kpi-name', text: t(caption) }));
  const rows = (set, counts) => Object.entries(counts).map(([code, n]) => ({ code, label: L.label(set, code), n }));
  const breakdown = (id, caption, set, counts) => table(ctx, { id, caption, rows: rows(set, counts), columns: [
    { title: caption, head: true, render: (r) => r.label },
    { title: { zhCN: '数量', en: 'Count' }, class: 'num', render: (r) => String(r.n) }] });
  return [
    h('ul', { class: 'kpis', id: 'position-kpis' },
      kpi({ zhCN: '党群服务阵地', en: 'Positions' }, String(f.positions)),
      kpi({ zhCN: '录入全市基层数据管理系统', en: 'Recorded in the city system' }, String(f.recorded)),
      kpi({ zhCN: '待报送', en: 'To send' }, String(f.changedSinceSync)),
      kpi({ zhCN: '特色综合阵地', en: 'Featured' }, String(f.featured)),
      kpi({ zhCN: '评估平均分', en: 'Mean score' }, f.meanScore == null ? '—' : String(f.meanScore)),
      kpi({ zhCN: '未完成整改', en: 'Open rectifications' }, String(f.rectificationsOpen)),
      kpi({ zhCN: '逾期整改', en: 'Overdue rectifications' }, String(f.rectificationsOverdue)),
      kpi({ zhCN: '验收通过的升级项目', en: 'Upgrades accepted' }, String(f.upgradesAccepted)),
      kpi({ zhCN: '到访人次', en: 'Visits' }, String(f.visits)),
      kpi({ zhCN: '服务次数', en: 'Services delivered' }, String(f.services)),
      kpi({ zhCN: '阵地活动', en: 'Events' }, String(f.events)),
      kpi({ zhCN: '活动报名人次', en: 'Event sign-ups' }, String(f.eventSignUps)),
      kpi({ zhCN: '活动签到人次', en: 'Event sign-ins' }, String(f.eventSignIns)),
      kpi({ zhCN: '功能室预约', en: 'Room bookings' }, String(f.bookings)),
      kpi({ zhCN: '服务事项', en: 'Services offered' }, String(f.catalogue))),
    table(ctx, { id: 'position-visits-by-month', caption: { zhCN: '各月到访人次', en: 'Visits per month' },
      rows: Object.entries(f.visitsByMonth).map(([month, n]) => ({ month, n })), columns: [
        { title: { zhCN: '月份', en: 'Month' }, head: true, render: (r) => r.month },
        { title: { zhCN: '到访人次', en: 'Visits' }, class: 'num', render: (r) => String(r.n) }] }),
    breakdown('position-visits-by-type', { zhCN: '服务类型', en: 'Service type' }, SETS.service, f.visitsByType),
    breakdown('position-events-by-type', { zhCN: '活动类型', en: 'Event type' }, SETS.service, f.eventsByType),
    breakdown('position-by-level', { zhCN: '层级', en: 'Level' }, SETS.level, f.byLevel),
    breakdown('position-by-status', { zhCN: '状态', en: 'Status' }, SETS.status, f.byStatus),
    breakdown('position-by-grade', { zhCN: '评估等次', en: 'Grade' }, SETS.grade, f.byGrade),
  ];
}
