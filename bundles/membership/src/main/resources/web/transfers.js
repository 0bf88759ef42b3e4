// 组织关系转接: transfers sent or received in the scope with their numbered introduction letters; issuing the
// letter, completing (accepted, receipt back, received) and cancelling; letters about to expire.
import { h, field, select, scopeOf, pagedTable, pageQuery, submitForm, confirmDialog, ifMatch, unitPicker, memberPicker, download } from '/assets/kit.js';
import { API, SETS, can, moduleLabels } from './module.js';

export async function renderTransfers(container, ctx) {
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
  const status = select([['', t({ zhCN: '全部状态', en: 'All' })], ...L.options(SETS.transferStatus)], { id: 'membership-transfer-status' });
  const kind = select([['', t({ zhCN: '全部类型', en: 'All kinds' })], ...L.options(SETS.transferKind)], { id: 'membership-transfer-kind' });
  const expiring = h('input', { type: 'checkbox', id: 'membership-transfer-expiring' });
  const filters = h('form', { class: 'filter-form', role: 'search', 'aria-label': t({ zhCN: '查找转接', en: 'Find transfers' }) },
    field(t({ zhCN: '状态', en: 'Status' }), status), field(t({ zhCN: '类型', en: 'Kind' }), kind),
    h('label', { class: 'check' }, expiring, t({ zhCN: ' 仅七日内到期的介绍信', en: ' Letters expiring within 7 days only' })),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '查询', en: 'Search' }) })));
  const act = async (tr, action, question) => {
    if (!(await confirmDialog(ctx, { title: question, id: 'membership-transfer-confirm' }))) return;
    try {
      await ctx.api(`${API}/transfers/${tr.id}/${action}`, { method: 'POST', headers: ifMatch(tr.version), body: {} });
      list.reload();
    } catch (e) {
      ctx.notify(e.message);
    }
  };
  const list = pagedTable(ctx, {
    id: 'membership-transfer-table',
    caption: { zhCN: '组织关系转接', en: 'Transfers' },
    load: (paging) => ctx.api(`${API}/transfers?${pageQuery({ unit, status: status.value, kind: kind.value,
      expiringWithin: expiring.checked ? '7' : '' }, paging)}`),
    emptyText: { zhCN: '没有符合条件的转接。', en: 'No transfer matches.' },
    columns: [
      { title: { zhCN: '介绍信编号', en: 'Letter' }, head: true, render: (r) => (r.letterNo
        ? h('span', {}, h('button', { type: 'button', class: 'link', text: r.letterNo,
          onClick: () => download(ctx, `${API}/transfers/${r.id}/letter`, `介绍信-${r.letterNo}.html`) }), ' ',
          h('button', { type: 'button', class: 'link membership-letter-docx', text: t({ zhCN: '（Word）', en: '(Word)' }),
            onClick: () => download(ctx, `${API}/transfers/${r.id}/letter.docx`, `介绍信-${r.letterNo}.docx`) }), ' ',
          h('button', { type: 'button', class: 'link membership-letter-pdf', text: '（PDF）',
            onClick: () => download(ctx, `${API}/transfers/${r.id}/letter.pdf`, `介绍信-${r.letterNo}.pdf`) })) : '—') },
      { title: { zhCN: '姓名', en: 'Name' }, render: (r) => r.memberName },
      { title: { zhCN: '类型', en: 'Kind' }, render: (r) => L.label(SETS.transferKind, r.kind) },
      { title: { zhCN: '转出', en: 'From' }, render: (r) => (r.kind === 'IN' ? r.externalOrg : r.organizationName) },
      { title: { zhCN: '转入', en: 'To' }, render: (r) => (r.kind === 'WITHIN' ? r.targetName : r.kind === 'IN' ? r.organizationName : r.externalOrg) },
      { title: { zhCN: '有效期至', en: 'Valid until' }, render: (r) => r.validUntil || '' },
      { title: { zhCN: '状态', en: 'Status' }, render: (r) => L.label(SETS.transferStatus, r.status) },
      { title: { zhCN: '操作', en: 'Actions' }, render: (r) => (!can(ctx, 'write') ? '' : h('span', {},
        r.status === 'REQUESTED' ? h('button', { type: 'button', text: t({ zhCN: '开具介绍信', en: 'Issue letter' }),
          onClick: () => act(r, 'issue', { zhCN: '开具介绍信？', en: 'Issue the letter?' }) }) : '',
        r.status === 'ISSUED' ? h('button', { type: 'button', text: t({ zhCN: '办结（回执已返回）', en: 'Complete (receipt back)' }),
          onClick: () => act(r, 'complete', { zhCN: '确认办结？', en: 'Complete this transfer?' }) }) : '',
        r.status === 'REQUESTED' || r.status === 'ISSUED' ? h('button', { type: 'button', text: t({ zhCN: '撤销', en: 'Cancel' }),
          onClick: () => act(r, 'cancel', { zhCN: '撤销该转接？', en: 'Cancel this transfer?' }) }) : '')) },
    ],
  });
  filters.addEventListener('submit', (event) => { event.preventDefault(); list.reload(); });
  container.append(filters, list.element);
  if (can(ctx, 'write')) container.append(createForm(ctx, L, unit, () => list.reload()));
  await list.ready;
}

