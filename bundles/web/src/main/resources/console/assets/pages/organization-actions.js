// Changing the organization tree in the console: add a unit below the one shown, edit it, move it under another
// parent, dissolve it (撤销: it stays in the records with its members' history) or remove a unit entered by mistake.
// Controls are named like the API's fields, so a refusal shows beside the field; changes send If-Match and a 409
// reloads the unit.
import { h, field } from '../dom.js';
import { formDialog, confirmDialog } from '../kit/dialog.js';
import { ifMatch, enumSelect } from '../kit/forms.js';
import { unitPicker, memberPicker } from '../kit/pickers.js';

const WRITE = 'core.organization.write';
const UNIT_TYPES = ['DISTRICT', 'STREET', 'PARK', 'VILLAGE', 'COMMUNITY', 'ENTERPRISE', 'SOCIAL_ORGANIZATION', 'INSTITUTION', 'BUILDING', 'GRID'];
const PARTY_ORG_TYPES = ['WORKING_COMMITTEE', 'COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH', 'NONE'];
const DOMAINS = ['RURAL', 'URBAN_COMMUNITY', 'EMERGING', 'INSTITUTION'];

const T = {
  add: { zhCN: '新增下级单位', en: 'Add a sub-unit' },
  edit: { zhCN: '修改单位信息', en: 'Edit unit' },
  move: { zhCN: '调整上级单位', en: 'Move' },
  dissolve: { zhCN: '撤销单位', en: 'Dissolve' },
  remove: { zhCN: '删除（误建）', en: 'Remove (created by mistake)' },
  save: { zhCN: '保存', en: 'Save' },
  saved: { zhCN: '已保存。', en: 'Saved.' },
  newParent: { zhCN: '新的上级单位', en: 'New parent unit' },
  secretary: { zhCN: '书记（可不填）', en: 'Secretary (optional)' },
  dissolveConfirm: { zhCN: '撤销后单位保留在记录中并标为“撤销”，不能再接收党员。单位下还有党员或下级单位时不能撤销。确定撤销吗？',
    en: 'A dissolved unit stays on record, marked dissolved, and takes no more members. A unit with members or sub-units cannot be dissolved. Dissolve?' },
  removeConfirm: { zhCN: '只有没有党员、没有下级单位的单位才能删除，删除后不可恢复（审计日志保留）。确定删除吗？',
    en: 'Only a unit without members or sub-units can be removed; this cannot be undone (the audit trail keeps it). Remove?' },
};

export function mayChangeUnits(ctx) {
  return ctx.can(WRITE);
}

function unitControls(ctx, unit, parentId) {
  const t = ctx.t;
  const u = unit || {};
  const text = (name, value, attrs = {}) => h('input', { name, value: value == null ? '' : String(value), autocomplete: 'off', ...attrs });
  const c = {
    code: text('code', u.code, { maxlength: 40, class: 'mono' }),
    name: text('name', u.name, { maxlength: 100 }),
    unitType: enumSelect(ctx, 'unitType', 'UnitType', UNIT_TYPES, u.unitType || 'GRID', false),
    partyOrgType: enumSelect(ctx, 'partyOrgType', 'PartyOrgType', PARTY_ORG_TYPES, u.partyOrgType || 'BRANCH', false),
    domain: enumSelect(ctx, 'domain', 'Domain', DOMAINS, u.domain, true),
    foundedOn: text('foundedOn', u.foundedOn, { type: 'date' }),
    divisionCode: text('divisionCode', u.divisionCode, { maxlength: 12, class: 'mono', inputmode: 'numeric' }),
  };
  // the secretary is a member of the unit's own subtree (only an existing unit has one)
  const secretary = unit ? memberPicker(ctx, { name: 'secretaryId', caption: T.secretary, unit: unit.id }) : null;
  if (secretary && u.secretaryId != null) secretary.set([{ id: u.secretaryId, name: u.secretaryName || `${u.secretaryId}` }]);
  const value = (control) => (control.value.trim() === '' ? null : control.value.trim());
  return {
    fields: [field(t('org.code'), c.code), field(t('org.name'), c.name), field(t('org.unitType'), c.unitType),
      field(t('org.partyOrgType'), c.partyOrgType), field(t('org.domain'), c.domain), field(t('org.foundedOn'), c.foundedOn),
      field(t('org.divisionCode'), c.divisionCode), secretary ? secretary.element : null],
    draft: () => ({ code: value(c.code), name: value(c.name), parentId, unitType: c.unitType.value,
      partyOrgType: c.partyOrgType.value, domain: value(c.domain), secretaryId: secretary ? (secretary.value()[0] ?? null) : null,
      foundedOn: value(c.foundedOn), divisionCode: value(c.divisionCode), status: u.status || 'ACTIVE' }),
  };
}

