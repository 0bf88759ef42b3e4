// 月度指引: the month's topics for 主题党日 and 党课 the district or a street pushes down; branches link meetings to them.
import { h, field, select, scopeOf, load, yearPicker, table, submitForm } from '/assets/kit.js';
import { API, SETS, can, moduleLabels } from './module.js';

export async function renderGuides(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const year = await yearPicker(ctx, { id: 'aff-guide-year', onChange: () => draw() });
  const body = h('div', { 'aria-live': 'polite' });
  const draw = () => load(body, ctx, async () => {
    const rows = await ctx.api(`${API}/guides?unit=${unit}&year=${year.value()}`);
    if (!rows.length) return null;
    return table(ctx, { id: 'aff-guide-table', caption: { zhCN: '月度指引', en: 'Monthly guides' }, rows, columns: [
      { title: { zhCN: '月份', en: 'Month' }, render: (g) => g.month },
      { title: { zhCN: '会议', en: 'Meeting' }, render: (g) => L.label(SETS.type, g.type) },
      { title: { zhCN: '主题', en: 'Topic' }, head: true, class: 'wrap', render: (g) => g.title },
      { title: { zhCN: '说明', en: 'Notes' }, class: 'wrap', render: (g) => g.description || '' },
      { title: { zhCN: '下发单位', en: 'Issued by' }, render: (g) => g.unitName || '' },
    ] });
  }, { zhCN: '本年度还没有月度指引。', en: 'No guides this year.' });
  container.append(h('div', { class: 'kit-toolbar' }, year.element), body);
  await draw();
  if (!can(ctx, 'settings')) return;
  const month = h('input', { id: 'aff-guide-month', name: 'month', type: 'month', required: true });
  const type = select([['THEME_DAY', L.label(SETS.type, 'THEME_DAY')], ['LECTURE', L.label(SETS.type, 'LECTURE')]], { id: 'aff-guide-type', name: 'type' });
  const title = h('input', { id: 'aff-guide-title', name: 'title', required: true, maxlength: '200' });
  const description = h('textarea', { id: 'aff-guide-description', name: 'description', rows: '3', maxlength: '2000' });
  const form = h('form', { class: 'stacked-form panel', id: 'aff-guide-form' },
    h('h2', { text: t({ zhCN: '下发月度指引', en: 'Issue a monthly guide' }) }),
    field(t({ zhCN: '月份', en: 'Month' }), month), field(t({ zhCN: '会议', en: 'Meeting' }), type),
    field(t({ zhCN: '主题', en: 'Topic' }), title), field(t({ zhCN: '说明', en: 'Notes' }), description),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '下发', en: 'Issue' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const issued = await submitForm(ctx, form, () => ctx.api(`${API}/guides`, { method: 'POST', body: {
      unitId: unit, month: month.value || null, type: type.value, title: title.value, description: description.value } }));
    if (issued) {
      ctx.notify(t({ zhCN: '月度指引已下发。', en: 'Guide issued.' }), 'success');
      form.reset();
      await draw();
    }
  });
  container.append(form);
}
