// 推荐审核: the recommendations the reader's level must decide (oldest first), and the models whose next cultivation
// contact date has passed.
import { h, scopeOf, table, pagedTable, pageQuery, dateTime, load } from '/assets/kit.js';
import { API, SETS, moduleLabels } from './module.js';

export async function renderInbox(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  let L;
  try {
    L = await moduleLabels(ctx);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  const list = pagedTable(ctx, {
    id: 'rm-inbox-table',
    caption: { zhCN: '待本级审核的推荐', en: 'Recommendations this level must decide' },
    load: (paging) => ctx.api(`${API}/inbox?${pageQuery({ unit }, paging)}`),
    emptyText: { zhCN: '没有待审核的推荐。', en: 'Nothing to decide.' },
    columns: [
      { title: { zhCN: '名称', en: 'Name' }, sort: 'name', head: true, render: (m) => h('a', { href: `#/m/rolemodel/models/${m.id}`, text: m.name }) },
      { title: { zhCN: '所在单位', en: 'Unit' }, render: (m) => m.organizationName || '' },
      { title: { zhCN: '领域', en: 'Field' }, render: (m) => L.label(SETS.field, m.field) },
      { title: { zhCN: '当前层级', en: 'Tier so far' }, render: (m) => (m.tier ? L.label(SETS.tier, m.tier) : '—') },
      { title: { zhCN: '提交时间', en: 'Waiting since' }, sort: 'pendingSince', render: (m) => dateTime(ctx, m.pendingSince) },
    ],
  });
  const due = h('div', { 'aria-live': 'polite' });
  container.append(list.element, due);
  await list.ready;
  await load(due, ctx, async () => table(ctx, { id: 'rm-due-table', caption: { zhCN: '逾期未联系的培养对象', en: 'Cultivation contacts overdue' },
    rows: await ctx.api(`${API}/due-contacts?unit=${unit}`), emptyText: { zhCN: '没有逾期未联系的培养对象。', en: 'No contact overdue.' },
    columns: [
      { title: { zhCN: '典型', en: 'Role model' }, head: true, render: (d) => h('a', { href: `#/m/rolemodel/models/${d.modelId}`, text: d.modelName }) },
      { title: { zhCN: '所在单位', en: 'Unit' }, render: (d) => d.organizationName || '' },
      { title: { zhCN: '责任人', en: 'Responsible' }, render: (d) => d.responsibleName },
      { title: { zhCN: '应联系日期', en: 'Due on' }, render: (d) => d.nextContactOn },
      { title: { zhCN: '逾期天数', en: 'Days overdue' }, class: 'num', render: (d) => String(d.daysOverdue) }] }));
}
