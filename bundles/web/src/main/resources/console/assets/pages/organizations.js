// The organization tree: browse (an ARIA tree with full keyboard support, children loaded on demand), search by
// name, show a unit, and make it the scope of every other page.
import { h, clear, field, uid } from '../dom.js';
import { enumLabel } from '../i18n.js';
import { formatDate } from '../format.js';
import { organizationActions } from './organization-actions.js';
import { appendRecordSections } from '../record-sections.js';
import { addListedUnits, idsAbove } from '../unit-names.js';

export async function render(container, ctx) {
  const { t, api } = ctx;
  const detail = h('section', { class: 'panel org-detail', 'aria-labelledby': 'org-detail-title', 'aria-live': 'polite' },
    h('h2', { id: 'org-detail-title', text: t('org.detail') }), h('p', { class: 'muted', text: t('org.select') }));
  const tree = h('ul', { role: 'tree', class: 'tree', id: 'org-tree', 'aria-label': t('org.tree') });
  const results = h('div', { class: 'search-results', id: 'org-results' });
  const query = h('input', { type: 'search', name: 'name', id: 'org-search', placeholder: t('org.search.placeholder') });
  const searchForm = h('form', { class: 'inline-form', role: 'search', 'aria-label': t('org.search') },
    field(t('org.search'), query), h('button', { type: 'submit', text: t('common.search') }));

  container.append(h('div', { class: 'split' },
    h('section', { class: 'panel', 'aria-labelledby': 'org-tree-title' },
      h('h2', { id: 'org-tree-title', text: t('org.tree') }), searchForm, results, tree),
    detail));

  async function show(unit) {
    const body = clear(detail);
    body.append(h('h2', { id: 'org-detail-title', text: unit.name }));
    let ancestors = [];
    try {
      const known = await addListedUnits(api, new Map(), idsAbove(unit));
      ancestors = idsAbove(unit).map((id) => known.get(id)).filter(Boolean);
    } catch (e) {
      ctx.notify(e.message);
    }
    const rows = [
      ['org.code', unit.code],
      ['org.path', ancestors.map((a) => a.name).join(' › ') || '—'],
      ['org.unitType', enumLabel(t, 'UnitType', unit.unitType)],
      ['org.partyOrgType', enumLabel(t, 'PartyOrgType', unit.partyOrgType)],
      ['org.domain', enumLabel(t, 'Domain', unit.domain)],
      ['org.foundedOn', formatDate(unit.foundedOn, ctx.lang)],
      ['org.divisionCode', unit.divisionCode || '—'],
      ['org.status', enumLabel(t, 'OrgStatus', unit.status)],
    ];
    // the secretary by name and the members of the subtree, so that a unit can be told apart at a glance
    const [secretary, members] = await Promise.all([
      unit.secretaryId == null ? null : api(`members/${unit.secretaryId}`).then((m) => m.name, () => null),
      api(`members?subtreeOf=${unit.id}&size=1`).then((p) => p.total, () => null)]);
    rows.push(['org.secretary', secretary || '—'], ['org.memberCount', members == null ? '—' : String(members)]);
    body.append(h('dl', { class: 'facts', id: 'org-facts' }, rows.map(([key, value]) => [h('dt', { text: t(key) }), h('dd', { text: value })])));
    const scopeButton = h('button', { type: 'button', class: 'primary', id: 'set-scope', text: t('org.setScope'),
      onClick: async () => {
        await ctx.setScope(unit);
        ctx.notify(t('org.scopeSet', { name: unit.name }), 'success');
      } });
    const membersButton = h('button', { type: 'button', text: t('org.showMembers'),
      // the members' list of this unit's scope: the console switches to it and says so above the list
      onClick: () => ctx.navigate(`#/members?scope=${unit.id}`) });
    body.append(h('div', { class: 'actions' }, scopeButton, membersButton),
      organizationActions(ctx, { ...unit, secretaryName: secretary }, {
        changed: async (changed) => {
          await Promise.all([unit.parentId, changed.parentId, changed.id].map(refreshBranch));
          show(changed);
        },
        gone: async () => {
          await refreshBranch(unit.parentId);
          body.replaceChildren(h('h2', { id: 'org-detail-title', text: t('org.detail') }), h('p', { class: 'muted', text: t('org.select') }));
        } }));
    await appendRecordSections(body, ctx, 'organization', unit);
  }

  /** Opens the tree down to {@code unit} (each unit above it expanded) and selects it there. */
  async function reveal(unit) {
    const ids = (unit.path || '').split('/').filter(Boolean).map(Number);
    for (const id of ids.slice(0, -1)) {
      const li = tree.querySelector(`[role=treeitem][data-id="${id}"]`);
      if (li) await expand(li);
    }
    const target = tree.querySelector(`[role=treeitem][data-id="${unit.id}"]`);
    if (target) {
      choose(target);
      target.scrollIntoView({ block: 'center' });
    } else {
      show(unit);
    }
  }

  /** Loads a unit's children again after a change (a unit added, moved, renamed or removed below it). */
  async function refreshBranch(id) {
    const li = id == null ? null : tree.querySelector(`[role=treeitem][data-id="${id}"]`);
    if (!li) return;
    const group = li.querySelector(':scope > [role=group]');
    if (group) group.remove();
    li.setAttribute('aria-expanded', 'false');
    await expand(li);
  }

  // ---- the tree ------------------------------------------------------------------------------------------------

  function item(unit, level) {
    const label = h('span', { class: 'tree-label' },
      h('span', { class: 'tree-name', text: unit.name }),
      h('span', { class: 'tree-type', text: enumLabel(t, 'UnitType', unit.unitType) }));
    const li = h('li', { role: 'treeitem', 'aria-level': level, 'aria-expanded': 'false', 'aria-selected': 'false',
      tabindex: '-1', class: 'tree-item', dataset: { id: unit.id } },
    h('span', { class: 'tree-toggle', 'aria-hidden': 'true' }), label);
    li.unit = unit;
    return li;
  }

  function visibleItems() {
    return [...tree.querySelectorAll('[role=treeitem]')].filter((el) => !el.closest('[role=group][hidden]'));
  }

  function focusItem(el) {
    for (const other of tree.querySelectorAll('[role=treeitem][tabindex="0"]')) other.setAttribute('tabindex', '-1');
    el.setAttribute('tabindex', '0');
    el.focus();
  }

  async function expand(li) {
    if (li.getAttribute('aria-expanded') !== 'false') return;
    let group = li.querySelector(':scope > [role=group]');
    if (!group) {
      li.setAttribute('aria-busy', 'true');
      try {
        const children = await api(`organizations/${li.unit.id}/children`);
        li.removeAttribute('aria-busy');
        if (!children.length) {
          li.removeAttribute('aria-expanded');
          return;
        }
        const level = Number(li.getAttribute('aria-level')) + 1;
        group = h('ul', { role: 'group' }, children.map((c) => item(c, level)));
        li.append(group);
      } catch (e) {
        li.removeAttribute('aria-busy');
        ctx.notify(e.message);
        return;
      }
    }
    group.hidden = false;
    li.setAttribute('aria-expanded', 'true');
  }

  function collapse(li) {
    const group = li.querySelector(':scope > [role=group]');
    if (group) group.hidden = true;
    if (li.hasAttribute('aria-expanded')) li.setAttribute('aria-expanded', 'false');
  }

  function choose(li) {
    for (const other of tree.querySelectorAll('[aria-selected=true]')) other.setAttribute('aria-selected', 'false');
    li.setAttribute('aria-selected', 'true');
    focusItem(li);
    show(li.unit);
  }

  tree.addEventListener('click', (event) => {
    const li = event.target.closest('[role=treeitem]');
    if (!li) return;
    if (event.target.closest('.tree-toggle')) {
      if (li.getAttribute('aria-expanded') === 'true') collapse(li);
      else expand(li);
      focusItem(li);
      return;
    }
    choose(li);
    expand(li);
  });

  tree.addEventListener('keydown', async (event) => {
    const li = event.target.closest('[role=treeitem]');
    if (!li) return;
    const items = visibleItems();
    const index = items.indexOf(li);
    const handled = true;
    switch (event.key) {
      case 'ArrowDown': if (items[index + 1]) focusItem(items[index + 1]); break;
      case 'ArrowUp': if (items[index - 1]) focusItem(items[index - 1]); break;
      case 'Home': focusItem(items[0]); break;
      case 'End': focusItem(items[items.length - 1]); break;
      case 'ArrowRight':
        if (li.getAttribute('aria-expanded') === 'false') await expand(li);
        else if (li.getAttribute('aria-expanded') === 'true') {
          const first = li.querySelector(':scope > [role=group] > [role=treeitem]');
          if (first) focusItem(first);
        }
        break;
      case 'ArrowLeft':
        if (li.getAttribute('aria-expanded') === 'true') collapse(li);
        else {
          const parent = li.parentElement.closest('[role=treeitem]');
          if (parent) focusItem(parent);
        }
        break;
      case 'Enter':
      case ' ':
        choose(li);
        break;
      default:
        return;
    }
    if (handled) event.preventDefault();
  });

  // ---- search --------------------------------------------------------------------------------------------------

  // the words searched for live in the address (#/organizations?name=…): Back and reload show the same results
  searchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    ctx.mergeQuery({ name: query.value.trim() });
    search();
  });
  async function search() {
    clear(results);
    const name = query.value.trim();
    if (!name) return;
    try {
      const page = await api(`organizations?name=${encodeURIComponent(name)}&size=20&sort=name`);
      const listId = uid('results');
      results.append(h('h3', { id: listId, text: `${t('org.results')}（${page.total}）` }));
      if (!page.items.length) {
        results.append(h('p', { class: 'muted', text: t('common.empty') }));
        return;
      }
      results.append(h('ul', { class: 'result-list', 'aria-labelledby': listId }, page.items.map((unit) => h('li', {},
        h('button', { type: 'button', class: 'link-button result', dataset: { id: unit.id },
          onClick: () => reveal(unit) },
        h('span', { text: unit.name }), h('span', { class: 'tree-type', text: enumLabel(t, 'UnitType', unit.unitType) }))))));
    } catch (e) {
      ctx.notify(e.message);
    }
  }
  if (ctx.query.get('name')) {
    query.value = ctx.query.get('name');
    search();
  }

  // ---- first view: the roots, expanded one level, with the scope selected when it is one of them ------------------

  try {
    const roots = await api('organizations/roots');
    if (!roots.length) {
      tree.replaceWith(h('p', { class: 'muted', text: t('org.noRoots') }));
      return;
    }
    for (const root of roots) tree.append(item(root, 1));
    const items = visibleItems();
    items[0].setAttribute('tabindex', '0');
    await Promise.all(items.map(expand));
    const scopeItem = ctx.unit && tree.querySelector(`[role=treeitem][data-id="${ctx.unit.id}"]`);
    if (scopeItem) {
      for (const other of tree.querySelectorAll('[tabindex="0"]')) other.setAttribute('tabindex', '-1');
      scopeItem.setAttribute('tabindex', '0');
      scopeItem.setAttribute('aria-selected', 'true');
      show(scopeItem.unit);
    } else if (ctx.unit) {
      show(await api(`organizations/${ctx.unit.id}`));
    }
  } catch (e) {
    ctx.notify(e.message);
  }
}