/**
 * The action buttons of a unit shown in the tree. changed(unit) shows the unit again (and refreshes the tree);
 * gone() is called when the unit was removed.
 */
export function organizationActions(ctx, unit, { changed, gone }) {
  if (!mayChangeUnits(ctx)) return null;
  const t = ctx.t;
  const reload = async () => changed(await ctx.api(`organizations/${unit.id}`));
  const put = (body) => ctx.api(`organizations/${unit.id}`, { method: 'PUT', body, headers: ifMatch(unit.version) });

  const add = async () => {
    const { fields, draft } = unitControls(ctx, null, unit.id);
    const created = await formDialog(ctx, { title: T.add, id: 'org-add', fields, submitText: T.save,
      submit: () => ctx.api('organizations', { method: 'POST', body: draft() }) });
    if (created) { ctx.notify(t(T.saved), 'success'); changed(created); }
  };
  const edit = async () => {
    const { fields, draft } = unitControls(ctx, unit, unit.parentId ?? null);
    const saved = await formDialog(ctx, { title: T.edit, id: 'org-edit', fields, submitText: T.save,
      submit: () => put(draft()), onStale: reload });
    if (saved) { ctx.notify(t(T.saved), 'success'); changed(saved); }
  };
  const move = async () => {
    const parent = unitPicker(ctx, { name: 'parentId', caption: T.newParent, unit: null });
    const saved = await formDialog(ctx, { title: T.move, id: 'org-move', fields: [parent.element], submitText: T.move,
      submit: () => ctx.api(`organizations/${unit.id}/move`, { method: 'POST', body: { parentId: parent.value()[0] ?? null },
        headers: ifMatch(unit.version) }), onStale: reload });
    if (saved) { ctx.notify(t(T.saved), 'success'); changed(saved); }
  };
  const confirmThen = async (title, message, action) => {
    if (!await confirmDialog(ctx, { title, message, confirmText: title, danger: true, id: 'org-confirm' })) return;
    try {
      await action();
    } catch (e) {
      ctx.notify(e.message);
      if (e.status === 409) await reload();
    }
  };
  const dissolve = () => confirmThen(T.dissolve, T.dissolveConfirm, async () => {
    const { draft } = unitControls(ctx, unit, unit.parentId ?? null);
    changed(await put({ ...draft(), secretaryId: unit.secretaryId ?? null, status: 'DISSOLVED' }));
    ctx.notify(t(T.saved), 'success');
  });
  const remove = () => confirmThen(T.remove, T.removeConfirm, async () => {
    await ctx.api(`organizations/${unit.id}`, { method: 'DELETE', headers: ifMatch(unit.version) });
    ctx.notify(t({ zhCN: '已删除。', en: 'Removed.' }), 'success');
    gone();
  });
  const active = unit.status !== 'DISSOLVED';
  return h('div', { class: 'actions', id: 'org-actions' },
    active ? h('button', { type: 'button', id: 'org-add-open', text: t(T.add), onClick: add }) : null,
    h('button', { type: 'button', id: 'org-edit-open', text: t(T.edit), onClick: edit }),
    unit.parentId != null ? h('button', { type: 'button', id: 'org-move-open', text: t(T.move), onClick: move }) : null,
    active && unit.parentId != null ? h('button', { type: 'button', class: 'danger', id: 'org-dissolve-open', text: t(T.dissolve), onClick: dissolve }) : null,
    h('button', { type: 'button', class: 'danger', id: 'org-remove-open', text: t(T.remove), onClick: remove }));
}
