// 村分类: the year's classification of village Party organizations (computed from the criterion scores, proposed
// by the street, confirmed by the district), with the count per category.
import { h, scopeOf, pagedTable, pageQuery, yearPicker, confirmDialog, number } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, step } from './module.js';

export async function renderClassification(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const summary = h('ul', { class: 'kpis', id: 'rural-category-counts' });
  const year = await yearPicker(ctx, { id: 'rural-class-year', onChange: () => reload() });
  const toolbar = h('div', { class: 'kit-toolbar' }, year.element);
  if (can(ctx, 'confirm')) {
    toolbar.append(h('button', { type: 'button', id: 'rural-rerun', text: t({ zhCN: '重新测算', en: 'Re-run classification' }),
      onClick: async () => {
        const sure = await confirmDialog(ctx, { title: { zhCN: '重新测算', en: 'Re-run classification' }, danger: true,
          message: { zhCN: `重新测算将重置 ${year.value()} 年度的提名和确认，是否继续？`, en: `A re-run resets the proposals and confirmations of ${year.value()}. Continue?` },
          confirmText: { zhCN: '重新测算', en: 'Re-run' } });
        if (!sure) return;
        try {
          await ctx.api(`${API}/classifications/${year.value()}/run?rerun=true`, { method: 'POST' });
          ctx.notify(t({ zhCN: '已重新测算。', en: 'Classification re-run.' }), 'success');
        } catch (e) {
          ctx.notify(e.message);
        }
        await reload();
      } }));
  }
  const list = pagedTable(ctx, {
    id: 'rural-classification-table',
    caption: { zhCN: '村党组织分类', en: 'Village classification' },
    sort: '-score',
    load: (paging) => ctx.api(`${API}/classifications?${pageQuery({ unit, year: year.value() }, paging)}`),
    rowAttrs: (c) => ({ dataset: { classification: c.id, status: c.status } }),
    emptyText: { zhCN: '本年度还没有测算结果。', en: 'No classification for this year yet.' },
    emptyHint: can(ctx, 'confirm') ? { zhCN: '录入村评分后点“重新测算”。', en: 'Enter the criterion scores, then press “Re-run classification”.' } : null,
    columns: [
      { title: { zhCN: '村', en: 'Village' }, sort: 'village', head: true, render: (c) => c.villageName },
      { title: { zhCN: '得分', en: 'Score' }, sort: 'score', class: 'num', render: (c) => number(ctx, c.score, 1) },
      { title: { zhCN: '测算类别', en: 'Computed' }, render: (c) => L.label(SETS.category, c.computedCategory) },
      { title: { zhCN: '类别', en: 'Category' }, sort: 'category', render: (c) => L.label(SETS.category, c.category) },
      { title: { zhCN: '状态', en: 'Status' }, sort: 'status', render: (c) => L.label(SETS.classification, c.status) },
      { title: { zhCN: '操作', en: 'Actions' }, render: (c) => actions(c) },
    ],
  });
  function actions(c) {
    if (c.status === 'COMPUTED' && can(ctx, 'propose')) {
      return h('button', { type: 'button', dataset: { action: 'propose' }, text: t({ zhCN: '街道提名', en: 'Propose' }),
        onClick: async () => { if (await step(ctx, `classifications/${c.id}/propose`, {}, c.version)) await reload(true); } });
    }
    if (c.status === 'PROPOSED' && can(ctx, 'confirm')) {
      return h('button', { type: 'button', class: 'primary', dataset: { action: 'confirm' }, text: t({ zhCN: '区确认', en: 'Confirm' }),
        onClick: async () => { if (await step(ctx, `classifications/${c.id}/confirm`, null, c.version)) await reload(true); } });
    }
    return '';
  }
  async function counts() {
    try {
      const stats = await ctx.api(`${API}/statistics?unit=${unit}&year=${year.value()}`);
      const categories = stats.find((s) => s.id === 'rural.villages.category');
      summary.replaceChildren(...L.options(SETS.category).map(([code, name]) => h('li', { class: 'kpi', dataset: { category: code } },
        h('strong', { class: 'kpi-value', text: String((categories && categories.breakdown[code]) || 0) }),
        h('span', { class: 'kpi-name', text: name }))));
    } catch (e) {
      ctx.notify(e.message);
    }
  }
  async function reload(keepPage = false) {
    await Promise.all([counts(), list.reload(keepPage)]);
  }
  container.append(toolbar, summary, list.element);
  await Promise.all([counts(), list.ready]);
}
