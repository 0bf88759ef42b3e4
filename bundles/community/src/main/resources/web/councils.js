// 大工委 / 大党委: the part-time members a street or community takes from the institutions and enterprises of its area,
// the joint meetings (联席会议) with who was present, and the issues raised there: assign one to a member unit with a
// due date, close it with the result.
import { h, field, scopeOf, table, load, formDialog, unitPicker, memberPicker, multiSelect, dateOnly } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, today, version } from './module.js';

export async function renderCouncils(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const body = h('div', { 'aria-live': 'polite' });
  const draw = () => load(body, ctx, async () => {
    const [members, meetings] = await Promise.all([ctx.api(`${API}/councils/members?unit=${unit}`), ctx.api(`${API}/councils/meetings?unit=${unit}`)]);
    const toolbar = h('div', { class: 'kit-toolbar' });
    if (can(ctx, 'manage')) {
      toolbar.append(h('button', { type: 'button', class: 'primary', id: 'community-council-appoint', text: t({ zhCN: '增加兼职委员', en: 'Add a part-time member' }),
        onclick: () => appoint(ctx, unit, draw) }),
      h('button', { type: 'button', id: 'community-meeting-new', text: t({ zhCN: '记录联席会议', en: 'Record a joint meeting' }),
        onclick: () => hold(ctx, unit, members, draw) }));
    }
    return [toolbar, table(ctx, { id: 'community-council-table', caption: { zhCN: '兼职委员', en: 'Part-time members' }, rows: members,
      columns: [
        { title: { zhCN: '姓名', en: 'Name' }, head: true, render: (c) => c.memberName || '' },
        { title: { zhCN: '所属', en: 'Council' }, render: (c) => `${c.unitName} · ${L.label(SETS.council, c.council)}` },
        { title: { zhCN: '职务', en: 'Role' }, render: (c) => c.roleTitle },
        { title: { zhCN: '所在单位', en: 'From' }, render: (c) => c.partnerName || '' },
        { title: { zhCN: '任职起始', en: 'Since' }, render: (c) => dateOnly(ctx, c.startsOn) },
      ] }),
    ...meetings.map((m) => h('section', { class: 'panel', dataset: { meeting: m.id } },
      h('h2', { text: `${dateOnly(ctx, m.heldOn)} · ${m.title}` }),
      h('p', { class: 'muted', text: `${m.unitName} · ${L.label(SETS.council, m.council)} · ${t({ zhCN: '出席', en: 'Present' })}：${m.presentNames.join('、')}` }),
      m.minutes ? h('p', { class: 'wrap', text: m.minutes }) : '',
      table(ctx, { id: `community-issues-${m.id}`, caption: { zhCN: '议题', en: 'Issues' }, rows: m.issues,
        rowAttrs: (i) => ({ dataset: { id: i.id, status: i.status } }),
        columns: [
          { title: { zhCN: '议题', en: 'Issue' }, head: true, class: 'wrap', render: (i) => i.title },
          { title: { zhCN: '承办单位', en: 'Assigned to' }, render: (i) => i.assigneeName || '' },
          { title: { zhCN: '办结时限', en: 'Due' }, render: (i) => (i.dueOn ? dateOnly(ctx, i.dueOn) : '') },
          { title: { zhCN: '状态', en: 'State' }, class: 'wrap', render: (i) => L.label(SETS.issue, i.status) + (i.result ? `：${i.result}` : '') },
          { title: { zhCN: '操作', en: 'Actions' }, render: (i) => issueActions(ctx, i, members.filter((c) => c.unitId === m.unitId), draw) },
        ] })))];
  }, { zhCN: '还没有兼职委员。', en: 'No part-time member yet.' });
  container.append(body);
  await draw();
}

async function appoint(ctx, unit, draw) {
  const t = ctx.t;
  const council = unitPicker(ctx, { id: 'community-council-unit', name: 'unitId', caption: { zhCN: '街道或社区', en: 'Street or community' }, unit });
  const member = memberPicker(ctx, { id: 'community-council-member', name: 'memberId', caption: { zhCN: '兼职委员', en: 'Member' } });
  const partner = unitPicker(ctx, { id: 'community-council-partner', name: 'partnerId', caption: { zhCN: '所在单位党组织', en: 'Their organization' } });
  const role = h('input', { id: 'community-council-role', name: 'roleTitle', value: t({ zhCN: '兼职委员', en: 'Part-time member' }) });
  const starts = h('input', { type: 'date', id: 'community-council-starts', name: 'startsOn', value: today() });
  const done = await formDialog(ctx, { id: 'community-council-dialog', title: { zhCN: '增加兼职委员', en: 'Add a part-time member' },
    submitText: { zhCN: '保存', en: 'Save' },
    fields: [council.element, member.element, partner.element, field(t({ zhCN: '职务', en: 'Role' }), role), field(t({ zhCN: '任职起始', en: 'Since' }), starts)],
    submit: () => ctx.api(`${API}/councils/members`, { method: 'POST', body: { unitId: council.value()[0], memberId: member.value()[0],
      partnerId: partner.value()[0], roleTitle: role.value, startsOn: starts.value || null } }) });
  if (done) await draw();
}

