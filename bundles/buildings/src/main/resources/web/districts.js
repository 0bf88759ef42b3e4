// 商圈联建: the business districts led from the scope — a group of buildings and units under one Party organization —
// with their members and how often each came to the joint meetings and activities; set one up, add a member, let one
// leave (it stays listed), record a joint meeting or activity with the units present and its outcomes.
import { h, field, select, scopeOf, pagedTable, pageQuery, table, formDialog, unitPicker, multiSelect, dateOnly, load } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, today } from './module.js';

export async function renderDistricts(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const detail = h('div', { id: 'bld-district-detail', 'aria-live': 'polite' });
  const toolbar = h('div', { class: 'kit-toolbar' });
  if (can(ctx, 'manage')) {
    toolbar.append(h('button', { type: 'button', class: 'primary', id: 'bld-district-new', text: t({ zhCN: '成立商圈', en: 'Set up a business district' }),
      onClick: () => createDistrict(ctx, () => list.reload()) }));
  }
  const list = pagedTable(ctx, {
    id: 'bld-district-table',
    caption: { zhCN: '商圈', en: 'Business districts' },
    load: (paging) => ctx.api(`${API}/districts?${pageQuery({ unit }, paging)}`),
    rowAttrs: (d) => ({ dataset: { district: d.id } }),
    emptyText: { zhCN: '还没有商圈。', en: 'No business districts yet.' },
    columns: [
      { title: { zhCN: '商圈', en: 'District' }, head: true, render: (d) => h('button', { type: 'button', class: 'link-button', text: d.name,
        onClick: () => show(d.id) }) },
      { title: { zhCN: '牵头党组织', en: 'Led by' }, render: (d) => d.leadOrgName },
      { title: { zhCN: '成立日期', en: 'Set up on' }, render: (d) => dateOnly(ctx, d.establishedOn) },
      { title: { zhCN: '成员楼宇', en: 'Buildings' }, class: 'num', render: (d) => String(d.buildings) },
      { title: { zhCN: '成员单位', en: 'Other units' }, class: 'num', render: (d) => String(d.units) },
      { title: { zhCN: '联席会议与联建活动', en: 'Joint meetings and activities' }, class: 'num', render: (d) => String(d.activities) },
    ],
  });
  function show(id) {
    return load(detail, ctx, async () => {
      const [d, activities] = await Promise.all([ctx.api(`${API}/districts/${id}`), ctx.api(`${API}/districts/${id}/activities?size=50`)]);
      const actions = h('div', { class: 'kit-toolbar' });
      if (can(ctx, 'manage')) {
        actions.append(h('button', { type: 'button', id: 'bld-district-member-new', text: t({ zhCN: '增加成员', en: 'Add a member' }),
          onClick: () => addMember(ctx, d, async () => { await show(id); list.reload(true); }) }));
      }
      if (can(ctx, 'committee') && d.members.some((m) => !m.leftOn)) {
        actions.append(h('button', { type: 'button', id: 'bld-district-activity-new', text: t({ zhCN: '登记联席会议或活动', en: 'Record a meeting or activity' }),
          onClick: () => recordActivity(ctx, L, d, async () => { await show(id); list.reload(true); }) }));
      }
      return [h('h2', { text: d.name }), d.mechanism ? h('p', { class: 'muted wrap', text: d.mechanism }) : null, actions,
        table(ctx, { id: 'bld-district-member-table', caption: { zhCN: '成员', en: 'Members' }, rows: d.members,
          emptyText: { zhCN: '还没有成员。', en: 'No members yet.' }, columns: [
            { title: { zhCN: '成员', en: 'Member' }, head: true, render: (m) => m.unitName },
            { title: { zhCN: '类别', en: 'Kind' }, render: (m) => m.building ? t({ zhCN: '楼宇', en: 'Building' }) : t({ zhCN: '单位', en: 'Unit' }) },
            { title: { zhCN: '加入日期', en: 'Joined on' }, render: (m) => dateOnly(ctx, m.joinedOn) },
            { title: { zhCN: '退出日期', en: 'Left on' }, render: (m) => m.leftOn ? dateOnly(ctx, m.leftOn) : '—' },
            { title: { zhCN: '到会（次/应到）', en: 'Attended / held' }, class: 'num', render: (m) => `${m.attended} / ${m.held}` },
            { title: { zhCN: '操作', en: 'Actions' }, render: (m) => can(ctx, 'manage') && !m.leftOn ? h('button', { type: 'button',
              class: 'link-button', dataset: { action: 'leave', member: m.id }, text: t({ zhCN: '退出商圈', en: 'Leave' }),
              onClick: () => leave(ctx, d, m, async () => { await show(id); list.reload(true); }) }) : '—' },
          ] }),
        table(ctx, { id: 'bld-district-activity-table', caption: { zhCN: '联席会议与联建活动', en: 'Joint meetings and activities' },
          rows: activities.items, emptyText: { zhCN: '还没有登记。', en: 'None recorded yet.' }, columns: [
            { title: { zhCN: '日期', en: 'Held on' }, head: true, render: (a) => dateOnly(ctx, a.heldOn) },
            { title: { zhCN: '形式', en: 'Kind' }, render: (a) => L.label(SETS.activity, a.kind) },
            { title: { zhCN: '主题', en: 'Topic' }, render: (a) => a.topic },
            { title: { zhCN: '到会单位', en: 'Units present' }, class: 'wrap', render: (a) => t({ zhCN: `${a.presentUnitNames.join('、')}（${a.presentUnitIds.length}/${a.expected}）`,
              en: `${a.presentUnitNames.join(', ')} (${a.presentUnitIds.length}/${a.expected})` }) },
            { title: { zhCN: '参加人数', en: 'Participants' }, class: 'num', render: (a) => String(a.participants) },
            { title: { zhCN: '成果', en: 'Outcomes' }, class: 'wrap', render: (a) => a.outcomes || '—' },
          ] })];
    });
  }
  container.append(toolbar, list.element, detail);
  await list.ready;
}

