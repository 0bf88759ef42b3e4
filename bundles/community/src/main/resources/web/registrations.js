// 党员双报到: members registered with the communities of the scope (or, for an organization, its own members wherever
// they registered), and the service hours they logged: confirm, or reject with the reason.
import { h, field, scopeOf, pagedTable, pageQuery, formDialog, confirmDialog, dateOnly, number, download, rowErrorTable } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, version } from './module.js';

export async function renderRegistrations(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const own = h('input', { type: 'checkbox', id: 'community-by-organization' });
  const hoursStatus = h('select', { id: 'community-hours-status', name: 'status' }, h('option', { value: '', text: t({ zhCN: '全部', en: 'All' }) }),
    ...L.options(SETS.hours).map(([c, l]) => h('option', { value: c, text: l })));
  const registrations = pagedTable(ctx, {
    id: 'community-registration-table',
    caption: { zhCN: '报到党员', en: 'Registered members' },
    load: (paging) => ctx.api(`${API}/registrations?${pageQuery({ unit, byOrganization: own.checked ? 'true' : '' }, paging)}`),
    emptyText: { zhCN: '还没有党员报到。', en: 'No member registered yet.' },
    columns: [
      { title: { zhCN: '姓名', en: 'Name' }, head: true, render: (r) => r.memberName || '' },
      { title: { zhCN: '所在党组织', en: 'Own organization' }, render: (r) => r.organizationName || '' },
      { title: { zhCN: '报到社区', en: 'Community' }, render: (r) => r.communityName },
      { title: { zhCN: '志愿岗位', en: 'Volunteer post' }, render: (r) => r.volunteerPost || '' },
      { title: { zhCN: '报到日期', en: 'Registered on' }, render: (r) => dateOnly(ctx, r.registeredOn) },
      { title: { zhCN: '状态', en: 'State' }, render: (r) => L.label(SETS.registration, r.status) },
    ],
  });
  const hours = pagedTable(ctx, {
    id: 'community-hours-table',
    caption: { zhCN: '志愿服务时长', en: 'Service hours' },
    load: (paging) => ctx.api(`${API}/hours?${pageQuery({ unit, status: hoursStatus.value, byOrganization: own.checked ? 'true' : '' }, paging)}`),
    rowAttrs: (x) => ({ dataset: { id: x.id, status: x.status } }),
    emptyText: { zhCN: '还没有服务时长记录。', en: 'No service hours yet.' },
    columns: [
      { title: { zhCN: '姓名', en: 'Name' }, head: true, render: (x) => x.memberName || '' },
      { title: { zhCN: '社区', en: 'Community' }, render: (x) => x.communityName },
      { title: { zhCN: '服务日期', en: 'Served on' }, render: (x) => dateOnly(ctx, x.servedOn) },
      { title: { zhCN: '时长（小时）', en: 'Hours' }, class: 'num', render: (x) => number(ctx, x.hours) },
      { title: { zhCN: '服务内容', en: 'Activity' }, class: 'wrap', render: (x) => x.activity },
      { title: { zhCN: '状态', en: 'State' }, render: (x) => L.label(SETS.hours, x.status) + (x.rejectReason ? `：${x.rejectReason}` : '') },
      { title: { zhCN: '操作', en: 'Actions' }, render: (x) => decide(ctx, x, hours) },
    ],
  });
  own.addEventListener('change', () => { registrations.reload(); hours.reload(); });
  hoursStatus.addEventListener('change', () => hours.reload());
  container.append(h('div', { class: 'kit-toolbar' }, h('label', { class: 'check' }, own,
    t({ zhCN: ' 本单位党员（不论报到到哪个社区）', en: ' Our own members (wherever they registered)' })),
  field(t({ zhCN: '时长状态', en: 'Hours state' }), hoursStatus), remindButton(ctx, unit)), sheetTools(ctx, unit, registrations),
  registrations.element, hours.element);
  await Promise.all([registrations.ready, hours.ready]);
}

