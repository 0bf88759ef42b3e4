// 流动党员: outflow and inflow registrations of the scope (where, why, since when, who manages them there) and
// returns.
import { h, field, select, scopeOf, pagedTable, pageQuery, submitForm, confirmDialog, ifMatch, unitPicker, memberPicker, download } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, today } from './module.js';

export async function renderMobile(container, ctx) {
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
  const direction = select([['', t({ zhCN: '流出和流入', en: 'Both directions' })], ...L.options(SETS.direction)], { id: 'membership-mobile-direction' });
  const filters = h('form', { class: 'filter-form', role: 'search', 'aria-label': t({ zhCN: '查找流动党员', en: 'Find mobile members' }) },
    field(t({ zhCN: '方向', en: 'Direction' }), direction),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '查询', en: 'Search' }) }),
      h('button', { type: 'button', id: 'membership-mobile-export', text: t({ zhCN: '导出台账（XLSX）', en: 'Export the ledger (XLSX)' }),
        onClick: () => download(ctx, `${API}/mobile/export?${new URLSearchParams({ unit, ...(direction.value ? { direction: direction.value } : {}) })}`,
          '流动党员台账.xlsx') })));
  const list = pagedTable(ctx, {
    id: 'membership-mobile-table',
    caption: { zhCN: '流动党员', en: 'Mobile members' },
    load: (paging) => ctx.api(`${API}/mobile?${pageQuery({ unit, direction: direction.value }, paging)}`),
    emptyText: { zhCN: '没有流动党员登记。', en: 'No mobile member registered.' },
    columns: [
      { title: { zhCN: '姓名', en: 'Name' }, head: true, render: (m) => m.memberName },
      { title: { zhCN: '方向', en: 'Direction' }, render: (m) => L.label(SETS.direction, m.direction) },
      { title: { zhCN: '党组织', en: 'Organization' }, render: (m) => m.organizationName || '' },
      { title: { zhCN: '流动地点', en: 'Where' }, render: (m) => m.place },
      { title: { zhCN: '流动原因', en: 'Why' }, render: (m) => m.reason },
      { title: { zhCN: '流动时间', en: 'Since' }, render: (m) => m.since },
      { title: { zhCN: '管理党组织', en: 'Managed by' }, render: (m) => m.managedBy },
      { title: { zhCN: '联系电话', en: 'Contact' }, render: (m) => m.contact || '' },
      { title: { zhCN: '返回', en: 'Returned' }, render: (m) => m.returnedOn || (can(ctx, 'write') ? h('button', { type: 'button',
        text: t({ zhCN: '登记返回', en: 'Record return' }), onClick: async () => {
          if (!(await confirmDialog(ctx, { title: { zhCN: '登记今天返回？', en: 'Record the return today?' }, id: 'membership-mobile-confirm' }))) return;
          try {
            await ctx.api(`${API}/mobile/${m.id}/return`, { method: 'POST', headers: ifMatch(m.version), body: { on: today() } });
            list.reload();
          } catch (e) {
            ctx.notify(e.message);
          }
        } }) : '') },
    ],
  });
  filters.addEventListener('submit', (event) => { event.preventDefault(); list.reload(); });
  container.append(filters, list.element);
  if (can(ctx, 'write')) container.append(registerForm(ctx, L, unit, () => list.reload()));
  await list.ready;
}

function registerForm(ctx, L, scopeUnit, done) {
  const t = ctx.t;
  const direction = select(L.options(SETS.direction), { name: 'direction', id: 'membership-mobile-form-direction' });
  const member = memberPicker(ctx, { id: 'membership-mobile-member', name: 'memberId', caption: t({ zhCN: '党员', en: 'Member' }) });
  const memberName = h('input', { name: 'memberName', maxlength: '100' });
  const org = unitPicker(ctx, { id: 'membership-mobile-unit', name: 'organizationId', caption: t({ zhCN: '管理党组织（本平台）', en: 'Managing organization here' }) });
  const place = h('input', { name: 'place', required: true, maxlength: '200' });
  const reason = h('input', { name: 'reason', required: true, maxlength: '500' });
  const since = h('input', { type: 'date', name: 'since', required: true, value: today() });
  const contact = h('input', { name: 'contact', inputmode: 'tel' });
  const managedBy = h('input', { name: 'managedBy', required: true, maxlength: '200' });
  const slot = h('div', {});
  const toggle = () => slot.replaceChildren(...(direction.value === 'OUTFLOW' ? [member.element]
    : [field(t({ zhCN: '姓名', en: 'Name' }), memberName), org.element]));
  direction.addEventListener('change', toggle);
  toggle();
  const form = h('form', { class: 'stacked-form panel', id: 'membership-mobile-form', 'aria-labelledby': 'membership-mobile-title' },
    h('h2', { id: 'membership-mobile-title', text: t({ zhCN: '登记流动党员', en: 'Register a mobile member' }) }),
    field(t({ zhCN: '方向', en: 'Direction' }), direction), slot, field(t({ zhCN: '流动地点', en: 'Where' }), place),
    field(t({ zhCN: '流动原因', en: 'Why' }), reason), field(t({ zhCN: '流动时间', en: 'Since' }), since),
    field(t({ zhCN: '联系电话', en: 'Contact phone' }), contact), field(t({ zhCN: '流动期间管理党组织', en: 'Managed by' }), managedBy),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '保存', en: 'Save' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const out = direction.value === 'OUTFLOW';
    const created = await submitForm(ctx, form, () => ctx.api(`${API}/mobile`, { method: 'POST', body: {
      direction: direction.value, memberId: out ? member.value()[0] || null : null, memberName: out ? null : memberName.value,
      organizationId: out ? null : org.value()[0] || scopeUnit, place: place.value, reason: reason.value,
      since: since.value || null, contact: contact.value || null, managedBy: managedBy.value } }));
    if (created) {
      ctx.notify(t({ zhCN: '已登记。', en: 'Registered.' }), 'success');
      form.reset();
      toggle();
      done();
    }
  });
  return form;
}
