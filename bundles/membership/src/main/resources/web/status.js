// 党籍处置: how membership ended, suspension and restoration, lost and regained contact, by year; recording one.
import { h, field, select, scopeOf, pagedTable, pageQuery, submitForm, memberPicker, yearPicker, actor } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, today } from './module.js';

export async function renderStatus(container, ctx) {
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
  const year = await yearPicker(ctx, { id: 'membership-status-year', onChange: () => list.reload() });
  const kind = select([['', t({ zhCN: '全部', en: 'All' })], ...L.options(SETS.status)], { id: 'membership-status-kind' });
  const filters = h('form', { class: 'filter-form', role: 'search', 'aria-label': t({ zhCN: '查找党籍处置', en: 'Find status events' }) },
    year.element, field(t({ zhCN: '类型', en: 'Kind' }), kind),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '查询', en: 'Search' }) })));
  const list = pagedTable(ctx, {
    id: 'membership-status-table',
    caption: { zhCN: '党籍处置与状态', en: 'Membership status events' },
    load: (paging) => ctx.api(`${API}/status?${pageQuery({ unit, year: year.value(), kind: kind.value }, paging)}`),
    emptyText: { zhCN: '本年度没有记录。', en: 'Nothing recorded this year.' },
    columns: [
      { title: { zhCN: '姓名', en: 'Name' }, head: true, render: (e) => e.memberName },
      { title: { zhCN: '党组织', en: 'Organization' }, render: (e) => e.organizationName || '' },
      { title: { zhCN: '类型', en: 'Kind' }, render: (e) => L.label(SETS.status, e.kind) },
      { title: { zhCN: '决定日期', en: 'Decided on' }, render: (e) => e.decidedOn },
      { title: { zhCN: '决定', en: 'Decision' }, render: (e) => e.decision },
      { title: { zhCN: '登记人', en: 'Recorded by' }, render: (e) => actor(ctx, e.recordedBy) },
    ],
  });
  filters.addEventListener('submit', (event) => { event.preventDefault(); list.reload(); });
  container.append(filters, list.element);
  if (can(ctx, 'decide')) container.append(recordForm(ctx, L, () => list.reload()));
  await list.ready;
}

function recordForm(ctx, L, done) {
  const t = ctx.t;
  const member = memberPicker(ctx, { id: 'membership-status-member', name: 'memberId', caption: t({ zhCN: '党员', en: 'Member' }) });
  const kind = select(L.options(SETS.status), { name: 'kind', id: 'membership-status-form-kind' });
  const decidedOn = h('input', { type: 'date', name: 'decidedOn', required: true, value: today() });
  const decision = h('textarea', { name: 'decision', required: true, maxlength: '500' });
  const form = h('form', { class: 'stacked-form panel', id: 'membership-status-form', 'aria-labelledby': 'membership-status-title' },
    h('h2', { id: 'membership-status-title', text: t({ zhCN: '登记党籍处置', en: 'Record a status event' }) }),
    member.element, field(t({ zhCN: '类型', en: 'Kind' }), kind), field(t({ zhCN: '决定日期', en: 'Decided on' }), decidedOn),
    field(t({ zhCN: '决定及依据', en: 'Decision' }), decision),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '保存', en: 'Save' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const created = await submitForm(ctx, form, () => ctx.api(`${API}/status`, { method: 'POST', body: {
      memberId: member.value()[0] || null, kind: kind.value, decidedOn: decidedOn.value || null, decision: decision.value } }));
    if (created) {
      ctx.notify(t({ zhCN: '已登记。', en: 'Recorded.' }), 'success');
      form.reset();
      member.set([]);
      done();
    }
  });
  return form;
}
