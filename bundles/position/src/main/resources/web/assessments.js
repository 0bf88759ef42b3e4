// 阵地评估: the assessments of the scope by year and grade (total, share of the standard's points, open rectification
// items); a position is assessed from 阵地台账 (评估) where the form scores every item of the standard.
import { h, select, scopeOf, pagedTable, pageQuery, dateOnly, yearPicker, field } from '/assets/kit.js';
import { API, SETS, moduleLabels } from './module.js';

export async function renderAssessments(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const year = await yearPicker(ctx, { id: 'position-assessment-year', onChange: () => list.reload() });
  const grade = select([['', t({ zhCN: '全部', en: 'All' })], ...L.options(SETS.grade)], { id: 'position-assessment-grade' });
  grade.addEventListener('change', () => list.reload());
  const list = pagedTable(ctx, {
    id: 'position-assessment-table',
    caption: { zhCN: '阵地评估', en: 'Assessments' },
    load: (paging) => ctx.api(`${API}/assessments?${pageQuery({ unit, year: year.value(), grade: grade.value }, paging)}`),
    rowAttrs: (a) => ({ dataset: { assessment: a.id, grade: a.grade } }),
    emptyText: { zhCN: '这一年度还没有评估。', en: 'No assessment in this year.' },
    columns: [
      { title: { zhCN: '阵地', en: 'Position' }, head: true, render: (a) => a.positionName },
      { title: { zhCN: '年度', en: 'Year' }, render: (a) => String(a.year) },
      { title: { zhCN: '标准', en: 'Standard' }, render: (a) => `${a.standardName}（${t({ zhCN: `第 ${a.standardVersion} 版`, en: `v${a.standardVersion}` })}）` },
      { title: { zhCN: '得分', en: 'Score' }, class: 'num', render: (a) => `${a.total} / ${a.maxTotal}` },
      { title: { zhCN: '等次', en: 'Grade' }, render: (a) => L.label(SETS.grade, a.grade) },
      { title: { zhCN: '评估日期', en: 'Assessed on' }, render: (a) => dateOnly(ctx, a.assessedOn) },
      { title: { zhCN: '评估人', en: 'Assessor' }, render: (a) => a.assessor || '—' },
      { title: { zhCN: '未完成整改', en: 'Open rectifications' }, class: 'num', render: (a) => String(a.openRectifications) },
    ],
  });
  container.append(h('div', { class: 'kit-toolbar' }, year.element, field(t({ zhCN: '等次', en: 'Grade' }), grade)), list.element);
  await list.ready;
}
