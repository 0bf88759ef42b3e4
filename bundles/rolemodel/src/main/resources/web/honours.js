// 荣誉登记: the honours register of the scope (who was awarded what, level, year, issuing body), per member or
// organization; each honour feeds the role-model pool (a link to the model).
import { h, field, scopeOf, table, pagedTable, pageQuery, memberPicker, download } from '/assets/kit.js';
import { API, SETS, moduleLabels } from './module.js';

export async function renderHonours(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  let L;
  try {
    L = await moduleLabels(ctx);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  const year = h('input', { type: 'number', id: 'rm-hn-year', name: 'year', min: '2000', max: '2100' });
  const member = memberPicker(ctx, { id: 'rm-hn-member', name: 'member', caption: t({ zhCN: '党员（可空）', en: 'Member (optional)' }) });
  const filters = h('form', { class: 'filter-form', role: 'search', 'aria-label': t({ zhCN: '查找荣誉', en: 'Find honours' }) },
    field(t({ zhCN: '年度', en: 'Year' }), year), member.element,
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '查询', en: 'Search' }) })));
  const list = pagedTable(ctx, {
    id: 'rm-hn-table',
    caption: { zhCN: '荣誉登记', en: 'Honours register' },
    load: (paging) => {
      const m = member.value();
      return ctx.api(`${API}/honours?${pageQuery({ unit, year: year.value, member: m.length ? m[0] : '' }, paging)}`);
    },
    emptyText: { zhCN: '还没有荣誉登记。', en: 'No honour registered yet.' },
    columns: [
      { title: { zhCN: '姓名 / 名称', en: 'Name' }, sort: 'name', head: true, render: (x) => x.name },
      { title: { zhCN: '荣誉', en: 'Honour' }, render: (x) => L.label(SETS.awardCategory, x.category) },
      { title: { zhCN: '层级', en: 'Level' }, sort: 'level', render: (x) => L.label(SETS.tier, x.level) },
      { title: { zhCN: '年度', en: 'Year' }, sort: 'year', render: (x) => String(x.year) },
      { title: { zhCN: '表彰机关', en: 'Issued by' }, render: (x) => x.issuer },
      { title: { zhCN: '所在单位', en: 'Unit' }, render: (x) => x.organizationName || '' },
      { title: { zhCN: '典型', en: 'Role model' }, render: (x) => (x.modelId
        ? h('a', { href: `#/m/rolemodel/models/${x.modelId}`, text: t({ zhCN: '查看典型', en: 'Open' }) }) : '—') },
    ],
  });
  filters.addEventListener('submit', (event) => { event.preventDefault(); list.reload(); });
  const exportButton = h('button', { type: 'button', id: 'rm-hn-export', text: t({ zhCN: '导出荣誉登记（XLSX）', en: 'Export the register (XLSX)' }),
    onClick: async () => {
      try {
        await download(ctx, `${API}/honours/export?${pageQuery({ unit, year: year.value, format: 'XLSX' })}`, 'honours.xlsx');
      } catch (e) {
        ctx.notify(e.message);
      }
    } });
  container.append(filters, h('div', { class: 'actions' }, exportButton), list.element);
  await list.ready;
}

/**
 * The honours section of core's member or organization record (index.js contributes it through recordSections):
 * the honours of that member, or of that organization itself, read in the reader's scope.
 */
export async function renderRecordHonours(container, ctx, query) {
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const page = await ctx.api(`${API}/honours?${pageQuery({ ...query, size: 50 })}`);
  if (!page.items.length) {
    container.append(h('p', { class: 'muted', text: t({ zhCN: '暂无荣誉表彰。', en: 'No honour registered.' }) }));
    return;
  }
  container.append(table(ctx, { id: `rm-record-honours`, caption: { zhCN: '荣誉表彰', en: 'Honours' }, rows: page.items, columns: [
    { title: { zhCN: '荣誉', en: 'Honour' }, head: true, render: (x) => L.label(SETS.awardCategory, x.category) },
    { title: { zhCN: '层级', en: 'Level' }, render: (x) => L.label(SETS.tier, x.level) },
    { title: { zhCN: '年度', en: 'Year' }, render: (x) => String(x.year) },
    { title: { zhCN: '表彰机关', en: 'Issued by' }, render: (x) => x.issuer },
    { title: { zhCN: '典型', en: 'Role model' }, render: (x) => (x.modelId
      ? h('a', { href: `#/m/rolemodel/models/${x.modelId}`, text: t({ zhCN: '查看典型', en: 'Open' }) }) : '—') }] }));
}