function decide(ctx, x, list) {
  const t = ctx.t;
  const cell = h('div', { class: 'actions' });
  if (x.status !== 'SUBMITTED' || !can(ctx, 'manage')) return cell;
  cell.append(h('button', { type: 'button', dataset: { action: 'confirm-hours' }, text: t({ zhCN: '确认', en: 'Confirm' }), onclick: async () => {
    if (await confirmDialog(ctx, { id: 'community-confirm-dialog', title: { zhCN: '确认服务时长', en: 'Confirm the hours' },
      message: { zhCN: `确认 ${x.memberName} ${x.hours} 小时？`, en: `Confirm ${x.hours} hours of ${x.memberName}?` } })) {
      await ctx.api(`${API}/hours/${x.id}/confirm`, { method: 'POST', body: {}, headers: version(x.version) });
      list.reload(true);
    }
  } }), h('button', { type: 'button', dataset: { action: 'reject-hours' }, text: t({ zhCN: '退回', en: 'Reject' }), onclick: async () => {
    const note = h('input', { id: 'community-reject-note', name: 'note' });
    const done = await formDialog(ctx, { id: 'community-reject-dialog', title: { zhCN: '退回服务时长', en: 'Reject the hours' },
      submitText: { zhCN: '退回', en: 'Reject' }, fields: [field(t({ zhCN: '退回原因', en: 'Reason' }), note)],
      submit: () => ctx.api(`${API}/hours/${x.id}/reject`, { method: 'POST', body: { note: note.value }, headers: version(x.version) }) });
    if (done) list.reload(true);
  } }));
  return cell;
}

// reminds the communities of the scope with hours waiting for confirmation (their secretaries' and administrators' inbox)
function remindButton(ctx, unit) {
  const t = ctx.t;
  if (!can(ctx, 'manage')) return '';
  return h('button', { type: 'button', id: 'community-remind-hours', text: t({ zhCN: '提醒确认服务时长', en: 'Remind to confirm hours' }), onclick: async () => {
    const answer = await ctx.api(`${API}/hours/reminders?unit=${unit}`, { method: 'POST', body: {} });
    ctx.notify(t({ zhCN: `已提醒 ${answer.communities} 个社区`, en: `${answer.communities} communities reminded` }), 'success');
  } });
}

// the registrations as XLSX (also the template); new rows filled in Excel come back all rows or none
function sheetTools(ctx, unit, list) {
  const t = ctx.t;
  const outcome = h('div', { id: 'community-sheet-outcome', 'aria-live': 'polite' });
  const get = h('button', { type: 'button', id: 'community-sheet-download', text: t({ zhCN: '导出报到名单', en: 'Download the list' }),
    onclick: () => download(ctx, `${API}/sheets/registrations?format=XLSX&unit=${unit}`, 'community-registrations.xlsx').catch((e) => ctx.notify(e.message)) });
  const box = h('div', { class: 'kit-toolbar' }, get);
  if (can(ctx, 'manage')) {
    const file = h('input', { type: 'file', id: 'community-sheet-upload', accept: '.xlsx,.csv' });
    file.addEventListener('change', async () => {
      const chosen = file.files[0];
      if (!chosen) return;
      outcome.replaceChildren();
      try {
        const done = await ctx.api(`${API}/sheets/registrations?unit=${unit}&format=${chosen.name.toLowerCase().endsWith('.csv') ? 'CSV' : 'XLSX'}`,
          { method: 'POST', body: await chosen.arrayBuffer(), headers: { 'Content-Type': 'application/octet-stream' } });
        ctx.notify(t({ zhCN: `已导入 ${done.created} 名党员的报到。`, en: `${done.created} registrations imported.` }), 'success');
        list.reload(true);
      } catch (e) {
        if (!e.rowErrors || !e.rowErrors.length) {
          ctx.notify(e.message);
          return;
        }
        outcome.replaceChildren(h('p', { class: 'form-error', text: t({ zhCN: '名单未导入（整表不导入），请按下表修改后重新上传：',
          en: 'The sheet was not imported (all rows or none); correct these cells and upload it again:' }) }), rowErrorTable(ctx, e.rowErrors, 'community-sheet-errors'));
      } finally {
        file.value = '';
      }
    });
    box.append(field(t({ zhCN: '导入报到名单（新增行不填编号）', en: 'Import registrations (new rows without an id)' }), file));
  }
  return h('div', {}, box, outcome);
}