function createForm(ctx, L, scopeUnit, done) {
  const t = ctx.t;
  const kind = select(L.options(SETS.transferKind), { name: 'kind', id: 'membership-transfer-form-kind' });
  const member = memberPicker(ctx, { id: 'membership-transfer-member', name: 'memberId', caption: t({ zhCN: '党员', en: 'Member' }) });
  const memberName = h('input', { name: 'memberName', maxlength: '100' });
  const target = unitPicker(ctx, { id: 'membership-transfer-target', name: 'targetId', caption: t({ zhCN: '转入党组织', en: 'To organization' }) });
  const receiving = unitPicker(ctx, { id: 'membership-transfer-receiving', name: 'organizationId', caption: t({ zhCN: '接收党组织', en: 'Receiving organization' }) });
  const external = h('input', { name: 'externalOrg', maxlength: '200' });
  const addressee = h('input', { name: 'addressee', required: true, maxlength: '200' });
  // the dues module's record states the month for members of the platform; typed for a letter from elsewhere
  const duesPaidTo = h('input', { type: 'month', name: 'duesPaidTo' });
  const reason = h('input', { name: 'reason', maxlength: '500' });
  const inside = [member.element];
  const fields = {
    WITHIN: [member.element, target.element],
    OUT: [member.element, field(t({ zhCN: '转往党组织（外省或其他系统）', en: 'Organization elsewhere' }), external)],
    IN: [field(t({ zhCN: '姓名', en: 'Name' }), memberName), receiving.element,
      field(t({ zhCN: '原党组织', en: 'Organization of origin' }), external)],
  };
  const slot = h('div', {}, ...inside);
  const toggle = () => slot.replaceChildren(...fields[kind.value]);
  kind.addEventListener('change', toggle);
  toggle();
  const form = h('form', { class: 'stacked-form panel', id: 'membership-transfer-form', 'aria-labelledby': 'membership-transfer-title' },
    h('h2', { id: 'membership-transfer-title', text: t({ zhCN: '办理组织关系转接', en: 'Request a transfer' }) }),
    field(t({ zhCN: '类型', en: 'Kind' }), kind), slot, field(t({ zhCN: '抬头（收信党组织）', en: 'Addressee' }), addressee),
    field(t({ zhCN: '党费交至（党费模块有记录的按记录填写）', en: 'Dues paid up to (from the dues records where they have the member)' }), duesPaidTo), field(t({ zhCN: '原因', en: 'Reason' }), reason),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '保存', en: 'Save' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const created = await submitForm(ctx, form, () => ctx.api(`${API}/transfers`, { method: 'POST', body: {
      kind: kind.value, memberId: kind.value === 'IN' ? null : member.value()[0] || null,
      memberName: kind.value === 'IN' ? memberName.value : null,
      organizationId: kind.value === 'IN' ? receiving.value()[0] || scopeUnit : null,
      targetId: kind.value === 'WITHIN' ? target.value()[0] || null : null,
      externalOrg: kind.value === 'WITHIN' ? null : external.value, addressee: addressee.value,
      duesPaidTo: duesPaidTo.value || null, reason: reason.value || null } }));
    if (created) {
      ctx.notify(t({ zhCN: '已登记转接。', en: 'Transfer recorded.' }), 'success');
      form.reset();
      toggle();
      done();
    }
  });
  return form;
}
