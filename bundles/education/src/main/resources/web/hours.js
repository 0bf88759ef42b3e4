// 学时与达标: the annual requirement that applies to the scope (set here by administrators, inherited by the units
// below), compliance of the scope and of each unit below it, the members behind with their shortfall, the self-study
// waiting for approval, and the form that records a member's self-study.
import { h, field, scopeOf, table, load, pagedTable, pageQuery, yearPicker, number, submitForm, memberPicker,
  formDialog } from '/assets/kit.js';
import { API, SETS, can, ifMatchOf, labelsOrNotify } from './module.js';

export async function renderHours(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await labelsOrNotify(ctx);
  if (!L) return;
  const year = await yearPicker(ctx, { id: 'edu-hours-year', onChange: () => draw() });
  const requirement = h('div', { class: 'panel', id: 'edu-requirement', 'aria-live': 'polite' });
  const compliance = h('div', { 'aria-live': 'polite' });
  const behind = pagedTable(ctx, {
    id: 'edu-behind-table',
    caption: { zhCN: '未达标党员', en: 'Members below the requirement' },
    load: (paging) => ctx.api(`${API}/compliance/behind?${pageQuery({ unit, year: year.value() }, paging)}`),
    emptyText: { zhCN: '全部达标。', en: 'Everyone meets the requirement.' },
    columns: [
      { title: { zhCN: '党员', en: 'Member' }, head: true, render: (b) => b.memberName },
      { title: { zhCN: '所在组织', en: 'Unit' }, render: (b) => b.unitName || '' },
      { title: { zhCN: '已获学时', en: 'Hours' }, class: 'num', render: (b) => String(b.hours) },
      { title: { zhCN: '要求', en: 'Required' }, class: 'num', render: (b) => String(b.requirement) },
      { title: { zhCN: '差额', en: 'Shortfall' }, class: 'num', render: (b) => String(b.shortfall) },
    ],
  });
  const pending = pagedTable(ctx, {
    id: 'edu-pending-table',
    caption: { zhCN: '待认定的自学学时', en: 'Self-study waiting for approval' },
    load: (paging) => ctx.api(`${API}/credits?${pageQuery({ unit, status: 'PENDING' }, paging)}`),
    emptyText: { zhCN: '没有待认定的自学记录。', en: 'Nothing waiting for approval.' },
    columns: [
      { title: { zhCN: '党员', en: 'Member' }, head: true, render: (c) => c.memberName },
      { title: { zhCN: '学习内容', en: 'What' }, class: 'wrap', render: (c) => c.title },
      { title: { zhCN: '日期', en: 'Date' }, render: (c) => c.studiedOn },
      { title: { zhCN: '学时', en: 'Hours' }, class: 'num', render: (c) => String(c.hours) },
      { title: { zhCN: '状态', en: 'Status' }, render: (c) => L.label(SETS.credit, c.status) },
      { title: { zhCN: '操作', en: 'Actions' }, render: (c) => (can(ctx, 'hours') ? decide(ctx, c, () => { pending.reload(true); draw(); }) : '') },
    ],
  });
  const draw = async () => {
    await Promise.all([
      load(requirement, ctx, async () => requirementPanel(ctx, unit, await ctx.api(`${API}/requirements/${unit}`), draw)),
      load(compliance, ctx, async () => complianceTable(ctx, await ctx.api(`${API}/compliance?unit=${unit}&year=${year.value()}`))),
      behind.reload()]);
  };
  container.append(h('div', { class: 'kit-toolbar' }, year.element), requirement, compliance,
    h('h2', { text: t({ zhCN: '未达标党员', en: 'Members below the requirement' }) }), behind.element,
    h('h2', { text: t({ zhCN: '自学学时认定', en: 'Self-study approval' }) }), pending.element);
  await draw();
  await pending.ready;
  if (can(ctx, 'hours')) container.append(selfStudyForm(ctx, () => pending.reload()));
}

