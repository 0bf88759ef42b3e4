// 楼委会: the building committees of the scope with their members (post, whom they speak for, term) and meetings;
// set up a committee, add a member, record a meeting with its decisions.
import { h, field, select, scopeOf, pagedTable, pageQuery, table, formDialog, unitPicker, dateOnly, load } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, today } from './module.js';

export async function renderCommittees(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const detail = h('div', { id: 'bld-committee-detail', 'aria-live': 'polite' });
  const toolbar = h('div', { class: 'kit-toolbar' });
  if (can(ctx, 'committee')) {
    toolbar.append(h('button', { type: 'button', class: 'primary', id: 'bld-committee-new', text: t({ zhCN: '成立楼委会', en: 'Set up a committee' }),
      onClick: () => createCommittee(ctx, () => list.reload()) }));
  }
  const list = pagedTable(ctx, {
    id: 'bld-committee-table',
    caption: { zhCN: '楼委会', en: 'Building committees' },
    load: (paging) => ctx.api(`${API}/committees?${pageQuery({ unit }, paging)}`),
    rowAttrs: (c) => ({ dataset: { committee: c.id } }),
    emptyText: { zhCN: '还没有楼委会。', en: 'No building committees yet.' },
    columns: [
      { title: { zhCN: '楼委会', en: 'Committee' }, head: true, render: (c) => h('button', { type: 'button', class: 'link-button', text: c.name,
        onClick: () => show(c) }) },
      { title: { zhCN: '楼宇', en: 'Building' }, render: (c) => c.buildingName },
      { title: { zhCN: '成立日期', en: 'Set up on' }, render: (c) => dateOnly(ctx, c.establishedOn) },
      { title: { zhCN: '现任委员', en: 'Current members' }, class: 'num', render: (c) => String(c.members) },
      { title: { zhCN: '会议', en: 'Meetings' }, class: 'num', render: (c) => String(c.meetings) },
    ],
  });
  function show(c) {
    return load(detail, ctx, async () => {
      const members = await ctx.api(`${API}/committees/${c.id}/members`);
      const actions = can(ctx, 'committee') ? h('div', { class: 'kit-toolbar' },
        h('button', { type: 'button', id: 'bld-member-new', text: t({ zhCN: '增加委员', en: 'Add a member' }), onClick: () => addMember(ctx, L, c, () => show(c)) }),
        h('button', { type: 'button', id: 'bld-meeting-new', text: t({ zhCN: '登记会议', en: 'Record a meeting' }), onClick: () => recordMeeting(ctx, c, () => list.reload(true)) }))
        : null;
      return [h('h2', { text: c.name }), actions, table(ctx, { id: 'bld-member-table', caption: { zhCN: '委员', en: 'Members' }, rows: members,
        emptyText: { zhCN: '还没有委员。', en: 'No members yet.' }, columns: [
          { title: { zhCN: '姓名', en: 'Name' }, head: true, render: (m) => m.personName },
          { title: { zhCN: '职务', en: 'Post' }, render: (m) => L.label(SETS.post, m.post) },
          { title: { zhCN: '来自', en: 'Speaks for' }, render: (m) => `${L.label(SETS.side, m.side)}：${m.represents}` },
          { title: { zhCN: '任期', en: 'Term' }, render: (m) => `${dateOnly(ctx, m.termFrom)} – ${dateOnly(ctx, m.termTo)}` },
          { title: { zhCN: '现任', en: 'Current' }, render: (m) => m.current ? t({ zhCN: '是', en: 'Yes' }) : t({ zhCN: '已届满', en: 'Ended' }) },
        ] })];
    });
  }
  container.append(toolbar, list.element, detail);
  await list.ready;
}

