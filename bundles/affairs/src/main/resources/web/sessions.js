// "上讲台、亮功夫": party-affairs workers present a topic; several judges score each presentation from 0 to 100; the
// period's ranking orders the scored sessions of the scope by their mean score (equal means share a rank).
import { h, field, select, scopeOf, pagedTable, pageQuery, yearPicker, formDialog, load, number, table, unitPicker, memberPicker,
  dateOnly, submitForm } from '/assets/kit.js';
import { API, can } from './module.js';

export async function renderSessions(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const year = await yearPicker(ctx, { id: 'aff-session-year', onChange: () => refresh() });
  const quarter = select([['', t({ zhCN: '全年', en: 'Whole year' })], ...[1, 2, 3, 4].map((q) => [String(q),
    t({ zhCN: `第${'一二三四'[q - 1]}季度`, en: `Quarter ${q}` })])], { id: 'aff-session-quarter', name: 'quarter' });
  quarter.addEventListener('change', () => refresh());
  const ranking = h('div', { 'aria-live': 'polite' });
  const drawRanking = () => load(ranking, ctx, async () => {
    const rows = await ctx.api(`${API}/sessions/ranking?${pageQuery({ unit, year: year.value(), quarter: quarter.value })}`);
    return rows.length ? table(ctx, { id: 'aff-session-ranking', caption: { zhCN: '评分排名', en: 'Ranking' }, rows: rows.slice(0, 50), columns: [
      { title: { zhCN: '名次', en: 'Rank' }, class: 'num', render: (r) => String(r.rank) },
      { title: { zhCN: '主讲人', en: 'Presenter' }, head: true, render: (r) => r.presenterName || '' },
      { title: { zhCN: '题目', en: 'Topic' }, class: 'wrap', render: (r) => r.topic },
      { title: { zhCN: '单位', en: 'Unit' }, render: (r) => r.organizationName || '' },
      { title: { zhCN: '日期', en: 'Day' }, render: (r) => dateOnly(ctx, r.heldOn) },
      { title: { zhCN: '评委', en: 'Judges' }, class: 'num', render: (r) => String(r.judges) },
      { title: { zhCN: '平均分', en: 'Mean score' }, class: 'num', render: (r) => number(ctx, r.average, 2) },
    ] }) : h('p', { class: 'kit-empty', text: t({ zhCN: '这一时期还没有评分。', en: 'No scores in this period.' }) });
  }, { zhCN: '这一时期还没有评分。', en: 'No scores in this period.' });
  const list = pagedTable(ctx, {
    id: 'aff-session-table',
    caption: { zhCN: '“上讲台、亮功夫”', en: 'Capability sessions' },
    load: (paging) => ctx.api(`${API}/sessions?${pageQuery({ unit, year: year.value(), quarter: quarter.value }, paging)}`),
    rowAttrs: (s) => ({ dataset: { session: s.id } }),
    emptyText: { zhCN: '这一时期还没有登记。', en: 'None recorded in this period.' },
    columns: [
      { title: { zhCN: '日期', en: 'Day' }, render: (s) => dateOnly(ctx, s.heldOn) },
      { title: { zhCN: '主讲人', en: 'Presenter' }, head: true, render: (s) => s.presenterName || '' },
      { title: { zhCN: '题目', en: 'Topic' }, class: 'wrap', render: (s) => s.topic },
      { title: { zhCN: '单位', en: 'Unit' }, render: (s) => s.organizationName || '' },
      { title: { zhCN: '评分', en: 'Scores' }, class: 'wrap', render: (s) => s.scores.map((x) => `${x.judgeName || ''} ${x.score}`).join('、') },
      { title: { zhCN: '平均分', en: 'Mean' }, class: 'num', render: (s) => (s.average == null ? '—' : number(ctx, s.average, 2)) },
      { title: { zhCN: '操作', en: 'Actions' }, render: (s) => (can(ctx, 'write') ? scoreButton(s) : '') },
    ],
  });

  function scoreButton(s) {
    const b = h('button', { type: 'button', text: t({ zhCN: '评分', en: 'Score' }), dataset: { action: 'SCORE' } });
    b.addEventListener('click', async () => {
      const judge = memberPicker(ctx, { id: 'aff-judge', name: 'judgeId', caption: t({ zhCN: '评委', en: 'Judge' }) });
      const score = h('input', { id: 'aff-judge-score', name: 'score', type: 'number', min: '0', max: '100', step: '1', required: true });
      const comment = h('input', { id: 'aff-judge-comment', name: 'comment', maxlength: '500' });
      const done = await formDialog(ctx, { id: 'aff-score-dialog', title: { zhCN: `评分：${s.topic}`, en: `Score: ${s.topic}` },
        fields: [judge.element, field(t({ zhCN: '分数（0–100）', en: 'Score (0–100)' }), score), field(t({ zhCN: '点评', en: 'Comment' }), comment)],
        submit: () => ctx.api(`${API}/sessions/${s.id}/scores`, { method: 'POST', body: [{ judgeId: judge.value()[0] || null,
          score: score.value === '' ? null : Number(score.value), comment: comment.value }] }) });
      if (done) {
        ctx.notify(t({ zhCN: '评分已保存。', en: 'Score saved.' }), 'success');
        await refresh(true);
      }
    });
    return b;
  }

  async function refresh(keepPage = false) {
    await Promise.all([drawRanking(), list.reload(keepPage)]);
  }
  container.append(h('div', { class: 'kit-toolbar' }, year.element, field(t({ zhCN: '时期', en: 'Period' }), quarter)), ranking, list.element);
  await Promise.all([drawRanking(), list.ready]);
  if (!can(ctx, 'write')) return;
  const org = unitPicker(ctx, { id: 'aff-session-org', name: 'organizationId', caption: t({ zhCN: '组织单位', en: 'Organizing unit' }) });
  const presenter = memberPicker(ctx, { id: 'aff-session-presenter', name: 'presenterId', caption: t({ zhCN: '主讲人', en: 'Presenter' }) });
  const topic = h('input', { id: 'aff-session-topic', name: 'topic', required: true, maxlength: '200' });
  const heldOn = h('input', { id: 'aff-session-day', name: 'heldOn', type: 'date', required: true });
  const form = h('form', { class: 'stacked-form panel', id: 'aff-session-form' },
    h('h2', { text: t({ zhCN: '登记“上讲台、亮功夫”', en: 'Record a capability session' }) }), org.element, presenter.element,
    field(t({ zhCN: '题目', en: 'Topic' }), topic), field(t({ zhCN: '日期', en: 'Day' }), heldOn),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '保存', en: 'Save' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const saved = await submitForm(ctx, form, () => ctx.api(`${API}/sessions`, { method: 'POST', body: {
      organizationId: org.value()[0] || null, presenterId: presenter.value()[0] || null, topic: topic.value, heldOn: heldOn.value || null } }));
    if (saved) {
      ctx.notify(t({ zhCN: '已登记。', en: 'Recorded.' }), 'success');
      form.reset();
      await refresh();
    }
  });
  container.append(form);
}