function requirementPanel(ctx, unit, r, redraw) {
  const t = ctx.t;
  const from = r.own ? t({ zhCN: '本单位设置', en: 'set here' })
    : r.fromUnitName ? t({ zhCN: `沿用${r.fromUnitName}的设置`, en: `inherited from ${r.fromUnitName}` })
      : t({ zhCN: '全区默认', en: 'platform default' });
  const nodes = [h('p', { text: t({ zhCN: `年度学时要求：${r.hours} 学时（${from}）`, en: `Annual requirement: ${r.hours} hours (${from})` }) })];
  if (can(ctx, 'settings')) {
    const hours = h('input', { id: 'edu-requirement-hours', name: 'hours', type: 'number', min: '0.5', step: '0.5', value: String(r.hours) });
    const form = h('form', { class: 'filter-form', id: 'edu-requirement-form' }, field(t({ zhCN: '本单位要求（学时）', en: 'Requirement here (hours)' }), hours),
      h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '保存', en: 'Save' }) })));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const saved = await submitForm(ctx, form, () => ctx.api(`${API}/requirements/${unit}`, { method: 'PUT', body: { hours: Number(hours.value) } }));
      if (saved) {
        ctx.notify(t({ zhCN: '已保存，下级单位未单独设置的一并适用。', en: 'Saved; units below without their own setting follow it.' }), 'success');
        await redraw();
      }
    });
    nodes.push(form);
  }
  return nodes;
}

function complianceTable(ctx, c) {
  const rows = [c.total, ...c.children.filter((r) => r.members > 0)];
  return table(ctx, { id: 'edu-compliance-table', caption: { zhCN: `${c.year} 年学时达标情况`, en: `Compliance ${c.year}` }, rows,
    rowAttrs: (r) => ({ dataset: { unit: r.unitId } }),
    columns: [
      { title: { zhCN: '单位', en: 'Unit' }, head: true, render: (r) => r.unitName },
      { title: { zhCN: '党员数', en: 'Members' }, class: 'num', render: (r) => String(r.members) },
      { title: { zhCN: '达标人数', en: 'Meeting' }, class: 'num', render: (r) => String(r.meeting) },
      { title: { zhCN: '达标率', en: 'Share' }, class: 'num', render: (r) => `${number(ctx, r.percent)}%` },
      { title: { zhCN: '认定学时', en: 'Hours' }, class: 'num', render: (r) => String(r.hours) },
    ] });
}

function decide(ctx, credit, reload) {
  const t = ctx.t;
  return h('span', { class: 'actions' },
    h('button', { type: 'button', class: 'link-button', dataset: { action: 'approve' }, text: t({ zhCN: '认定', en: 'Approve' }),
      onClick: async () => {
        try {
          await ctx.api(`${API}/credits/${credit.id}/approve`, { method: 'POST', body: {}, headers: ifMatchOf(credit) });
          reload();
        } catch (e) {
          ctx.notify(e.message);
        }
      } }),
    h('button', { type: 'button', class: 'link-button', dataset: { action: 'reject' }, text: t({ zhCN: '不予认定', en: 'Reject' }),
      onClick: async () => {
        const reason = h('textarea', { id: 'edu-credit-reason', name: 'reason', required: true, maxlength: '1000' });
        const done = await formDialog(ctx, { id: 'edu-credit-dialog', title: { zhCN: `不予认定：${credit.title}`, en: `Reject: ${credit.title}` },
          submitText: { zhCN: '不予认定', en: 'Reject' }, fields: [field(t({ zhCN: '原因', en: 'Reason' }), reason)],
          submit: () => ctx.api(`${API}/credits/${credit.id}/reject`, { method: 'POST', body: { reason: reason.value }, headers: ifMatchOf(credit) }) });
        if (done) reload();
      } }));
}

function selfStudyForm(ctx, reload) {
  const t = ctx.t;
  const member = memberPicker(ctx, { id: 'edu-study-member', name: 'memberId', caption: t({ zhCN: '党员', en: 'Member' }) });
  const title = h('input', { id: 'edu-study-title', name: 'title', required: true, maxlength: '200' });
  const day = h('input', { id: 'edu-study-day', name: 'studiedOn', type: 'date', required: true });
  const hours = h('input', { id: 'edu-study-hours', name: 'hours', type: 'number', min: '0.5', max: '8', step: '0.5', value: '2' });
  const form = h('form', { class: 'stacked-form panel', id: 'edu-study-form' },
    h('h2', { text: t({ zhCN: '登记自学学时', en: 'Record self-study' }) }), member.element,
    field(t({ zhCN: '学习内容', en: 'What was studied' }), title), field(t({ zhCN: '日期', en: 'Date' }), day),
    field(t({ zhCN: '学时', en: 'Hours' }), hours),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '登记', en: 'Record' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const [memberId] = member.value();
    const saved = await submitForm(ctx, form, () => ctx.api(`${API}/credits`, { method: 'POST', body: { memberId: memberId ?? null,
      title: title.value, studiedOn: day.value || null, hours: hours.value ? Number(hours.value) : null } }));
    if (saved) {
      ctx.notify(t({ zhCN: '已登记，待认定。', en: 'Recorded; waiting for approval.' }), 'success');
      form.reset();
      member.set([]);
      reload();
    }
  });
  return form;
}
