// The console shell: sign-in, the frame (header, navigation, notices), hash routing, and loading the pages that
// active modules contribute (see docs/ui-contributions.md). Everything is built with DOM calls (dom.js): no HTML
// strings, no inline handlers, so the strict Content-Security-Policy of the console holds.
import { h, clear, uid } from './dom.js';
import { translator, initialLang, saveLang, enumLabel } from './i18n.js';
import { session } from './session.js';
import { createApi } from './api.js';
import { loadModuleUis } from './modules.js';
import { renderLogin } from './pages/login.js';
import { busy } from './readiness.js';
import { inboxBadge } from './inbox-badge.js';
import { account, roles, can, mayOpen } from './access.js';
import { readQuery, writeQuery, mergeQuery, scopeInAddress } from './url-state.js';
import { notify, clearNotices, useTranslator } from './notices.js';
import { CORE_PAGES } from './core-pages.js';

const state = {
  lang: initialLang(),
  t: translator(initialLang()),
  /** The platform's module registry (GET /api/core/modules), or null when it cannot be read. */
  registry: null,
  registryError: null,
  /** Pages contributed by modules: [{module, ui}], and the modules whose UI failed to load: [{module, error}]. */
  uis: [],
  uiFailures: [],
  /** Functions to run when the current page is left (charts to dispose, timers to stop). */
  cleanups: [],
  frame: null,
};

const api = createApi({ token: () => session.token(), t: (key) => state.t(key), lang: () => state.lang,
  onUnauthorized: sessionEnded });

function setLang(lang) {
  state.lang = lang;
  state.t = translator(lang);
  useTranslator(state.t);
  saveLang(lang);
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  document.title = state.t('app.title');
  const skip = document.getElementById('skip-link');
  if (skip) skip.textContent = state.t('app.skip');
}

function sessionEnded() {
  session.clear();
  showLogin(state.t('login.expired'));
}

// ---- sign-in -------------------------------------------------------------------------------------------------

function showLogin(message) {
  runCleanups();
  state.frame = null;
  const root = clear(document.getElementById('app'));
  renderLogin(root, {
    t: state.t,
    lang: state.lang,
    api,
    message,
    switchLang: () => { setLang(state.lang === 'en' ? 'zh-CN' : 'en'); showLogin(message); },
    signedIn: (value) => { session.set(value); start(); },
  });
}

async function logout() {
  if (session.token()) {
    try {
      await api('/api/auth/logout', { method: 'POST' });
    } catch {
      // the token is dropped here anyway; an unreachable server cannot keep it alive
    }
  }
  session.clear();
  history.replaceState(null, '', '#/');
  showLogin();
}

// ---- start-up ------------------------------------------------------------------------------------------------

async function start() {
  const done = busy();
  try {
    await startFrame();
  } finally {
    done();
  }
}

async function startFrame() {
  const s = session.get();
  if (!s) {
    showLogin();
    return;
  }
  if (s.token) {
    try {
      const me = await api('/api/auth/me');
      session.set({ ...s, account: me.account || me });
    } catch (e) {
      if (e.status === 401) return; // sessionEnded already shows the sign-in page
      // the account from the sign-in answer is still good enough to draw the console
    }
  }
  await ensureScope();
  await reloadModules();
  renderFrame();
  await route();
}

/** The scope defaults to the account's unit, or (for the whole platform) the first root of the tree. */
async function ensureScope() {
  if (session.scope()) return;
  try {
    const unitId = account() && account().organizationId;
    if (unitId) {
      session.setScope(await api(`organizations/${unitId}`));
    } else {
      const roots = await api('organizations/roots');
      if (roots.length) session.setScope(roots[0]);
      // an empty installation opens on its first-setup page (without a new history entry)
      state.emptyTree = !roots.length;
      const setup = CORE_PAGES.find((p) => p.path === 'setup');
      if (state.emptyTree && mayOpen(setup) && ['', 'dashboard'].includes(currentPath())) history.replaceState(null, '', '#/setup');
    }
  } catch (e) {
    state.startupError = e;
  }
}

/** Reads the module registry and loads the UIs of modules that are active and enabled for the scope. */
async function reloadModules() {
  const done = busy();
  try {
    const result = await loadModuleUis(api, session.scope());
    Object.assign(state, result);
    if (state.frame) renderNav();
  } finally {
    done();
  }
}

// ---- the frame -----------------------------------------------------------------------------------------------

