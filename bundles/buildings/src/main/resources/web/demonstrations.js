// 示范楼宇: the demonstration buildings of the scope with the criteria they met, their upgrade tasks and yearly
// assessments; the district designates a building and records an assessment.
import { h, field, scopeOf, pagedTable, pageQuery, formDialog, unitPicker, dateOnly, multiSelect } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, today } from './module.js';

export async function renderDemonstrations(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const toolbar = h('div', { class: 'kit-toolbar' });
  if (can(ctx, 'designate')) {
    toolbar.append(h('button', { type: 'button', class: 'primary', id: 'bld-demonstration-new', text: t({ zhCN: '认定示范楼宇', en: 'Designate a building' }),
      onClick: () => designate(ctx, L, () => list.reload()) }));
  }
  const list = pagedTable(ctx, {
    id: 'bld-demonstration-table',
    caption: { zhCN: '示范楼宇', en: 'Demonstration buildings' },
    load: (paging) => ctx.api(`${API}/demonstrations?${pageQuery({ unit }, paging)}`),
    emptyText: { zhCN: '还没有示范楼宇。', en: 'No demonstration buildings yet.' },
    columns: [
      { title: { zhCN: '楼宇', en: 'Building' }, head: true, render: (d) => d.buildingName },
      { title: { zhCN: '示范带', en: 'Belt' }, render: (d) => L.label(SETS.belt, d.belt) },
      { title: { zhCN: '认定日期', en: 'Designated on' }, render: (d) => dateOnly(ctx, d.designatedOn) },
      { title: { zhCN: '符合条件', en: 'Criteria met' }, class: 'wrap', render: (d) => d.criteria.map((c) => L.label(SETS.criterion, c)).join('、') },
      { title: { zhCN: '提升任务', en: 'Upgrade tasks' }, class: 'wrap', render: (d) => d.upgradeTasks.join('、') || '—' },
      { title: { zhCN: '年度考核', en: 'Assessments' }, render: (d) => d.assessments.map((a) => `${a.year}：${a.score}（${L.label(SETS.grade, a.grade)}）`).join('；') || '—' },
      { title: { zhCN: '操作', en: 'Actions' }, render: (d) => can(ctx, 'designate') ? h('button', { type: 'button', class: 'link-button',
        text: t({ zhCN: '年度考核', en: 'Assess' }), onClick: () => assess(ctx, d, () => list.reload(true)) }) : '—' },
    ],
  });
  container.append(toolbar, list.element);
  await list.ready;
}

async function designate(ctx, L, done) {
  const t = ctx.t;
  const building = unitPicker(ctx, { id: 'bld-demonstration-building', name: 'buildingId', unitType: 'BUILDING',
    caption: { zhCN: '楼宇（按名称查找）', en: 'Building (find by name)' } });
  const on = h('input', { id: 'bld-demonstration-date', name: 'designatedOn', type: 'date', value: today() });
  const criteria = multiSelect(ctx, { id: 'bld-demonstration-criteria', name: 'criteria', caption: { zhCN: '符合的认定条件', en: 'Criteria met' },
    options: L.options(SETS.criterion) });
  const tasks = h('textarea', { id: 'bld-demonstration-tasks', name: 'upgradeTasks', rows: '3' });
  const saved = await formDialog(ctx, {
    id: 'bld-demonstration-dialog', title: { zhCN: '认定示范楼宇', en: 'Designate a demonstration building' },
    submitText: { zhCN: '认定', en: 'Designate' },
    fields: [building.element, field(t({ zhCN: '认定日期', en: 'Designated on' }), on), criteria.element,
      field(t({ zhCN: '提升任务（每行一项）', en: 'Upgrade tasks (one a line)' }), tasks)],
    submit: () => ctx.api(`${API}/demonstrations`, { method: 'POST', body: { buildingId: building.value()[0] ?? null,
      designatedOn: on.value || null, criteria: criteria.value(),
      upgradeTasks: tasks.value.split('\n').map((s) => s.trim()).filter((s) => s) } }),
  });
  if (saved) await done();
}

async function assess(ctx, demonstration, done) {
  const t = ctx.t;
  const year = h('input', { id: 'bld-assessment-year', name: 'year', type: 'number', value: String(new Date().getFullYear()) });
  const score = h('input', { id: 'bld-assessment-score', name: 'score', type: 'number', min: '0', max: '100' });
  const note = h('textarea', { id: 'bld-assessment-note', name: 'note', rows: '3', maxlength: '1000' });
  const saved = await formDialog(ctx, {
    id: 'bld-assessment-dialog', title: { zhCN: `年度考核：${demonstration.buildingName}`, en: `Assessment: ${demonstration.buildingName}` },
    submitText: { zhCN: '保存', en: 'Save' },
    fields: [field(t({ zhCN: '年度', en: 'Year' }), year), field(t({ zhCN: '得分（0–100）', en: 'Score (0–100)' }), score),
      field(t({ zhCN: '评语', en: 'Note' }), note)],
    submit: () => ctx.api(`${API}/demonstrations/${demonstration.id}/assessments`, { method: 'POST', body: {
      year: year.value ? Number(year.value) : null, score: score.value ? Number(score.value) : null, note: note.value || null } }),
  });
  if (saved) await done();
}
