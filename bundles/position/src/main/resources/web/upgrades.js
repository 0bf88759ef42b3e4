// 升级项目: the upgrade projects of the scope and their workflow (开工 → 完工 → 上级验收), with progress notes.
import { h, field, select, scopeOf, pagedTable, pageQuery, dateOnly, ifMatch, formDialog, actor } from '/assets/kit.js';
import { API, SETS, moduleLabels, can } from './module.js';

const STEPS = { START: 'start', NOTE: 'notes', COMPLETE: 'complete', ACCEPT: 'accept', RETURN: 'return' };

export async function renderUpgrades(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const status = select([['', t({ zhCN: '全部', en: 'All' })], ...L.options(SETS.upgrade)], { id: 'position-upgrade-status' });
  status.addEventListener('change', () => list.reload());
  const step = async (u, action) => {
    const note = h('textarea', { name: 'note', maxlength: '1000', required: action === 'RETURN' || action === 'NOTE' });
    const on = h('input', { type: 'date', name: 'on' });
    const done = await formDialog(ctx, { title: { zhCN: L.label(SETS.action, action), en: L.label(SETS.action, action) },
      fields: [field(t({ zhCN: '日期（默认今天）', en: 'Date (default: today)' }), on), field(t({ zhCN: '说明', en: 'Note' }), note)],
      submit: () => ctx.api(`${API}/upgrades/${u.id}/${STEPS[action]}`, { method: 'POST',
        body: { on: on.value || null, note: note.value || null }, headers: ifMatch(u.version) }) });
    if (done) list.reload();
  };
  const list = pagedTable(ctx, {
    id: 'position-upgrade-table',
    caption: { zhCN: '升级项目', en: 'Upgrade projects' },
    load: (paging) => ctx.api(`${API}/upgrades?${pageQuery({ unit, status: status.value }, paging)}`),
    rowAttrs: (u) => ({ dataset: { upgrade: u.id, status: u.status } }),
    emptyText: { zhCN: '没有升级项目。', en: 'No upgrade project.' },
    columns: [
      { title: { zhCN: '项目', en: 'Project' }, sort: 'title', head: true, render: (u) => u.title },
      { title: { zhCN: '阵地', en: 'Position' }, render: (u) => u.positionName },
      { title: { zhCN: '预算（元）', en: 'Budget (yuan)' }, class: 'num', render: (u) => (u.budget == null ? '—' : Number(u.budget).toLocaleString('zh-CN')) },
      { title: { zhCN: '计划开工', en: 'Planned start' }, sort: 'plannedStart', render: (u) => dateOnly(ctx, u.plannedStart) },
      { title: { zhCN: '状态', en: 'Status' }, sort: 'status', render: (u) => L.label(SETS.upgrade, u.status) },
      { title: { zhCN: '验收', en: 'Accepted' }, render: (u) => (u.acceptedOn ? `${dateOnly(ctx, u.acceptedOn)} ${actor(ctx, u.acceptedBy)}` : '—') },
      { title: { zhCN: '操作', en: 'Actions' }, render: (u) => h('span', {}, ...u.allowed
        .filter((a) => can(ctx, a === 'ACCEPT' || a === 'RETURN' ? 'assess' : 'manage'))
        .map((a) => h('button', { type: 'button', class: 'link', text: L.label(SETS.action, a), onClick: () => step(u, a) }))) },
    ],
  });
  container.append(h('div', { class: 'kit-toolbar' }, field(t({ zhCN: '状态', en: 'Status' }), status)), list.element);
  await list.ready;
}
