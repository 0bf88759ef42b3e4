// 评估阵地: an assessment of a position for a year against the latest version of a standard, every item scored (0 to
// the item's weight); a refused score shows beside its item.
import { h, field, select, formDialog } from '/assets/kit.js';
import { API, SETS } from './module.js';
import { num, text, input } from './forms.js';

/** Opens the form for a position; answers the stored assessment, or null when cancelled. */
export async function assessmentDialog(ctx, L, position) {
  const t = ctx.t;
  const standards = await ctx.api(`${API}/standards?latest=true`);
  const standard = select(standards.map((s) => [String(s.id), `${s.name}（${t({ zhCN: `第 ${s.versionNo} 版`, en: `version ${s.versionNo}` })}）`]),
    { name: 'standardId', id: 'position-assess-standard' });
  const thisYear = new Date().getFullYear();
  const year = input('year', { id: 'position-assess-year', type: 'number', min: '2000', max: String(thisYear), value: String(thisYear) });
  const on = input('assessedOn', { id: 'position-assess-on', type: 'date', value: new Date().toISOString().slice(0, 10) });
  const assessor = input('assessor', { id: 'position-assess-assessor', maxlength: '100' });
  const note = h('textarea', { name: 'note', id: 'position-assess-note', maxlength: '1000' });
  const items = h('fieldset', { class: 'position-assess-items', id: 'position-assess-items' });
  let scoreInputs = [];
  const drawItems = () => {
    const s = standards.find((x) => String(x.id) === standard.value);
    scoreInputs = (s ? s.items : []).map((item, i) => ({ item,
      score: input(`scores[${i}].score`, { type: 'number', step: '0.1', min: '0', max: String(item.weight), dataset: { item: item.id } }),
      evidence: input(`scores[${i}].evidence`, { maxlength: '500' }) }));
    items.replaceChildren(h('legend', { text: t({ zhCN: '逐项评分', en: 'Score every item' }) }),
      ...scoreInputs.map(({ item, score, evidence }) => h('div', { class: 'position-assess-item', dataset: { item: item.id } },
        field(`${item.no}. ${L.label(SETS.category, item.category)} · ${item.text}（${t({ zhCN: `满分 ${item.weight}`, en: `max ${item.weight}` })}）`, score),
        field(t({ zhCN: '佐证', en: 'Evidence' }), evidence))));
  };
  standard.addEventListener('change', drawItems);
  drawItems();
  return formDialog(ctx, {
    id: 'position-assess-dialog',
    title: { zhCN: `评估阵地：${position.name}`, en: `Assess: ${position.name}` },
    submitText: { zhCN: '保存评估', en: 'Save the assessment' },
    fields: [field(t({ zhCN: '建设标准', en: 'Standard' }), standard), field(t({ zhCN: '年度', en: 'Year' }), year),
      field(t({ zhCN: '评估日期', en: 'Assessed on' }), on), field(t({ zhCN: '评估人', en: 'Assessor' }), assessor), items,
      field(t({ zhCN: '评估意见', en: 'Note' }), note)],
    submit: () => ctx.api(`${API}/assessments`, { method: 'POST', body: {
      positionId: position.id, year: num(year), standardId: standard.value ? Number(standard.value) : null, assessedOn: on.value || null,
      assessor: text(assessor), note: text(note),
      scores: scoreInputs.map(({ item, score, evidence }) => ({ itemId: item.id, score: num(score), evidence: text(evidence) })) } }),
  });
}
