// 党组织分类定等 (星级评定): the level above opens a year's grading round with its scheme and scored criteria; every
// organization listed assesses itself (a score per criterion, which proposes a grade); the level above returns the
// self-assessment with a reason or decides the grade. The distribution of the decided grades heads the page.
import { h, field, select, scopeOf, pagedTable, pageQuery, yearPicker, formDialog, load, number, table } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, step } from './module.js';
import { roundsPanel } from './rounds.js';

export async function renderGrading(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const year = await yearPicker(ctx, { id: 'aff-grading-year', onChange: () => refresh() });
  const status = select([['', t({ zhCN: '全部状态', en: 'All states' })], ...L.options(SETS.gradingStatus)], { id: 'aff-grading-status', name: 'status' });
  status.addEventListener('change', () => list.reload());
  const figures = h('div', { 'aria-live': 'polite' });
  const drawFigures = () => load(figures, ctx, async () => {
    const f = await ctx.api(`${API}/rounds/figures?unit=${unit}&year=${year.value()}`);
    const rows = Object.entries(f.grades);
    return rows.length ? table(ctx, { id: 'aff-grade-distribution', caption: { zhCN: `已定等党组织 ${f.organizationsGraded} 个`,
      en: `${f.organizationsGraded} organizations graded` }, rows, columns: [
      { title: { zhCN: '等次', en: 'Grade' }, head: true, render: ([g]) => L.label(SETS.orgGrade, g) },
      { title: { zhCN: '党组织', en: 'Organizations' }, class: 'num', render: ([, n]) => number(ctx, n) },
    ] }) : h('p', { class: 'kit-empty', text: t({ zhCN: '本年度还没有定等结果。', en: 'No grades decided this year.' }) });
  }, { zhCN: '本年度还没有数据。', en: 'No data for this year.' });
  const list = pagedTable(ctx, {
    id: 'aff-grading-table',
    caption: { zhCN: '分类定等', en: 'Gradings' },
    load: (paging) => ctx.api(`${API}/gradings?${pageQuery({ unit, year: year.value(), status: status.value }, paging)}`),
    rowAttrs: (g) => ({ dataset: { grading: g.id, status: g.status } }),
    emptyText: { zhCN: '本年度还没有分类定等。', en: 'No gradings this year.' },
    columns: [
      { title: { zhCN: '党组织', en: 'Organization' }, head: true, render: (g) => g.organizationName || '' },
      { title: { zhCN: '状态', en: 'State' }, render: (g) => L.label(SETS.gradingStatus, g.status) },
      { title: { zhCN: '自评得分', en: 'Self-assessed' }, class: 'num', render: (g) => (g.selfTotal == null ? '—' : `${g.selfTotal} / ${g.fullMarks}`) },
      { title: { zhCN: '自评等次', en: 'Proposed' }, render: (g) => (g.proposed ? L.label(SETS.orgGrade, g.proposed) : '—') },
      { title: { zhCN: '定等结果', en: 'Grade' }, render: (g) => (g.grade ? L.label(SETS.orgGrade, g.grade) : '—') },
      { title: { zhCN: '操作', en: 'Actions' }, render: (g) => actions(g) },
    ],
  });
  const rounds = roundsPanel(ctx, { unit, year, kind: 'GRADING', L, onChange: () => list.reload() });

  function actions(g) {
    const box = h('div', { class: 'actions' });
    for (const a of g.allowedActions) {
      if (!can(ctx, a === 'ASSESS' ? 'write' : 'review')) continue;
      const b = h('button', { type: 'button', text: L.label(SETS.gradingAction, a), dataset: { action: a } });
      b.addEventListener('click', () => take(g, a));
      box.append(b);
    }
    return box;
  }

  async function take(g, action) {
    const title = { zhCN: `${L.label(SETS.gradingAction, action)}：${g.organizationName}`, en: `${L.label(SETS.gradingAction, action)}: ${g.organizationName}` };
    let fields;
    let body;
    if (action === 'ASSESS') {
      // one number per criterion, named like the API's lines so a refusal shows beside its criterion
      const inputs = g.scores.map((c, i) => {
        const input = h('input', { id: `aff-score-${i}`, name: `scores[${i}].score`, type: 'number', min: '0', max: String(c.maxScore), step: '1', required: true });
        if (c.score != null) input.value = String(c.score);
        return [c, input];
      });
      const note = h('textarea', { id: 'aff-grading-note', name: 'note', rows: '3', maxlength: '2000' });
      fields = [...inputs.map(([c, input]) => field(t({ zhCN: `${c.name}（满分 ${c.maxScore}）`, en: `${c.name} (of ${c.maxScore})` }), input)),
        field(t({ zhCN: '自评说明', en: 'Note' }), note)];
      body = () => ({ scores: inputs.map(([c, input]) => ({ criterionId: c.criterionId, score: input.value === '' ? null : Number(input.value) })), note: note.value });
    } else if (action === 'DECIDE') {
      const grade = select(L.options(SETS.orgGrade).filter(([code]) => gradesOf(g.scheme).includes(code)), { id: 'aff-grading-grade', name: 'grade' });
      if (g.proposed) grade.value = g.proposed;
      const reason = h('textarea', { id: 'aff-grading-reason', name: 'reason', rows: '3', maxlength: '1000' });
      fields = [field(t({ zhCN: '定等结果（默认为自评等次）', en: 'Grade (the self-assessment proposes it)' }), grade), field(t({ zhCN: '定等意见', en: 'Note' }), reason)];
      body = () => ({ grade: grade.value, reason: reason.value });
    } else {
      const reason = h('textarea', { id: 'aff-grading-reason', name: 'reason', rows: '3', maxlength: '1000', required: true });
      fields = [field(t({ zhCN: '退回原因', en: 'Reason' }), reason)];
      body = () => ({ reason: reason.value });
    }
    const done = await formDialog(ctx, { id: 'aff-grading-dialog', title, fields, onStale: () => list.reload(true),
      submit: () => step(ctx, `gradings/${g.id}/${action.toLowerCase()}`, g.version, body()) });
    if (done) {
      ctx.notify(t({ zhCN: '已保存。', en: 'Saved.' }), 'success');
      await Promise.all([list.reload(true), drawFigures()]);
    }
  }

  function gradesOf(scheme) {
    return scheme === 'STARS' ? ['FIVE_STARS', 'FOUR_STARS', 'THREE_STARS', 'TWO_STARS', 'ONE_STAR'] : ['ADVANCED', 'GOOD', 'AVERAGE', 'LAGGING'];
  }

  async function refresh() {
    await Promise.all([drawFigures(), list.reload(), rounds.draw()]);
  }
  container.append(h('div', { class: 'kit-toolbar' }, year.element, field(t({ zhCN: '状态', en: 'State' }), status)), figures,
    list.element, rounds.element);
  await Promise.all([drawFigures(), list.ready, rounds.draw()]);
}
