// 阵地台账: the positions of the scope by level, status, function, featured; synced with the city system or not.
import { h, field, select, scopeOf, pagedTable, pageQuery, dateTime } from '/assets/kit.js';
import { API, SETS, moduleLabels, can } from './module.js';
import { positionDialog } from './position-form.js';
import { assessmentDialog } from './assessment-form.js';

export async function renderPositions(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const all = [['', t({ zhCN: '全部', en: 'All' })]];
  const level = select([...all, ...L.options(SETS.level)], { id: 'position-level' });
  const status = select([...all, ...L.options(SETS.status)], { id: 'position-status' });
  const func = select([...all, ...L.options(SETS.func)], { id: 'position-function' });
  const featured = h('input', { type: 'checkbox', id: 'position-featured' });
  const changed = h('input', { type: 'checkbox', id: 'position-changed' });
  const q = h('input', { type: 'search', id: 'position-q', name: 'q', maxlength: '100' });
  const filters = h('form', { class: 'filter-form', role: 'search', 'aria-label': t({ zhCN: '查找阵地', en: 'Find positions' }) },
    field(t({ zhCN: '名称', en: 'Name' }), q), field(t({ zhCN: '层级', en: 'Level' }), level),
    field(t({ zhCN: '状态', en: 'Status' }), status), field(t({ zhCN: '功能', en: 'Function' }), func),
    h('label', { class: 'check' }, featured, t({ zhCN: ' 仅特色综合阵地', en: ' Featured only' })),
    h('label', { class: 'check' }, changed, t({ zhCN: ' 仅待报送（上次报送后有变化）', en: ' Not yet sent (changed since the last sync)' })),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '查询', en: 'Search' }) })));
  const list = pagedTable(ctx, {
    id: 'position-table',
    caption: { zhCN: '党群服务阵地', en: 'Party-mass service positions' },
    load: (paging) => ctx.api(`${API}/positions?${pageQuery({ unit, q: q.value, level: level.value, status: status.value,
      function: func.value, featured: featured.checked ? 'true' : '', changed: changed.checked ? 'true' : '' }, paging)}`),
    rowAttrs: (p) => ({ dataset: { position: p.id, featured: String(p.featured) } }),
    emptyText: { zhCN: '没有符合条件的阵地。', en: 'No position matches.' },
    columns: [
      { title: { zhCN: '阵地名称', en: 'Name' }, sort: 'name', head: true, render: (p) => p.name },
      { title: { zhCN: '层级', en: 'Level' }, sort: 'level', render: (p) => L.label(SETS.level, p.level) },
      { title: { zhCN: '所属单位', en: 'Host unit' }, render: (p) => p.organizationName || '' },
      { title: { zhCN: '状态', en: 'Status' }, sort: 'status', render: (p) => L.label(SETS.status, p.status) },
      { title: { zhCN: '面积（㎡）', en: 'Area (m²)' }, class: 'num', render: (p) => (p.area == null ? '—' : String(p.area)) },
      { title: { zhCN: '功能', en: 'Functions' }, render: (p) => p.functions.map((f) => L.label(SETS.func, f)).join('、') },
      { title: { zhCN: '线上阵地', en: 'Online' }, render: (p) => p.onlineName || '—' },
      { title: { zhCN: '特色', en: 'Featured' }, render: (p) => (p.featured
        ? h('span', { class: 'kit-badge', text: t({ zhCN: '特色综合阵地', en: 'Featured' }) }) : '') },
      { title: { zhCN: '全市系统', en: 'City system' }, render: (p) => (p.synced
        ? t({ zhCN: '已报送', en: 'Recorded' }) : p.syncedVersion != null ? t({ zhCN: '有变化待报送', en: 'Changed, to send' })
          : t({ zhCN: '未报送', en: 'Not recorded' })) },
      { title: { zhCN: '更新时间', en: 'Updated' }, sort: 'updatedAt', render: (p) => dateTime(ctx, p.updatedAt) },
      { title: { zhCN: '操作', en: 'Actions' }, render: (p) => h('span', {},
        can(ctx, 'manage') ? h('button', { type: 'button', class: 'link', dataset: { action: 'edit' }, text: t({ zhCN: '修改', en: 'Change' }),
          onClick: async () => { if (await positionDialog(ctx, L, p)) list.reload(); } }) : null,
        can(ctx, 'assess') ? h('button', { type: 'button', class: 'link', dataset: { action: 'assess' }, text: t({ zhCN: '评估', en: 'Assess' }),
          onClick: async () => { if (await assessmentDialog(ctx, L, p)) ctx.notify(t({ zhCN: '评估已保存。', en: 'Assessment saved.' }), 'success'); } }) : null) },
    ],
  });
  filters.addEventListener('submit', (event) => { event.preventDefault(); list.reload(); });
  const add = can(ctx, 'manage') ? h('button', { type: 'button', class: 'primary', id: 'position-add', text: t({ zhCN: '登记阵地', en: 'Record a position' }),
    onClick: async () => { if (await positionDialog(ctx, L, null)) list.reload(); } }) : null;
  container.append(h('div', { class: 'kit-toolbar' }, add), filters, list.element);
  await list.ready;
}
