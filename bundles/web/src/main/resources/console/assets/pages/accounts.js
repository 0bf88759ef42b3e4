// Accounts of the people who work with the platform, for administrators: create an account for a person (linked to
// their member record where there is one), its roles and scope unit (only the roles the server says the reader may
// grant, GET /api/auth/accounts/grantable-roles), reset the password (a one-time password shown once), lock and
// unlock, end its sessions, remove it. Each change is a dialog; refusals show beside their fields.
import { h, field } from '../dom.js';
import { enumLabel } from '../i18n.js';
import { formDialog, confirmDialog } from '../kit/dialog.js';
import { unitPicker, memberPicker, multiSelect } from '../kit/pickers.js';
import { table } from '../kit/table.js';
import { dateTime } from '../kit/format.js';
import { addListedUnits } from '../unit-names.js';

const T = {
  create: { zhCN: '新建账号', en: 'New account' },
  edit: { zhCN: '修改', en: 'Edit' },
  reset: { zhCN: '重置密码', en: 'Reset password' },
  lock: { zhCN: '锁定', en: 'Lock' },
  unlock: { zhCN: '解锁', en: 'Unlock' },
  endSessions: { zhCN: '强制下线', en: 'End sessions' },
  remove: { zhCN: '删除', en: 'Remove' },
  username: { zhCN: '登录名', en: 'User name' },
  usernameHint: { zhCN: '3–64 位小写字母、数字或 . _ -，如：zhangsan', en: '3–64 lower-case letters, digits or . _ -' },
  displayName: { zhCN: '姓名（显示名）', en: 'Name shown' },
  roles: { zhCN: '角色', en: 'Roles' },
  unit: { zhCN: '管理范围（单位）', en: 'Scope unit' },
  member: { zhCN: '对应党员（可不填）', en: 'The person’s member record (optional)' },
  password: { zhCN: '初始密码', en: 'Initial password' },
  passwordHint: { zhCN: '已自动生成，可修改；对方首次登录时须改为自己的密码', en: 'Generated; the person changes it at first sign-in' },
  state: { zhCN: '状态', en: 'State' },
  created: { zhCN: '创建时间', en: 'Created' },
  actions: { zhCN: '操作', en: 'Actions' },
  locked: { zhCN: '已锁定', en: 'Locked' },
  mustChange: { zhCN: '待首次改密', en: 'Must change password' },
  normal: { zhCN: '正常', en: 'Active' },
  everywhere: { zhCN: '全区（不限单位）', en: 'Everywhere' },
  saved: { zhCN: '已保存。', en: 'Saved.' },
  done: { zhCN: '已完成。', en: 'Done.' },
  oneTime: { zhCN: '新的一次性密码（只显示这一次，请当面或电话告知本人）：', en: 'The new one-time password (shown once only; tell the person directly):' },
  removeConfirm: { zhCN: '删除后此人不能再登录（审计日志保留）。确定删除吗？', en: 'The person can no longer sign in (the audit trail keeps the account). Remove?' },
  endConfirm: { zhCN: '此账号在所有浏览器和脚本中的登录都将失效，需要重新登录。确定吗？', en: 'Every session of this account ends; it must sign in again. Continue?' },
  lockConfirm: { zhCN: '锁定后此账号不能登录，直到解锁；现有登录立即失效。确定锁定吗？', en: 'The account cannot sign in until unlocked; its sessions end now. Lock?' },
};

function generatedPassword() {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(14));
  return `${[...bytes].map((b) => alphabet[b % alphabet.length]).join('')}-7a`;
}