function renderFrame() {
  const t = state.t;
  const root = clear(document.getElementById('app'));
  const navId = 'nav';
  const menuButton = h('button', { type: 'button', class: 'menu-toggle', 'aria-controls': navId, 'aria-expanded': 'false',
    text: t('app.menu') });
  const nav = h('nav', { id: navId, class: 'nav', 'aria-label': t('nav.main') });
  menuButton.addEventListener('click', () => {
    const open = nav.classList.toggle('open');
    menuButton.setAttribute('aria-expanded', String(open));
  });
  const scope = session.scope();
  const who = account();
  const s = session.get();
  const header = h('header', { class: 'topbar' },
    menuButton,
    h('a', { class: 'brand', href: '#/dashboard' }, h('img', { src: '/assets/favicon.svg', alt: '', width: 28, height: 28 }),
      h('span', { class: 'brand-long', text: t('app.title') }), h('span', { class: 'brand-short', text: t('app.short') })),
    h('div', { class: 'scope' },
      h('span', { class: 'scope-label', text: `${t('app.scope')}${t('p.colon')}` }),
      h('a', { href: '#/organizations', class: 'scope-name', id: 'scope-name', title: t('app.scope.change'),
        text: scope ? scope.name : t('app.scope.none') })),
    h('div', { class: 'topbar-actions' },
      inboxBadge(api, t),
      h('button', { type: 'button', class: 'link-button', id: 'lang-switch', lang: state.lang === 'en' ? 'zh-CN' : 'en',
        'aria-label': t('app.lang.switchLabel'), text: t('app.lang.switch'),
        onClick: () => { setLang(state.lang === 'en' ? 'zh-CN' : 'en'); renderFrame(); route(); } }),
      s && s.open
        ? h('span', { class: 'user', text: t('app.openMode') })
        : h('span', { class: 'user' }, h('span', { class: 'visually-hidden', text: `${t('app.user')}${t('p.colon')}` }),
          who ? `${who.displayName || who.username}${t('p.open')}${(who.roles || []).map((r) => enumLabel(t, 'Role', r)).join(t('p.list'))}${t('p.close')}` : ''),
      s && s.open ? null : h('button', { type: 'button', class: 'link-button', id: 'logout', text: t('app.logout'), onClick: logout })));
  const main = h('main', { id: 'main', class: 'main', tabindex: '-1' },
    h('div', { id: 'notices', class: 'notices' }),
    h('div', { id: 'page', class: 'page' }));
  root.append(header, h('div', { class: 'layout' }, nav, main));
  state.frame = { nav, main, menuButton };
  renderNav();
  if (state.startupError) {
    notify(state.startupError.message);
    state.startupError = null;
  }
}

