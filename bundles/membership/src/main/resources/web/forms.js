// 志愿书编号: the ranges of 入党志愿书 numbers the level above issued to the units of the scope, with how many are
// used, void and free; issuing a range (administrators of the level above), voiding a spoiled or lost form.
import { h, field, scopeOf, pagedTable, pageQuery, submitForm, unitPicker, formDialog, actor } from '/assets/kit.js';
import { API, can, today } from './module.js';

export async function renderForms(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const list = pagedTable(ctx, {
    id: 'membership-forms-table',
    caption: { zhCN: '志愿书编号段', en: 'Form number ranges' },
    load: (paging) => ctx.api(`${API}/form-ranges?${pageQuery({ unit }, paging)}`),
    emptyText: { zhCN: '尚未发放志愿书编号段。', en: 'No range of form numbers issued yet.' },
    columns: [
      { title: { zhCN: '领取单位', en: 'Unit' }, head: true, render: (r) => r.organizationName || '' },
      { title: { zhCN: '发放单位', en: 'Issued by' }, render: (r) => r.issuerName || '' },
      { title: { zhCN: '编号段', en: 'Numbers' }, render: (r) => `${r.first}–${r.last}` },
      { title: { zhCN: '发放日期', en: 'Issued on' }, render: (r) => r.issuedOn },
      { title: { zhCN: '共', en: 'Size' }, render: (r) => String(r.size) },
      { title: { zhCN: '已使用', en: 'Used' }, render: (r) => String(r.used) },
      { title: { zhCN: '已作废', en: 'Void' }, render: (r) => String(r.voided) },
      { title: { zhCN: '剩余', en: 'Free' }, render: (r) => String(r.free) },
      { title: { zhCN: '登记人', en: 'Recorded by' }, render: (r) => actor(ctx, r.createdBy) },
      { title: { zhCN: '操作', en: 'Actions' }, render: (r) => (can(ctx, 'write') ? h('button', { type: 'button',
        class: 'membership-form-void', text: t({ zhCN: '作废编号', en: 'Void a number' }), onClick: () => voidNumber(ctx, r, () => list.reload(true)) }) : '') },
    ],
  });
  container.append(list.element);
  if (can(ctx, 'decide')) container.append(issueForm(ctx, unit, () => list.reload()));
  await list.ready;
}

async function voidNumber(ctx, range, done) {
  const t = ctx.t;
  const voided = await formDialog(ctx, {
    id: 'membership-form-void-dialog',
    title: { zhCN: `作废编号（${range.first}–${range.last}）`, en: `Void a number (${range.first}–${range.last})` },
    fields: [field(t({ zhCN: '编号', en: 'Number' }), h('input', { name: 'number', required: true, maxlength: '18', inputmode: 'numeric' })),
      field(t({ zhCN: '原因', en: 'Reason' }), h('textarea', { name: 'reason', required: true, maxlength: '500' }))],
    submitText: { zhCN: '作废', en: 'Void' },
    submit: (form) => ctx.api(`${API}/form-ranges/${range.id}/void`, { method: 'POST',
      body: { number: form.elements.number.value, reason: form.elements.reason.value } }),
  });
  if (voided) {
    ctx.notify(t({ zhCN: '已作废。', en: 'Voided.' }), 'success');
    done();
  }
}

function issueForm(ctx, scope, done) {
  const t = ctx.t;
  const target = unitPicker(ctx, { id: 'membership-forms-unit', name: 'organizationId', caption: t({ zhCN: '领取单位', en: 'Unit' }), unit: scope });
  const first = h('input', { name: 'first', required: true, maxlength: '18', inputmode: 'numeric' });
  const last = h('input', { name: 'last', required: true, maxlength: '18', inputmode: 'numeric' });
  const issuedOn = h('input', { type: 'date', name: 'issuedOn', required: true, value: today() });
  const note = h('textarea', { name: 'note', maxlength: '500' });
  const form = h('form', { class: 'stacked-form panel', id: 'membership-forms-form', 'aria-labelledby': 'membership-forms-title' },
    h('h2', { id: 'membership-forms-title', text: t({ zhCN: '发放志愿书编号段', en: 'Issue a range of form numbers' }) }),
    h('p', { class: 'hint', text: t({ zhCN: '编号段由上级党组织发放给下级单位；编号只能是数字，起止编号位数相同，不能与已有编号段重叠。',
      en: 'The level above issues a range to a unit below it; numbers are digits, both ends as long, never overlapping another range.' }) }),
    target.element, field(t({ zhCN: '起始编号', en: 'First number' }), first), field(t({ zhCN: '终止编号', en: 'Last number' }), last),
    field(t({ zhCN: '发放日期', en: 'Issued on' }), issuedOn), field(t({ zhCN: '备注', en: 'Note' }), note),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '发放', en: 'Issue' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const created = await submitForm(ctx, form, () => ctx.api(`${API}/form-ranges`, { method: 'POST', body: {
      organizationId: target.value()[0] || null, first: first.value, last: last.value, issuedOn: issuedOn.value || null,
      note: note.value } }));
    if (created) {
      ctx.notify(t({ zhCN: '已发放。', en: 'Issued.' }), 'success');
      form.reset();
      target.set([]);
      done();
    }
  });
  return form;
}
