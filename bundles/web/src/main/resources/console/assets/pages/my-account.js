// The reader's own account: who they are signed in as, their roles and scope, and changing their password. The
// current-password field starts empty and visible as a password field; a wrong current password is refused beside
// that field (422), never taken for an ended session. After a change every session ends, so the console asks the
// reader to sign in with the new password.
import { h, field } from '../dom.js';
import { enumLabel } from '../i18n.js';
import { submitForm } from '../kit/forms.js';

const T = {
  who: { zhCN: '账号信息', en: 'Your account' },
  username: { zhCN: '登录名', en: 'User name' },
  displayName: { zhCN: '姓名', en: 'Name' },
  roles: { zhCN: '角色', en: 'Roles' },
  unit: { zhCN: '管理范围', en: 'Scope' },
  everywhere: { zhCN: '全区（不限单位）', en: 'Everywhere' },
  change: { zhCN: '修改密码', en: 'Change password' },
  current: { zhCN: '当前密码', en: 'Current password' },
  next: { zhCN: '新密码', en: 'New password' },
  nextHint: { zhCN: '至少 12 位，包含字母和数字，不要与登录名相同', en: 'At least 12 characters with letters and digits, not your user name' },
  repeat: { zhCN: '再次输入新密码', en: 'New password again' },
  mismatch: { zhCN: '两次输入的新密码不一致', en: 'The two new passwords differ' },
  changed: { zhCN: '密码已修改。请用新密码重新登录。', en: 'Password changed. Sign in with the new password.' },
};

export async function render(container, ctx) {
  const { t, api } = ctx;
  const me = await api('/api/auth/me').catch((e) => { ctx.notify(e.message); return null; });
  if (!me) return;
  const unit = me.organizationId == null ? t(T.everywhere)
    : await api(`organizations/${me.organizationId}`).then((u) => u.name, () => `${me.organizationId}`);
  container.append(h('section', { class: 'panel', 'aria-labelledby': 'my-account-who' },
    h('h2', { id: 'my-account-who', text: t(T.who) }),
    h('dl', { class: 'facts', id: 'my-account-facts' }, [[T.username, me.username], [T.displayName, me.displayName],
      [T.roles, (me.roles || []).map((r) => enumLabel(t, 'Role', r)).join(t('p.list'))], [T.unit, unit]]
      .map(([k, v]) => [h('dt', { text: t(k) }), h('dd', { text: v || '—' })]))));

  const current = h('input', { type: 'password', name: 'currentPassword', autocomplete: 'current-password', value: '' });
  const next = h('input', { type: 'password', name: 'newPassword', autocomplete: 'new-password' });
  const repeat = h('input', { type: 'password', name: 'repeatPassword', autocomplete: 'new-password' });
  const form = h('form', { class: 'stacked-form panel', id: 'password-form', novalidate: true },
    h('h2', { text: t(T.change) }), field(t(T.current), current), field(t(T.next), next, t(T.nextHint)), field(t(T.repeat), repeat),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t(T.change) })));
  container.append(form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const done = await submitForm(ctx, form, async () => {
      if (next.value !== repeat.value) {
        const error = new Error(t(T.mismatch));
        error.errors = [{ field: 'repeatPassword', reason: t(T.mismatch) }];
        throw error;
      }
      return api('/api/auth/password', { method: 'POST', body: { currentPassword: current.value, newPassword: next.value } });
    });
    if (done !== undefined) ctx.signInAgain(t(T.changed));
  });
}