async function hold(ctx, unit, members, draw) {
  const t = ctx.t;
  const council = unitPicker(ctx, { id: 'community-meeting-unit', name: 'unitId', caption: { zhCN: '街道或社区', en: 'Street or community' }, unit });
  const present = multiSelect(ctx, { id: 'community-meeting-present', name: 'present', caption: { zhCN: '出席委员', en: 'Present' },
    options: members.map((c) => [String(c.id), `${c.memberName}（${c.unitName}）`]) });
  const title = h('input', { id: 'community-meeting-title', name: 'title' });
  const held = h('input', { type: 'date', id: 'community-meeting-held', name: 'heldOn', value: today() });
  const minutes = h('textarea', { id: 'community-meeting-minutes', name: 'minutes', rows: 3 });
  const issues = h('textarea', { id: 'community-meeting-issues', name: 'issues', rows: 3, placeholder: t({ zhCN: '每行一个议题', en: 'One issue a line' }) });
  const done = await formDialog(ctx, { id: 'community-meeting-dialog', title: { zhCN: '记录联席会议', en: 'Record a joint meeting' },
    submitText: { zhCN: '保存', en: 'Save' },
    fields: [council.element, field(t({ zhCN: '会议名称', en: 'Title' }), title), field(t({ zhCN: '日期', en: 'Day' }), held), present.element,
      field(t({ zhCN: '会议纪要', en: 'Minutes' }), minutes), field(t({ zhCN: '提出的议题', en: 'Issues raised' }), issues)],
    submit: () => ctx.api(`${API}/councils/meetings`, { method: 'POST', body: { unitId: council.value()[0], title: title.value, heldOn: held.value || null,
      present: present.value().map(Number), minutes: minutes.value, issues: issues.value.split('\n').map((s) => s.trim()).filter((s) => s) } }) });
  if (done) await draw();
}

function issueActions(ctx, i, members, draw) {
  const t = ctx.t;
  const cell = h('div', { class: 'actions' });
  if (!can(ctx, 'manage') || i.status === 'CLOSED') return cell;
  if (i.status === 'RAISED') {
    const units = [...new Map(members.map((c) => [c.partnerId, c.partnerName])).entries()];
    const assignee = h('select', { id: 'community-issue-assignee', name: 'assigneeId' }, ...units.map(([id, name]) => h('option', { value: id, text: name })));
    const due = h('input', { type: 'date', id: 'community-issue-due', name: 'dueOn' });
    cell.append(h('button', { type: 'button', dataset: { action: 'assign-issue' }, text: t({ zhCN: '交办', en: 'Assign' }), onclick: async () => {
      const done = await formDialog(ctx, { id: 'community-issue-assign-dialog', title: { zhCN: '交办议题', en: 'Assign the issue' }, submitText: { zhCN: '交办', en: 'Assign' },
        fields: [field(t({ zhCN: '承办单位', en: 'Unit' }), assignee), field(t({ zhCN: '办结时限', en: 'Due' }), due)],
        submit: () => ctx.api(`${API}/councils/issues/${i.id}/assign`, { method: 'POST', body: { assigneeId: Number(assignee.value) || null, dueOn: due.value || null },
          headers: version(i.version) }) });
      if (done) await draw();
    } }));
  }
  const result = h('textarea', { id: 'community-issue-result', name: 'result', rows: 2 });
  const on = h('input', { type: 'date', id: 'community-issue-closed', name: 'on', value: today() });
  cell.append(h('button', { type: 'button', dataset: { action: 'close-issue' }, text: t({ zhCN: '办结', en: 'Close' }), onclick: async () => {
    const done = await formDialog(ctx, { id: 'community-issue-close-dialog', title: { zhCN: '议题办结', en: 'Close the issue' }, submitText: { zhCN: '办结', en: 'Close' },
      fields: [field(t({ zhCN: '办理结果', en: 'Result' }), result), field(t({ zhCN: '办结日期', en: 'Day' }), on)],
      submit: () => ctx.api(`${API}/councils/issues/${i.id}/close`, { method: 'POST', body: { result: result.value, on: on.value || null }, headers: version(i.version) }) });
    if (done) await draw();
  } }));
  return cell;
}
