// Modules: what the platform offers, what is installed and running, what failed (and why), and per-unit
// enablement. System administrators install and uninstall (at runtime, through Karaf's feature service);
// administrators enable a module for the scope unit and everything below it.
import { h, clear, append } from '../dom.js';
import { confirmDialog } from '../kit/dialog.js';

export async function render(container, ctx) {
  const { t, api } = ctx;
  const isSystemAdmin = ctx.roles.includes('SYSTEM_ADMIN');
  const mayEnable = isSystemAdmin || ctx.roles.includes('DISTRICT_ADMIN') || ctx.roles.includes('UNIT_ADMIN');
  const list = h('div', { id: 'module-list', 'aria-live': 'polite' });
  append(container, [h('p', { class: 'intro', text: t('mod.intro') }),
    isSystemAdmin ? null : h('p', { class: 'muted', text: t('mod.readOnly') }), list]);

  async function draw() {
    await ctx.reloadModules();
    const { registry, registryError, uiFailures } = ctx.registry();
    clear(list);
    if (!registry) {
      list.append(h('p', { class: 'muted', text: t('mod.unavailable') }));
      if (registryError) ctx.notify(registryError.message);
      return;
    }
    if (!registry.length) {
      list.append(h('p', { class: 'muted', text: t('mod.none') }));
      return;
    }
    const enabled = new Map();
    if (ctx.unit) {
      await Promise.all(registry.filter((m) => m.state !== 'AVAILABLE').map(async (m) => {
        try {
          const answer = await api(`/api/core/modules/${encodeURIComponent(m.id)}/enablement?unit=${ctx.unit.id}`);
          enabled.set(m.id, Boolean(answer && answer.enabled));
        } catch (e) {
          ctx.notify(e.message);
        }
      }));
    }
    const failures = new Map(uiFailures.map((f) => [f.module.id, f.error]));
    const header = ['mod.name', 'mod.version', 'mod.category', 'mod.state',
      ctx.unit ? t('mod.enabledFor', { name: ctx.unit.name }) : null, 'mod.actions'].filter(Boolean);
    const rows = registry.slice().sort((a, b) => a.id.localeCompare(b.id)).map((m) => {
      const name = t(m.name);
      const stateText = t(`mod.state.${m.state}`);
      const problems = [m.state === 'FAILED' && m.reason ? m.reason : null,
        failures.has(m.id) ? `${t('mod.uiFailed')}${t('p.colon')}${failures.get(m.id).message || failures.get(m.id)}` : null].filter(Boolean);
      const actions = [];
      if (isSystemAdmin && m.state === 'AVAILABLE') {
        actions.push(h('button', { type: 'button', class: 'primary', dataset: { action: 'install', module: m.id },
          text: t('mod.install'), 'aria-label': `${t('mod.install')} ${name}`,
          onClick: (e) => act(e.currentTarget, 'install', m, name) }));
      }
      if (isSystemAdmin && m.state !== 'AVAILABLE') {
        actions.push(h('button', { type: 'button', class: 'danger', dataset: { action: 'uninstall', module: m.id },
          text: t('mod.uninstall'), 'aria-label': `${t('mod.uninstall')} ${name}`,
          onClick: async (e) => {
            const button = e.currentTarget;
            const sure = await confirmDialog(ctx, { title: t('mod.uninstall'), message: t('mod.confirmUninstall', { name }),
              confirmText: t('mod.uninstall'), danger: true, id: 'module-uninstall-dialog' });
            if (sure) await act(button, 'uninstall', m, name);
          } }));
      }
      let enableCell = null;
      if (ctx.unit) {
        const box = h('input', { type: 'checkbox', dataset: { enable: m.id }, checked: enabled.get(m.id) === true,
          disabled: m.state !== 'ACTIVE' || !mayEnable, 'aria-label': `${name}${t('p.colon')}${t('mod.enabledFor', { name: ctx.unit.name })}`,
          onChange: (e) => enable(e.currentTarget, m, name) });
        enableCell = h('td', { class: 'center' }, box);
      }
      return h('tr', { dataset: { module: m.id, state: m.state } },
        h('th', { scope: 'row' }, h('span', { class: 'module-name', text: name }),
          m.description ? h('small', { class: 'module-description', text: t(m.description) }) : null),
        h('td', { text: m.version || '—' }),
        h('td', { text: t(`mod.category.${m.category}`) }),
        h('td', {}, h('span', { class: `state state-${m.state}`, text: stateText }),
          problems.map((p) => h('small', { class: 'state-reason', text: p })), nodeStates(m)),
        enableCell,
        h('td', { class: 'actions-cell' }, actions));
    });
    list.append(h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('mod.title') },
      h('table', { class: 'data-table', id: 'module-table' },
        h('thead', {}, h('tr', {}, header.map((c) => h('th', { scope: 'col', text: t(c) })))),
        h('tbody', {}, rows))));
  }

  // several nodes on one database: each node's state of the module set (a single node shows nothing more)
  function nodeStates(m) {
    if (!m.nodes || m.nodes.length < 2) return null;
    return h('ul', { class: 'module-nodes', 'aria-label': t('mod.nodes'), dataset: { nodes: m.id } },
      m.nodes.map((n) => h('li', { dataset: { node: n.node, state: n.state } },
        h('small', { text: `${n.node}${t('p.colon')}${t(`mod.node.${n.state}`)}` }),
        n.reason ? h('small', { class: 'state-reason', text: n.reason }) : null)));
  }

  async function act(button, action, module, name) {
    button.disabled = true;
    ctx.notify(t(action === 'install' ? 'mod.installing' : 'mod.uninstalling', { name }), 'info');
    try {
      await api(`/api/core/modules/${encodeURIComponent(module.id)}/${action}`, { method: 'POST' });
      ctx.notify(t(action === 'install' ? 'mod.installed' : 'mod.uninstalled', { name }), 'success');
    } catch (e) {
      ctx.notify(e.message);
    }
    await draw();
  }

  async function enable(box, module, name) {
    const wanted = box.checked;
    box.disabled = true;
    try {
      await api(`/api/core/modules/${encodeURIComponent(module.id)}/enablement/${ctx.unit.id}`, {
        method: 'PUT', body: { enabled: wanted, settings: {} } });
      ctx.notify(t(wanted ? 'mod.enabled' : 'mod.disabled', { name, unit: ctx.unit.name }), 'success');
    } catch (e) {
      box.checked = !wanted;
      ctx.notify(e.message);
    }
    await draw();
  }

  await draw();
}
