// Changing members in the console: add, edit, transfer (转接), mark as lost contact or floating, and remove. Each is
// a dialog whose controls are named like the API's fields, so a refusal (422) shows beside the field it concerns
// (the ID-number check included) and the reader's input stays; changes send If-Match, and a 409 reloads the record.
import { h, field } from '../dom.js';
import { formDialog, confirmDialog } from '../kit/dialog.js';
import { ifMatch, enumSelect } from '../kit/forms.js';
import { unitPicker } from '../kit/pickers.js';

const WRITE = 'core.member.write';

const T = {
  add: { zhCN: '新增党员', en: 'Add a member' },
  edit: { zhCN: '修改信息', en: 'Edit' },
  transfer: { zhCN: '组织关系转接', en: 'Transfer' },
  status: { zhCN: '标记失联或流动', en: 'Mark lost contact or floating' },
  remove: { zhCN: '删除党员', en: 'Remove member' },
  save: { zhCN: '保存', en: 'Save' },
  removeConfirm: { zhCN: '删除后这名党员的记录将不再出现在党员名册中（审计日志保留删除记录）。确定删除吗？',
    en: 'The member no longer appears on the roll (the audit trail keeps the removal). Remove?' },
  saved: { zhCN: '已保存。', en: 'Saved.' },
  removed: { zhCN: '已删除。', en: 'Removed.' },
  transferred: { zhCN: '已转入新的党组织。', en: 'Transferred.' },
  toUnit: { zhCN: '转入党组织', en: 'To organization' },
  organization: { zhCN: '所在党组织', en: 'Party organization' },
  residence: { zhCN: '居住社区（双报到，可不填）', en: 'Residence community (optional)' },
  tagsHint: { zhCN: '多个标签用逗号或顿号分开，如：骑手、困难党员', en: 'Separate tags with commas' },
  idHint: { zhCN: '18 位，最后一位可为 X；填写后自动带出出生日期和性别', en: '18 characters, the last may be X; fills in birth date and sex' },
};

/** Whether the reader may change members (the server decides again on every request). */
export function mayChangeMembers(ctx) {
  return ctx.can(WRITE);
}

function input(name, value, attrs = {}) {
  return h('input', { name, value: value == null ? '' : String(value), autocomplete: 'off', ...attrs });
}

/** The member's own facts, as a dialog's controls; the unit is chosen only when adding (later it is a transfer). */
function memberControls(ctx, member, { adding }) {
  const t = ctx.t;
  const m = member || {};
  const c = {
    name: input('name', m.name, { required: true, maxlength: 50 }),
    idNumber: input('idNumber', m.idNumber, { maxlength: 18, class: 'mono', inputmode: 'text' }),
    sex: enumSelect(ctx, 'sex', 'Sex', ['MALE', 'FEMALE'], m.sex, false),
    birthDate: input('birthDate', m.birthDate, { type: 'date' }),
    ethnicity: input('ethnicity', m.ethnicity ?? (adding ? '汉族' : ''), { maxlength: 20 }),
    education: input('education', m.education, { maxlength: 30, list: 'member-education-choices' }),
    phone: input('phone', m.phone, { type: 'tel', maxlength: 20 }),
    category: enumSelect(ctx, 'category', 'MemberCategory', ['FULL', 'PROBATIONARY'], m.category, false),
    joinedOn: input('joinedOn', m.joinedOn, { type: 'date' }),
    fullMemberOn: input('fullMemberOn', m.fullMemberOn, { type: 'date' }),
    post: input('post', m.post, { maxlength: 50 }),
    tags: input('tags', (m.tags || []).join('、'), { maxlength: 200 }),
  };
  // the ID number carries the birth date and sex: fill them in when they are still empty or were derived before
  c.idNumber.addEventListener('change', () => {
    const id = c.idNumber.value.trim().toUpperCase();
    if (!/^\d{17}[\dX]$/.test(id)) return;
    c.birthDate.value = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
    c.sex.value = Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
  });
  const organization = adding ? unitPicker(ctx, { name: 'organizationId', caption: T.organization }) : null;
  const residence = unitPicker(ctx, { name: 'residenceCommunityId', caption: T.residence, unitType: 'COMMUNITY' });
  if (m.residenceCommunityId != null) residence.set([{ id: m.residenceCommunityId, name: m.residenceName || `${m.residenceCommunityId}` }]);
  const fields = [
    field(t('member.name'), c.name), field(t('member.idNumber'), c.idNumber, t(T.idHint)),
    field(t('member.sex'), c.sex), field(t('member.birthDate'), c.birthDate), field(t('member.ethnicity'), c.ethnicity),
    field(t('member.education'), c.education),
    h('datalist', { id: 'member-education-choices' }, ['研究生', '大学本科', '大学专科', '中专', '高中', '初中及以下'].map((v) => h('option', { value: v }))),
    field(t('member.phone'), c.phone), field(t('member.category'), c.category), field(t('member.joinedOn'), c.joinedOn),
    field(t('member.fullMemberOn'), c.fullMemberOn), organization ? organization.element : null, field(t('member.post'), c.post),
    residence.element, field(t('member.tags'), c.tags, t(T.tagsHint)),
  ];
  const text = (control) => (control.value.trim() === '' ? null : control.value.trim());
  const draft = () => ({
    name: text(c.name),
    sex: c.sex.value,
    ethnicity: text(c.ethnicity),
    birthDate: text(c.birthDate),
    idNumber: text(c.idNumber) && text(c.idNumber).toUpperCase(),
    education: text(c.education),
    phone: text(c.phone),
    category: c.category.value,
    joinedOn: text(c.joinedOn),
    fullMemberOn: text(c.fullMemberOn),
    organizationId: organization ? (organization.value()[0] ?? null) : m.organizationId,
    post: text(c.post),
    status: m.status || 'NORMAL',
    floatingDestination: m.floatingDestination ?? null,
    residenceCommunityId: residence.value()[0] ?? null,
    tags: c.tags.value.split(/[,，、;；\s]+/).map((s) => s.trim()).filter(Boolean),
  });
  return { fields, draft };
}