async function createCommittee(ctx, done) {
  const t = ctx.t;
  const building = unitPicker(ctx, { id: 'bld-committee-building', name: 'buildingId', unitType: 'BUILDING',
    caption: { zhCN: '楼宇（按名称查找）', en: 'Building (find by name)' } });
  const name = h('input', { id: 'bld-committee-name', name: 'name', maxlength: '100' });
  const on = h('input', { id: 'bld-committee-date', name: 'establishedOn', type: 'date', value: today() });
  const saved = await formDialog(ctx, {
    id: 'bld-committee-dialog', title: { zhCN: '成立楼委会', en: 'Set up a building committee' }, submitText: { zhCN: '保存', en: 'Save' },
    fields: [building.element, field(t({ zhCN: '名称', en: 'Name' }), name), field(t({ zhCN: '成立日期', en: 'Set up on' }), on)],
    submit: () => ctx.api(`${API}/committees`, { method: 'POST', body: { buildingId: building.value()[0] ?? null,
      name: name.value || null, establishedOn: on.value || null } }),
  });
  if (saved) await done();
}

async function addMember(ctx, L, committee, done) {
  const t = ctx.t;
  const name = h('input', { id: 'bld-member-name', name: 'personName', maxlength: '50' });
  const side = select(L.options(SETS.side), { id: 'bld-member-side', name: 'side' });
  const represents = h('input', { id: 'bld-member-represents', name: 'represents', maxlength: '200' });
  const post = select(L.options(SETS.post), { id: 'bld-member-post', name: 'post' });
  const from = h('input', { id: 'bld-member-from', name: 'termFrom', type: 'date', value: today() });
  const to = h('input', { id: 'bld-member-to', name: 'termTo', type: 'date' });
  const saved = await formDialog(ctx, {
    id: 'bld-member-dialog', title: { zhCN: '增加楼委会委员', en: 'Add a committee member' }, submitText: { zhCN: '保存', en: 'Save' },
    fields: [field(t({ zhCN: '姓名', en: 'Name' }), name), field(t({ zhCN: '来自', en: 'Speaks for' }), side),
      field(t({ zhCN: '所在单位', en: 'Enterprise / organization' }), represents), field(t({ zhCN: '职务', en: 'Post' }), post),
      field(t({ zhCN: '任期开始', en: 'Term from' }), from), field(t({ zhCN: '任期结束', en: 'Term to' }), to)],
    submit: () => ctx.api(`${API}/committees/${committee.id}/members`, { method: 'POST', body: { personName: name.value || null,
      side: side.value, represents: represents.value || null, post: post.value, termFrom: from.value || null, termTo: to.value || null } }),
  });
  if (saved) await done();
}

async function recordMeeting(ctx, committee, done) {
  const t = ctx.t;
  const on = h('input', { id: 'bld-meeting-date', name: 'heldOn', type: 'date', value: today() });
  const topic = h('input', { id: 'bld-meeting-topic', name: 'topic', maxlength: '200' });
  const attendees = h('input', { id: 'bld-meeting-attendees', name: 'attendees', type: 'number', min: '1' });
  const minutes = h('textarea', { id: 'bld-meeting-minutes', name: 'minutes', rows: '4', maxlength: '4000' });
  const saved = await formDialog(ctx, {
    id: 'bld-meeting-dialog', title: { zhCN: `登记会议：${committee.name}`, en: `Record a meeting: ${committee.name}` },
    submitText: { zhCN: '保存', en: 'Save' },
    fields: [field(t({ zhCN: '会议日期', en: 'Held on' }), on), field(t({ zhCN: '议题', en: 'Topic' }), topic),
      field(t({ zhCN: '参会人数', en: 'Attendees' }), attendees), field(t({ zhCN: '会议纪要', en: 'Minutes' }), minutes)],
    submit: () => ctx.api(`${API}/committees/${committee.id}/meetings`, { method: 'POST', body: { heldOn: on.value || null,
      topic: topic.value || null, attendees: attendees.value ? Number(attendees.value) : null, minutes: minutes.value || null } }),
  });
  if (saved) {
    ctx.notify(t({ zhCN: '会议已登记，可在“决议督办”中为会议增加决议。', en: 'Meeting recorded; add its decisions under “Decisions”.' }), 'success');
    await done();
  }
}
