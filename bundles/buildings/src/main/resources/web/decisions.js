// 决议督办: the committee meetings of the scope with their decisions (owner, due date, follow-up status), the overdue
// ones marked; start and complete a decision (the server names the allowed steps), add a decision to a meeting.
import { h, field, select, scopeOf, pagedTable, pageQuery, formDialog, yearPicker, dateOnly } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, step, today } from './module.js';

export async function renderDecisions(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const status = select([['', t({ zhCN: '全部', en: 'All' })], ['overdue', t({ zhCN: '逾期未办结', en: 'Overdue' })], ...L.options(SETS.status)],
    { id: 'bld-decision-status' });
  const year = await yearPicker(ctx, { id: 'bld-decision-year', allYears: true, onChange: () => list.reload() });
  status.addEventListener('change', () => list.reload());
  const toolbar = h('div', { class: 'kit-toolbar' }, year.element, field(t({ zhCN: '状态', en: 'Status' }), status));
  const query = () => ({ unit, year: year.value() || undefined, overdue: status.value === 'overdue' ? true : undefined,
    status: status.value && status.value !== 'overdue' ? status.value : undefined });
  const list = pagedTable(ctx, {
    id: 'bld-decision-table',
    caption: { zhCN: '楼委会决议', en: 'Committee decisions' },
    sort: 'dueOn',
    load: (paging) => ctx.api(`${API}/decisions?${pageQuery(query(), paging)}`),
    rowAttrs: (d) => ({ dataset: { decision: d.id } }),
    emptyText: { zhCN: '没有符合条件的决议。', en: 'No decisions match.' },
    columns: [
      { title: { zhCN: '决议事项', en: 'Decision' }, head: true, class: 'wrap', render: (d) => d.content },
      { title: { zhCN: '楼宇', en: 'Building' }, render: (d) => d.buildingName },
      { title: { zhCN: '责任人', en: 'Owner' }, sort: 'ownerName', render: (d) => d.ownerName },
      { title: { zhCN: '办结时限', en: 'Due' }, sort: 'dueOn', render: (d) => dateOnly(ctx, d.dueOn) },
      { title: { zhCN: '状态', en: 'Status' }, sort: 'status', render: (d) => h('span', { class: d.overdue ? 'kit-badge kit-badge-warn' : d.status === 'DONE' ? 'kit-badge kit-badge-ok' : 'kit-badge',
        text: d.overdue ? `${L.label(SETS.status, d.status)}（${t({ zhCN: '逾期', en: 'overdue' })}）` : L.label(SETS.status, d.status) }) },
      { title: { zhCN: '办结日期', en: 'Done on' }, sort: 'doneOn', render: (d) => d.doneOn ? dateOnly(ctx, d.doneOn) : '—' },
      { title: { zhCN: '操作', en: 'Actions' }, render: (d) => can(ctx, 'committee') && d.allowed.length ? h('span', {},
        d.allowed.map((a) => h('button', { type: 'button', class: 'link-button', dataset: { action: a }, text: L.label(SETS.action, a),
          onClick: async () => { if (await step(ctx, `decisions/${d.id}/${a === 'START' ? 'start' : 'complete'}`, a === 'COMPLETE' ? { doneOn: today() } : null, d.version)) await list.reload(true); } }))) : '—' },
    ],
  });
  const meetings = pagedTable(ctx, {
    id: 'bld-meeting-table',
    caption: { zhCN: '楼委会会议', en: 'Committee meetings' },
    load: (paging) => ctx.api(`${API}/meetings?${pageQuery({ unit, year: year.value() || undefined }, paging)}`),
    emptyText: { zhCN: '没有会议记录。', en: 'No meetings recorded.' },
    columns: [
      { title: { zhCN: '日期', en: 'Date' }, sort: 'heldOn', render: (m) => dateOnly(ctx, m.heldOn) },
      { title: { zhCN: '楼宇', en: 'Building' }, render: (m) => m.buildingName },
      { title: { zhCN: '议题', en: 'Topic' }, head: true, sort: 'topic', render: (m) => m.topic },
      { title: { zhCN: '参会', en: 'Attendees' }, class: 'num', sort: 'attendees', render: (m) => String(m.attendees) },
      { title: { zhCN: '决议', en: 'Decisions' }, class: 'num', render: (m) => String(m.decisions.length) },
      { title: { zhCN: '操作', en: 'Actions' }, render: (m) => can(ctx, 'committee') ? h('button', { type: 'button', class: 'link-button',
        text: t({ zhCN: '增加决议', en: 'Add a decision' }), onClick: () => addDecision(ctx, m, async () => { await list.reload(); await meetings.reload(true); }) }) : '—' },
    ],
  });
  container.append(toolbar, list.element, h('h2', { text: t({ zhCN: '会议', en: 'Meetings' }) }), meetings.element);
  await Promise.all([list.ready, meetings.ready]);
}

async function addDecision(ctx, meeting, done) {
  const t = ctx.t;
  const content = h('input', { id: 'bld-decision-content', name: 'content', maxlength: '1000' });
  const owner = h('input', { id: 'bld-decision-owner', name: 'ownerName', maxlength: '100' });
  const due = h('input', { id: 'bld-decision-due', name: 'dueOn', type: 'date' });
  const saved = await formDialog(ctx, {
    id: 'bld-decision-dialog', title: { zhCN: `增加决议：${meeting.topic}`, en: `Add a decision: ${meeting.topic}` },
    submitText: { zhCN: '保存', en: 'Save' },
    fields: [field(t({ zhCN: '决议事项', en: 'Decision' }), content), field(t({ zhCN: '责任人', en: 'Owner' }), owner),
      field(t({ zhCN: '办结时限', en: 'Due on' }), due)],
    submit: () => ctx.api(`${API}/meetings/${meeting.id}/decisions`, { method: 'POST', body: { content: content.value || null,
      ownerName: owner.value || null, dueOn: due.value || null } }),
  });
  if (saved) await done();
}