async function createDistrict(ctx, done) {
  const t = ctx.t;
  const lead = unitPicker(ctx, { id: 'bld-district-lead', name: 'leadOrgId', caption: { zhCN: '牵头党组织（按名称查找）', en: 'Leading Party organization (find by name)' } });
  const name = h('input', { id: 'bld-district-name', name: 'name', maxlength: '100' });
  const mechanism = h('textarea', { id: 'bld-district-mechanism', name: 'mechanism', maxlength: '1000', rows: '3' });
  const on = h('input', { id: 'bld-district-date', name: 'establishedOn', type: 'date', value: today() });
  const saved = await formDialog(ctx, {
    id: 'bld-district-dialog', title: { zhCN: '成立商圈', en: 'Set up a business district' }, submitText: { zhCN: '保存', en: 'Save' },
    fields: [lead.element, field(t({ zhCN: '名称', en: 'Name' }), name), field(t({ zhCN: '联建机制', en: 'Joint mechanism' }), mechanism),
      field(t({ zhCN: '成立日期', en: 'Set up on' }), on)],
    submit: () => ctx.api(`${API}/districts`, { method: 'POST', body: { leadOrgId: lead.value()[0] ?? null, name: name.value || null,
      mechanism: mechanism.value || null, establishedOn: on.value || null } }),
  });
  if (saved) await done();
}

async function addMember(ctx, district, done) {
  const t = ctx.t;
  const member = unitPicker(ctx, { id: 'bld-district-member', name: 'unitId', caption: { zhCN: '楼宇或单位（按名称查找）', en: 'Building or unit (find by name)' } });
  const on = h('input', { id: 'bld-district-member-date', name: 'joinedOn', type: 'date', value: today() });
  const saved = await formDialog(ctx, {
    id: 'bld-district-member-dialog', title: { zhCN: `增加成员：${district.name}`, en: `Add a member: ${district.name}` },
    submitText: { zhCN: '保存', en: 'Save' },
    fields: [member.element, field(t({ zhCN: '加入日期', en: 'Joined on' }), on)],
    submit: () => ctx.api(`${API}/districts/${district.id}/members`, { method: 'POST', body: { unitId: member.value()[0] ?? null,
      joinedOn: on.value || null } }),
  });
  if (saved) await done();
}

async function leave(ctx, district, member, done) {
  const t = ctx.t;
  const on = h('input', { id: 'bld-district-leave-date', name: 'leftOn', type: 'date', value: today() });
  const saved = await formDialog(ctx, {
    id: 'bld-district-leave-dialog', title: { zhCN: `退出商圈：${member.unitName}`, en: `Leave the district: ${member.unitName}` },
    submitText: { zhCN: '确认退出', en: 'Leave' },
    fields: [h('p', { class: 'muted', text: t({ zhCN: `${member.unitName}退出${district.name}后仍保留在成员名单中，到会次数计至退出之日。`,
      en: `${member.unitName} stays listed after leaving ${district.name}; its attendance counts until the day it left.` }) }),
    field(t({ zhCN: '退出日期', en: 'Left on' }), on)],
    submit: () => ctx.api(`${API}/districts/${district.id}/members/${member.id}/leave`, { method: 'POST', body: { leftOn: on.value || null } }),
  });
  if (saved) await done();
}

async function recordActivity(ctx, L, district, done) {
  const t = ctx.t;
  const kind = select(L.options(SETS.activity), { id: 'bld-activity-kind', name: 'kind' });
  const on = h('input', { id: 'bld-activity-date', name: 'heldOn', type: 'date', value: today() });
  const topic = h('input', { id: 'bld-activity-topic', name: 'topic', maxlength: '200' });
  const present = multiSelect(ctx, { id: 'bld-activity-present', name: 'presentUnitIds', caption: { zhCN: '到会单位', en: 'Units present' },
    options: district.members.filter((m) => !m.leftOn).map((m) => [String(m.unitId), m.unitName]) });
  const participants = h('input', { id: 'bld-activity-participants', name: 'participants', type: 'number', min: '1' });
  const outcomes = h('textarea', { id: 'bld-activity-outcomes', name: 'outcomes', maxlength: '2000', rows: '3' });
  const saved = await formDialog(ctx, {
    id: 'bld-activity-dialog', title: { zhCN: `登记联席会议或活动：${district.name}`, en: `Record a meeting or activity: ${district.name}` },
    submitText: { zhCN: '保存', en: 'Save' },
    fields: [field(t({ zhCN: '形式', en: 'Kind' }), kind), field(t({ zhCN: '日期', en: 'Held on' }), on), field(t({ zhCN: '主题', en: 'Topic' }), topic),
      present.element, field(t({ zhCN: '参加人数', en: 'Participants' }), participants), field(t({ zhCN: '成果', en: 'Outcomes' }), outcomes)],
    submit: () => ctx.api(`${API}/districts/${district.id}/activities`, { method: 'POST', body: { kind: kind.value, heldOn: on.value || null,
      topic: topic.value || null, presentUnitIds: present.value().map(Number), participants: participants.value === '' ? null : Number(participants.value),
      outcomes: outcomes.value || null } }),
  });
  if (saved) await done();
}
