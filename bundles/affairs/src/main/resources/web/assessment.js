// 书记述职评议 (双述双评): the level above opens a year's round over the Party organizations below it; each secretary
// writes and submits the report (text, or a file attached to it); the evaluators' ratings (好/较好/一般/差) are entered
// and the level above returns the report with a reason or decides the result. Steps come from the server.
import { h, field, select, scopeOf, pagedTable, pageQuery, yearPicker, formDialog, load, memberPicker, number, percent,
  table, ifMatch } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, step } from './module.js';
import { roundsPanel } from './rounds.js';

export async function renderAssessment(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const year = await yearPicker(ctx, { id: 'aff-report-year', onChange: () => refresh() });
  const status = select([['', t({ zhCN: '全部状态', en: 'All states' })], ...L.options(SETS.reportStatus)], { id: 'aff-report-status', name: 'status' });
  status.addEventListener('change', () => list.reload());
  const figures = h('div', { 'aria-live': 'polite' });
  const detail = h('div', { id: 'aff-report-detail', 'aria-live': 'polite' });
  const kpi = (title, value, id) => h('li', { class: 'kpi', id }, h('strong', { class: 'kpi-value', text: value }),
    h('span', { class: 'kpi-name', text: t(title) }));
  const drawFigures = () => load(figures, ctx, async () => {
    const f = await ctx.api(`${API}/rounds/figures?unit=${unit}&year=${year.value()}`);
    return [h('ul', { class: 'kpis', id: 'aff-report-kpis' },
      kpi({ zhCN: '述职评议覆盖率', en: 'Reports decided' }, percent(ctx, f.reportCoverage / 100), 'aff-kpi-coverage'),
      kpi({ zhCN: '已评定 / 党组织', en: 'Decided / organizations' }, `${number(ctx, f.reportsDecided)} / ${number(ctx, f.partyOrganizations)}`, 'aff-kpi-decided'),
      kpi({ zhCN: '列入述职的书记', en: 'Secretaries listed' }, number(ctx, f.reportsListed), 'aff-kpi-listed')),
    table(ctx, { id: 'aff-report-results', caption: { zhCN: '评定结果', en: 'Results' }, rows: Object.entries(f.results), columns: [
      { title: { zhCN: '结果', en: 'Result' }, head: true, render: ([g]) => L.label(SETS.reportGrade, g) },
      { title: { zhCN: '人数', en: 'Secretaries' }, class: 'num', render: ([, n]) => number(ctx, n) },
    ] })];
  }, { zhCN: '本年度还没有数据。', en: 'No data for this year.' });
  const list = pagedTable(ctx, {
    id: 'aff-report-table',
    caption: { zhCN: '书记述职', en: 'Secretaries\' reports' },
    load: (paging) => ctx.api(`${API}/secretary-reports?${pageQuery({ unit, year: year.value(), status: status.value }, paging)}`),
    rowAttrs: (r) => ({ dataset: { report: r.id, status: r.status } }),
    emptyText: { zhCN: '本年度还没有书记述职。', en: 'No reports this year.' },
    columns: [
      { title: { zhCN: '党组织', en: 'Organization' }, head: true, render: (r) => open(r) },
      { title: { zhCN: '书记', en: 'Secretary' }, render: (r) => r.secretaryName || '—' },
      { title: { zhCN: '状态', en: 'State' }, render: (r) => L.label(SETS.reportStatus, r.status) },
      { title: { zhCN: '评议', en: 'Ratings' }, class: 'num', render: (r) => number(ctx, r.ratings.length) },
      { title: { zhCN: '评议建议', en: 'Suggested' }, render: (r) => (r.suggested ? L.label(SETS.reportGrade, r.suggested) : '—') },
      { title: { zhCN: '评定结果', en: 'Result' }, render: (r) => (r.result ? L.label(SETS.reportGrade, r.result) : '—') },
      { title: { zhCN: '操作', en: 'Actions' }, render: (r) => actions(r) },
    ],
  });
  const rounds = roundsPanel(ctx, { unit, year, kind: 'REPORTS', L, onChange: () => list.reload() });

  function open(r) {
    const b = h('button', { type: 'button', class: 'link', text: r.organizationName || '' });
    b.addEventListener('click', () => show(r.id));
    return b;
  }
  async function show(id) {
    await load(detail, ctx, async () => {
      const r = await ctx.api(`${API}/secretary-reports/${id}`);
      return [h('h2', { text: t({ zhCN: `${r.organizationName} ${r.year} 年度书记述职`, en: `${r.organizationName}: secretary's report ${r.year}` }) }),
        h('p', { class: 'wrap', text: r.body || t({ zhCN: '（尚未填写述职报告）', en: '(not written yet)' }) }),
        r.returnNote ? h('p', { text: t({ zhCN: `退回原因：${r.returnNote}`, en: `Returned: ${r.returnNote}` }) }) : '',
        r.decisionNote ? h('p', { text: t({ zhCN: `评定意见：${r.decisionNote}`, en: `Decision note: ${r.decisionNote}` }) }) : '',
        r.ratings.length ? table(ctx, { id: 'aff-report-ratings', caption: { zhCN: '评议意见', en: 'Ratings' }, rows: r.ratings, columns: [
          { title: { zhCN: '评议人', en: 'Evaluator' }, head: true, render: (x) => x.evaluatorName || '' },
          { title: { zhCN: '等次', en: 'Grade' }, render: (x) => L.label(SETS.reportGrade, x.grade) },
          { title: { zhCN: '意见', en: 'Comment' }, class: 'wrap', render: (x) => x.comment || '' },
        ] }) : ''];
    });
  }

  function actions(r) {
    const box = h('div', { class: 'actions' });
    for (const a of r.allowedActions) {
      if (!can(ctx, ['RATE', 'RETURN', 'DECIDE'].includes(a) ? 'review' : 'write')) continue;
      const b = h('button', { type: 'button', text: L.label(SETS.reportAction, a), dataset: { action: a } });
      b.addEventListener('click', () => take(r, a));
      box.append(b);
    }
    return box;
  }

  async function take(r, action) {
    const title = { zhCN: `${L.label(SETS.reportAction, action)}：${r.organizationName}`, en: `${L.label(SETS.reportAction, action)}: ${r.organizationName}` };
    let fields;
    let send;
    if (action === 'EDIT' || action === 'SUBMIT') {
      const text = h('textarea', { id: 'aff-report-body', name: 'body', rows: '8', maxlength: '8000' });
      text.value = r.body || '';
      fields = [field(t({ zhCN: '述职报告（也可先上传述职报告文件）', en: 'The report (or attach the report as a file first)' }), text)];
      send = () => (action === 'EDIT'
        ? ctx.api(`${API}/secretary-reports/${r.id}`, { method: 'PUT', body: { body: text.value }, headers: ifMatch(r.version) })
        : step(ctx, `secretary-reports/${r.id}/submit`, r.version, { body: text.value }));
    } else if (action === 'RATE') {
      const evaluator = memberPicker(ctx, { id: 'aff-evaluator', name: 'evaluatorId', caption: t({ zhCN: '评议人', en: 'Evaluator' }) });
      const grade = select(L.options(SETS.reportGrade), { id: 'aff-rate-grade', name: 'grade' });
      const comment = h('input', { id: 'aff-rate-comment', name: 'comment', maxlength: '500' });
      fields = [evaluator.element, field(t({ zhCN: '等次', en: 'Grade' }), grade), field(t({ zhCN: '意见', en: 'Comment' }), comment)];
      send = () => ctx.api(`${API}/secretary-reports/${r.id}/ratings`, { method: 'POST',
        body: { evaluatorId: evaluator.value()[0] || null, grade: grade.value, comment: comment.value } });
    } else {
      const result = select(L.options(SETS.reportGrade), { id: 'aff-decide-result', name: 'result' });
      if (r.suggested) result.value = r.suggested;
      const reason = h('textarea', { id: 'aff-report-reason', name: 'reason', rows: '3', maxlength: '1000', required: action === 'RETURN' });
      fields = action === 'DECIDE' ? [field(t({ zhCN: '评定结果（默认为评议建议）', en: 'Result (the ratings suggest it)' }), result),
        field(t({ zhCN: '评定意见', en: 'Note' }), reason)] : [field(t({ zhCN: '退回原因', en: 'Reason' }), reason)];
      send = () => step(ctx, `secretary-reports/${r.id}/${action.toLowerCase()}`, r.version,
        action === 'DECIDE' ? { result: result.value, reason: reason.value } : { reason: reason.value });
    }
    const done = await formDialog(ctx, { id: 'aff-report-dialog', title, fields, submit: send, onStale: () => list.reload(true) });
    if (done) {
      ctx.notify(t({ zhCN: '已保存。', en: 'Saved.' }), 'success');
      await Promise.all([list.reload(true), drawFigures(), show(r.id)]);
    }
  }

  async function refresh() {
    await Promise.all([drawFigures(), list.reload(), rounds.draw()]);
  }
  container.append(h('div', { class: 'kit-toolbar' }, year.element, field(t({ zhCN: '状态', en: 'State' }), status)), figures,
    list.element, detail, rounds.element);
  await Promise.all([drawFigures(), list.ready, rounds.draw()]);
}