function currentPath() {
  const hash = location.hash.replace(/^#\/?/, '');
  return hash.split('?')[0];
}

function renderNav() {
  const { t } = state;
  const nav = clear(state.frame.nav);
  const here = currentPath().split('/')[0] === 'm' ? currentPath().split('/').slice(0, 3).join('/') : currentPath().split('/')[0];
  const link = (href, label, key, extra) => {
    const a = h('a', { href: `#/${href}`, class: 'nav-link', dataset: { nav: key }, text: label });
    if (href === here || (here === '' && href === 'dashboard')) a.setAttribute('aria-current', 'page');
    return h('li', {}, a, extra);
  };
  nav.append(h('ul', { class: 'nav-list' }, CORE_PAGES.filter((p) => mayOpen(p) && (!p.onlyWhenEmpty || state.emptyTree)).map((p) => link(p.path, t(p.title), p.path))));
  const modulePages = [];
  for (const { module, ui } of state.uis) {
    for (const page of ui.pages || []) {
      modulePages.push(link(`m/${module.id}/${page.path}`, t(page.title), `${module.id}/${page.path}`));
    }
  }
  const failures = state.uiFailures.map(({ module }) => h('li', { class: 'nav-failed' },
    h('span', { text: `${t(module.name)}${t('p.colon')}${t('nav.failed')}` })));
  if (modulePages.length || failures.length) {
    const headingId = uid('navsec');
    nav.append(h('h2', { class: 'nav-section', id: headingId, text: t('nav.moduleSection') }),
      h('ul', { class: 'nav-list', 'aria-labelledby': headingId }, modulePages, failures));
  }
}

// ---- routing -------------------------------------------------------------------------------------------------

function runCleanups() {
  for (const fn of state.cleanups.splice(0)) {
    try {
      fn();
    } catch {
      // a page's cleanup failing must not keep the next page from showing
    }
  }
}

/** Counts page changes, so that a slow request of a page already left cannot report into the next one. */
let generation = 0;

function pageContext(container, params, module = null) {
  const mine = generation;
  const current = () => mine === generation;
  return {
    api,
    t: state.t,
    lang: state.lang,
    unit: session.scopeUnit(),
    account: account(),
    roles: roles(),
    /** Whether the reader holds a core permission ('core.member.write' …): offer only what the server allows. */
    can,
    params,
    /** The page's state in the address (url-state.js): read it when drawing, write it on search and paging. */
    query: readQuery(),
    setQuery: writeQuery,
    /** Changes some keys of the address's query and keeps the rest ({key: null} removes one). */
    mergeQuery,
    /** The module whose page this is (null on core's pages): year pickers start at its own newest year. */
    module,
    h,
    notify: (message, kind) => { if (current()) notify(message, kind); },
    navigate: (hash) => { location.hash = hash; },
    onCleanup: (fn) => state.cleanups.push(fn),
    /** Changes the scope for every page; the module navigation follows the new unit's enablement. */
    setScope: async (unit) => {
      applyScope(unit);
      // an address that names the scope names the new one (a step back returns to the old scope)
      if (scopeInAddress() !== null) mergeQuery({});
      await reloadModules();
    },
    reloadModules,
    /** Ends the session here and shows the sign-in page with a message (after the reader changed their password). */
    signInAgain: (message) => { session.clear(); showLogin(message); },
    registry: () => ({ registry: state.registry, registryError: state.registryError, uiFailures: state.uiFailures }),
    /** The pages of the modules loaded for the scope ([{module, ui}]), for the sections they add to core's records. */
    moduleUis: () => state.uis,
    container,
  };
}

function applyScope(unit) {
  session.setScope(unit);
  const name = document.getElementById('scope-name');
  if (name) name.textContent = unit.name;
}

/**
 * An address naming another scope than the current one (?scope=12: a link, a reload, Back or Forward to a list of
 * another unit) switches the scope to that unit before the page draws, and says so above the page.
 */
async function followScopeInAddress() {
  const wanted = scopeInAddress();
  const scope = session.scope();
  if (wanted === null || (scope && scope.id === wanted)) return;
  try {
    const unit = await api(`organizations/${wanted}`);
    applyScope(unit);
    await reloadModules();
    notify(state.t('org.scopeSet', { name: unit.name }), 'info');
  } catch (e) {
    notify(e.message);
  }
}

async function route() {
  if (!state.frame) return;
  const done = busy();
  try {
    await routePage();
  } finally {
    done();
  }
}

async function routePage() {
  generation += 1;
  runCleanups();
  clearNotices();
  state.frame.nav.classList.remove('open');
  state.frame.menuButton.setAttribute('aria-expanded', 'false');
  await followScopeInAddress();
  const path = currentPath() || 'dashboard';
  const [first, ...rest] = path.split('/');
  renderNav();
  const container = clear(document.getElementById('page'));
  const { t } = state;
  let title;
  let render;
  if (first === 'm') {
    const [moduleId, ...pagePath] = rest;
    const found = state.uis.find((u) => u.module.id === moduleId);
    const page = found && (found.ui.pages || []).find((p) => p.path === (pagePath[0] || ''));
    if (page) {
      title = t(page.title);
      render = (c, ctx) => page.render(c, ctx);
    }
  } else {
    const page = CORE_PAGES.find((p) => p.path === first);
    if (page && mayOpen(page)) {
      title = t(page.title);
      const loaded = await page.load();
      render = (c, ctx) => loaded.render(c, ctx);
    } else if (page) {
      title = t('page.forbidden');
    }
  }
  if (!render) {
    title = title || t('page.notFound');
    container.append(h('h1', { tabindex: '-1', text: title }), h('p', { text: t('page.notFound.detail') }));
    focusHeading(container);
    return;
  }
  document.title = `${title} · ${t('app.title')}`;
  const heading = h('h1', { tabindex: '-1', class: 'page-title', text: title });
  const body = h('div', { class: 'page-body' });
  container.append(heading, body);
  focusHeading(container);
  try {
    // a module page gets the segments after its own path (#/m/<id>/<page>/42 → ['42']), as docs/ui-contributions.md says
    await render(body, pageContext(body, first === 'm' ? rest.slice(2) : rest, first === 'm' ? rest[0] : null));
  } catch (e) {
    notify(e.message || String(e));
  }
}

/** Moves the focus to the new page's heading so screen readers announce it (not on the first load). */
let firstRoute = true;
function focusHeading(container) {
  if (firstRoute) {
    firstRoute = false;
    return;
  }
  const heading = container.querySelector('h1');
  if (heading) heading.focus();
}

window.addEventListener('hashchange', () => route());
document.addEventListener('DOMContentLoaded', () => {
  const skip = document.getElementById('skip-link');
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    const main = document.getElementById('main');
    if (main) main.focus();
  });
});

setLang(state.lang);
start();