export async function render(container, ctx) {
  const { t, api } = ctx;
  const grantable = await api('/api/auth/accounts/grantable-roles').catch(() => []);
  const list = h('div', { id: 'account-list', 'aria-live': 'polite' });
  container.append(h('p', { class: 'muted', text: t({ zhCN: '为本单位及下级单位的工作人员开设账号。只能授予不高于您自己的角色。',
    en: 'Accounts for the people of your unit and the units below it. You grant only roles up to your own.' }) }),
  h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', id: 'account-create-open', text: t(T.create),
    onClick: () => editAccount(null) })), list);

  // the accounts' units, asked for in one request per list (not one per unit)
  const units = new Map();
  async function unitName(id) {
    if (id == null) return t(T.everywhere);
    await addListedUnits(api, units, [id]).catch(() => units);
    return (units.get(id) || { name: `${id}` }).name;
  }

  async function draw() {
    let accounts;
    try {
      accounts = await api('/api/auth/accounts');
    } catch (e) {
      ctx.notify(e.message);
      return;
    }
    await addListedUnits(api, units, accounts.map((a) => a.organizationId).filter((id) => id != null)).catch(() => units);
    const names = await Promise.all(accounts.map((a) => unitName(a.organizationId)));
    const state = (a) => (a.locked ? t(T.locked) : a.mustChangePassword ? t(T.mustChange) : t(T.normal));
    const button = (text, action, a, cls) => h('button', { type: 'button', class: `link-button${cls ? ` ${cls}` : ''}`,
      dataset: { action, username: a.username }, text: t(text), onClick: () => act(action, a) });
    const unitOf = new Map(accounts.map((a, i) => [a.username, names[i]]));
    list.replaceChildren(table(ctx, {
      id: 'account-table',
      caption: { zhCN: '账号', en: 'Accounts' },
      rowAttrs: (a) => ({ dataset: { username: a.username } }),
      rows: accounts,
      columns: [
        { title: T.username, head: true, class: 'mono', render: (a) => a.username },
        { title: T.displayName, render: (a) => a.displayName },
        { title: T.roles, render: (a) => a.roles.map((r) => enumLabel(t, 'Role', r)).join(t('p.list')) },
        { title: T.unit, render: (a) => unitOf.get(a.username) },
        { title: T.state, render: state },
        { title: T.created, render: (a) => dateTime(ctx, a.createdAt) },
        { title: T.actions, render: (a) => h('span', { class: 'row-actions' }, button(T.edit, 'edit', a), button(T.reset, 'reset', a),
          a.locked ? button(T.unlock, 'unlock', a) : button(T.lock, 'lock', a), button(T.endSessions, 'end-sessions', a),
          button(T.remove, 'remove', a, 'danger')) },
      ],
    }));
  }

  async function act(action, account) {
    const path = `/api/auth/accounts/${encodeURIComponent(account.username)}`;
    try {
      if (action === 'edit') {
        await editAccount(account);
        return;
      }
      if (action === 'reset') {
        if (!await confirmDialog(ctx, { title: T.reset, message: { zhCN: `为 ${account.displayName} 生成新的一次性密码？`, en: `A new one-time password for ${account.displayName}?` } })) return;
        const answer = await api(`${path}/reset-password`, { method: 'POST' });
        await confirmDialog(ctx, { title: T.reset, id: 'account-one-time', message: `${t(T.oneTime)} ${answer.temporaryPassword}` });
      } else if (action === 'lock') {
        if (!await confirmDialog(ctx, { title: T.lock, message: T.lockConfirm, danger: true })) return;
        await api(`${path}/lock`, { method: 'POST' });
      } else if (action === 'unlock') {
        await api(`${path}/unlock`, { method: 'POST' });
      } else if (action === 'end-sessions') {
        if (!await confirmDialog(ctx, { title: T.endSessions, message: T.endConfirm })) return;
        await api(`${path}/end-sessions`, { method: 'POST' });
      } else if (action === 'remove') {
        if (!await confirmDialog(ctx, { title: T.remove, message: T.removeConfirm, danger: true, confirmText: T.remove })) return;
        await api(path, { method: 'DELETE' });
      }
      ctx.notify(t(T.done), 'success');
      await draw();
    } catch (e) {
      ctx.notify(e.message);
    }
  }

  async function editAccount(account) {
    const a = account || {};
    const username = h('input', { name: 'username', value: a.username || '', autocomplete: 'off', maxlength: 64, disabled: !!account });
    const displayName = h('input', { name: 'displayName', value: a.displayName || '', maxlength: 100 });
    const roles = multiSelect(ctx, { id: 'account-roles', name: 'roles', caption: T.roles,
      options: grantable.map((r) => [r, enumLabel(t, 'Role', r)]), selected: a.roles || [] });
    const unit = unitPicker(ctx, { name: 'organizationId', caption: T.unit });
    if (a.organizationId != null) unit.set([{ id: a.organizationId, name: await unitName(a.organizationId) }]);
    const member = memberPicker(ctx, { name: 'memberId', caption: T.member });
    if (a.memberId != null) member.set([{ id: a.memberId, name: `${a.memberId}` }]);
    const password = h('input', { name: 'password', value: account ? '' : generatedPassword(), autocomplete: 'new-password', class: 'mono' });
    const fields = [field(t(T.username), username, t(T.usernameHint)), field(t(T.displayName), displayName), roles.element,
      unit.element, member.element, account ? null : field(t(T.password), password, t(T.passwordHint))];
    const body = () => ({ username: account ? account.username : username.value.trim(), displayName: displayName.value.trim() || null,
      roles: roles.value(), organizationId: unit.value()[0] ?? null, memberId: member.value()[0] ?? null,
      ...(account ? {} : { password: password.value }) });
    const saved = await formDialog(ctx, { title: account ? T.edit : T.create, id: 'account-dialog', fields, submitText: { zhCN: '保存', en: 'Save' },
      submit: () => (account ? api(`/api/auth/accounts/${encodeURIComponent(account.username)}`, { method: 'PUT', body: body() })
        : api('/api/auth/accounts', { method: 'POST', body: body() })) });
    if (saved) {
      ctx.notify(t(T.saved), 'success');
      await draw();
    }
  }

  await draw();
}