/** Adds a member in the scope; answers the member created, or null when cancelled. */
export async function addMember(ctx) {
  const { fields, draft } = memberControls(ctx, null, { adding: true });
  const created = await formDialog(ctx, { title: T.add, id: 'member-add', fields, submitText: T.save,
    submit: () => ctx.api('/api/core/members', { method: 'POST', body: draft() }) });
  if (created) ctx.notify(ctx.t(T.saved), 'success');
  return created;
}

/** The member's full record for a change, as the member was when the reader opened the dialog. */
function put(ctx, member, body) {
  return ctx.api(`/api/core/members/${member.id}`, { method: 'PUT', body, headers: ifMatch(member.version) });
}

/** The action buttons of a member's record page; reload() draws the record again after a change. */
export function memberActions(ctx, member, { reload }) {
  if (!mayChangeMembers(ctx)) return null;
  const t = ctx.t;
  const edit = async () => {
    const { fields, draft } = memberControls(ctx, member, { adding: false });
    const saved = await formDialog(ctx, { title: T.edit, id: 'member-edit', fields, submitText: T.save,
      submit: () => put(ctx, member, draft()), onStale: reload });
    if (saved) { ctx.notify(t(T.saved), 'success'); await reload(); }
  };
  const transfer = async () => {
    const to = unitPicker(ctx, { name: 'toOrganizationId', caption: T.toUnit, unit: null });
    const on = input('transferredOn', new Date().toISOString().slice(0, 10), { type: 'date' });
    const reason = input('reason', '', { maxlength: 200 });
    const done = await formDialog(ctx, { title: T.transfer, id: 'member-transfer', submitText: T.transfer,
      fields: [to.element, field(t('member.transfer.on'), on), field(t('member.transfer.reason'), reason)],
      submit: () => ctx.api(`/api/core/members/${member.id}/transfer`, { method: 'POST',
        body: { toOrganizationId: to.value()[0] ?? null, transferredOn: on.value || null,
          reason: reason.value.trim() || null, version: member.version } }), onStale: reload });
    if (done) { ctx.notify(t(T.transferred), 'success'); await reload(); }
  };
  const markStatus = async () => {
    const status = enumSelect(ctx, 'status', 'MemberStatus', ['NORMAL', 'LOST_CONTACT', 'FLOATING'], member.status, false);
    const destination = input('floatingDestination', member.floatingDestination, { maxlength: 100 });
    const { draft } = memberControls(ctx, member, { adding: false });
    const saved = await formDialog(ctx, { title: T.status, id: 'member-status-dialog', submitText: T.save,
      fields: [field(t('member.status'), status), field(t('member.floatingDestination'), destination,
        t({ zhCN: '流动党员填写去向（城市或单位）', en: 'Where a floating member went (city or employer)' }))],
      submit: () => put(ctx, member, { ...draft(), status: status.value,
        floatingDestination: status.value === 'FLOATING' ? (destination.value.trim() || null) : null }), onStale: reload });
    if (saved) { ctx.notify(t(T.saved), 'success'); await reload(); }
  };
  const remove = async () => {
    if (!await confirmDialog(ctx, { title: T.remove, message: T.removeConfirm, confirmText: T.remove, danger: true, id: 'member-remove' })) return;
    try {
      await ctx.api(`/api/core/members/${member.id}`, { method: 'DELETE', headers: ifMatch(member.version) });
      ctx.notify(t(T.removed), 'success');
      ctx.navigate('#/members');
    } catch (e) {
      ctx.notify(e.message);
      if (e.status === 409) await reload();
    }
  };
  return h('div', { class: 'actions', id: 'member-actions' },
    h('button', { type: 'button', class: 'primary', id: 'member-edit-open', text: t(T.edit), onClick: edit }),
    h('button', { type: 'button', id: 'member-transfer-open', text: t(T.transfer), onClick: transfer }),
    h('button', { type: 'button', id: 'member-status-open', text: t(T.status), onClick: markStatus }),
    h('button', { type: 'button', class: 'danger', id: 'member-remove-open', text: t(T.remove), onClick: remove }));
}

export const ADD_MEMBER_TEXT = T.add;
