// Sign-in (POST /api/auth/login), and the forced change of an initial password (POST /api/auth/password).
import { h, field, clear } from '../dom.js';

export function renderLogin(root, { t, api, message, switchLang, signedIn }) {
  const errorBox = h('div', { class: 'form-error', role: 'alert', id: 'login-error' });
  const username = h('input', { type: 'text', name: 'username', autocomplete: 'username', required: true, autofocus: true });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const submit = h('button', { type: 'submit', class: 'primary', text: t('login.submit') });
  const form = h('form', { class: 'login-form', 'aria-labelledby': 'login-title', novalidate: true },
    h('h1', { id: 'login-title', text: t('login.title') }),
    errorBox,
    field(t('login.username'), username),
    field(t('login.password'), password),
    submit);
  if (message) errorBox.textContent = message;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    errorBox.textContent = '';
    if (!username.value.trim() || !password.value) {
      errorBox.textContent = t('login.required');
      (username.value.trim() ? password : username).focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = t('login.busy');
    try {
      const response = await api('/api/auth/login', { method: 'POST', raw: true, accept: [401, 404, 423, 429],
        body: { username: username.value.trim(), password: password.value } });
      if (response.status === 404) {
        // TODO(auth): remove once authentication is on main; until then the platform answers without sign-in
        signedIn({ open: true });
        return;
      }
      if (response.status === 401 || response.status === 423 || response.status === 429) {
        errorBox.textContent = t({ 401: 'login.wrong', 423: 'login.locked', 429: 'login.throttled' }[response.status]);
        password.value = '';
        password.focus();
        return;
      }
      const answer = await response.json();
      const value = { token: answer.token, expiresAt: answer.expiresAt, account: answer.account };
      if (answer.mustChangePassword) {
        const name = username.value.trim();
        renderPasswordChange(root, { t, api, token: answer.token, current: password.value,
          // signing in again with the new password gives a session that is not limited to changing it
          done: async (newPassword) => {
            const again = await api('/api/auth/login', { method: 'POST', body: { username: name, password: newPassword } });
            signedIn({ token: again.token, expiresAt: again.expiresAt, account: again.account });
          } });
        return;
      }
      signedIn(value);
    } catch (e) {
      errorBox.textContent = e.message;
    } finally {
      submit.disabled = false;
      submit.textContent = t('login.submit');
    }
  });

  root.append(h('div', { class: 'login-page' },
    h('header', { class: 'login-header' },
      h('img', { src: '/assets/favicon.svg', alt: '', width: 40, height: 40 }),
      h('span', { class: 'login-brand', text: t('app.title') }),
      h('button', { type: 'button', class: 'link-button', id: 'lang-switch', 'aria-label': t('app.lang.switchLabel'),
        text: t('app.lang.switch'), onClick: switchLang })),
    h('main', { id: 'main', tabindex: '-1' }, form)));
  username.focus();
}

function renderPasswordChange(root, { t, api, token, current, done }) {
  const errorBox = h('div', { class: 'form-error', role: 'alert' });
  const currentInput = h('input', { type: 'password', autocomplete: 'current-password', required: true, value: current });
  const next = h('input', { type: 'password', autocomplete: 'new-password', required: true });
  const repeat = h('input', { type: 'password', autocomplete: 'new-password', required: true });
  const form = h('form', { class: 'login-form', 'aria-labelledby': 'password-title', novalidate: true },
    h('h1', { id: 'password-title', text: t('password.title') }), errorBox,
    field(t('password.current'), currentInput), field(t('password.new'), next), field(t('password.repeat'), repeat),
    h('button', { type: 'submit', class: 'primary', text: t('password.submit') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (next.value !== repeat.value) {
      errorBox.textContent = t('password.mismatch');
      repeat.focus();
      return;
    }
    try {
      await fetchWithToken(api, token, { currentPassword: currentInput.value, newPassword: next.value });
      await done(next.value);
    } catch (e) {
      errorBox.textContent = e.message;
    }
  });
  const main = clear(root.querySelector('main'));
  main.append(form);
  next.focus();
}

/** The session is not stored yet while the password must change, so the token is passed explicitly. */
async function fetchWithToken(api, token, body) {
  const { session } = await import('../session.js');
  session.set({ token });
  try {
    await api('/api/auth/password', { method: 'POST', body });
  } finally {
    session.clear();
  }
}
