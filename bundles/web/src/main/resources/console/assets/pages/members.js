// Members: search within the scope's subtree (paged table), and one member's record with transfer history.
// Personal data (ID number, phone) is masked by the server according to the reader's role; shown as it comes.
import { h, clear, field, select } from '../dom.js';
import { enumLabel } from '../i18n.js';
import { formatDate } from '../format.js';
import { addMember, memberActions, mayChangeMembers, ADD_MEMBER_TEXT } from './member-actions.js';
import { appendRecordSections } from '../record-sections.js';
import { addListedUnits, idsAbove } from '../unit-names.js';

const PAGE_SIZE = 20;

export async function render(container, ctx) {
  if (ctx.params[0]) {
    await renderDetail(container, ctx, ctx.params[0]);
    return;
  }
  const { t, api } = ctx;
  if (!ctx.unit) {
    container.append(h('p', { class: 'muted', text: t('dash.noScope') }));
    return;
  }
  const name = h('input', { type: 'search', name: 'name', id: 'member-name' });
  const idNumber = h('input', { type: 'search', name: 'idNumber', id: 'member-id-number', inputmode: 'text', autocomplete: 'off' });
  // the last four characters and the phone are what people say on the phone ("尾号 1234"); both are audited lookups
  const idNumberSuffix = h('input', { type: 'search', name: 'idNumberSuffix', id: 'member-id-suffix', maxlength: 4,
    inputmode: 'text', autocomplete: 'off' });
  const phone = h('input', { type: 'search', name: 'phone', id: 'member-phone', inputmode: 'tel', autocomplete: 'off' });
  const category = select([['', t('common.all')], ['FULL', enumLabel(t, 'MemberCategory', 'FULL')],
    ['PROBATIONARY', enumLabel(t, 'MemberCategory', 'PROBATIONARY')]], { name: 'category', id: 'member-category' });
  const status = select([['', t('common.all')], ...['NORMAL', 'LOST_CONTACT', 'FLOATING', 'LEFT']
    .map((s) => [s, enumLabel(t, 'MemberStatus', s)])], { name: 'status', id: 'member-status' });
  const tag = h('input', { type: 'search', name: 'tag', id: 'member-tag', list: 'member-tags' });
  const form = h('form', { class: 'filter-form', role: 'search', 'aria-label': t('member.search') },
    field(t('member.name'), name), field(t('member.idNumber'), idNumber),
    field(t('member.idNumberSuffix'), idNumberSuffix), field(t('member.phoneSearch'), phone), field(t('member.category'), category),
    field(t('member.status'), status), field(t('member.tag'), tag),
    h('datalist', { id: 'member-tags' }, ['骑手', '快递员', '网约车司机', '困难党员', '第一书记'].map((v) => h('option', { value: v }))),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t('common.search') }),
      h('button', { type: 'reset', text: t('common.reset') })),
    h('p', { class: 'muted', text: t('member.lookupAudited') }));
  const results = h('div', { class: 'results', id: 'member-results', 'aria-live': 'polite' });
  const add = mayChangeMembers(ctx) ? h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', id: 'member-add-open',
    text: t(ADD_MEMBER_TEXT), onClick: async () => {
      const created = await addMember(ctx);
      if (created) ctx.navigate(`#/members/${created.id}`);
    } })) : null;
  container.append(h('p', { class: 'muted', text: t('member.inScope', { name: ctx.unit.name }) }), add, form, results);

  // the search terms, filters and page live in the address: Back, Forward and reload show the same list
  const inputs = [['name', name], ['idNumber', idNumber], ['idNumberSuffix', idNumberSuffix], ['phone', phone],
    ['category', category], ['status', status], ['tag', tag]];
  for (const [key, input] of inputs) {
    if (ctx.query.get(key)) input.value = ctx.query.get(key);
  }
  let page = Math.max(0, Number.parseInt(ctx.query.get('page') || '0', 10) || 0);
  // the first search only corrects the address (adds the scope): a new history entry there would trap Back
  async function search(replace = false) {
    const params = new URLSearchParams({ subtreeOf: ctx.unit.id, page, size: PAGE_SIZE, sort: 'name' });
    const state = new URLSearchParams();
    for (const [key, input] of inputs) {
      if (input.value.trim()) {
        params.set(key, input.value.trim());
        state.set(key, input.value.trim());
      }
    }
    if (page > 0) state.set('page', page);
    ctx.setQuery(state, { replace });
    clear(results).append(h('p', { class: 'muted', text: t('common.loading') }));
    try {
      const answer = await api(`members?${params}`);
      showPage(answer);
    } catch (e) {
      clear(results);
      ctx.notify(e.message);
    }
  }

  // each member's unit with the units above it (the district left out), so that namesakes can be told apart: two
  // requests for a page at most (its units, then those above them not known yet)
  const units = new Map();
  async function organizationNames(items) {
    const ids = [...new Set(items.map((m) => m.organizationId))];
    const names = new Map();
    try {
      await addListedUnits(api, units, ids);
      const above = (own) => idsAbove(own).slice(1);
      await addListedUnits(api, units, ids.map((id) => units.get(id)).filter(Boolean).flatMap(above));
      ids.forEach((id) => {
        const own = units.get(id);
        names.set(id, own ? [...above(own).map((a) => (units.get(a) || {}).name).filter(Boolean), own.name].join(' › ') : '—');
      });
    } catch (e) {
      ctx.notify(e.message);
    }
    return names;
  }

  async function showPage(answer) {
    clear(results);
    if (!answer.items.length) {
      results.append(h('p', { class: 'muted', text: t('common.empty') }));
      return;
    }
    const names = await organizationNames(answer.items);
    // lists carry no birth date (with it the masked ID number could be rebuilt): the record shows it to those entitled
    const columns = ['member.name', 'member.sex', 'member.idNumber', 'member.phone', 'member.category',
      'member.organization', 'member.status', 'member.tags'];
    const table = h('table', { class: 'data-table', id: 'member-table' },
      h('caption', { class: 'visually-hidden', text: t('member.title') }),
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', text: t(c) })))),
      h('tbody', {}, answer.items.map((m) => h('tr', {},
        h('th', { scope: 'row' }, h('a', { href: `#/members/${m.id}`, text: m.name })),
        h('td', { text: enumLabel(t, 'Sex', m.sex) }),
        h('td', { class: 'mono', text: m.idNumber || '—' }),
        h('td', { class: 'mono', text: m.phone || '—' }),
        h('td', { text: enumLabel(t, 'MemberCategory', m.category) }),
        h('td', { text: names.get(m.organizationId) || '—' }),
        h('td', { text: enumLabel(t, 'MemberStatus', m.status) }),
        h('td', { text: (m.tags || []).join(t('p.list')) || '—' })))));
    const pages = Math.max(1, Math.ceil(answer.total / PAGE_SIZE));
    const pager = h('nav', { class: 'pager', 'aria-label': t('common.page', { page: page + 1, pages, total: answer.total }) },
      h('button', { type: 'button', disabled: page === 0, text: t('common.previous'),
        onClick: () => { page -= 1; search(); } }),
      h('span', { class: 'pager-status', text: t('common.page', { page: page + 1, pages, total: answer.total }) }),
      h('button', { type: 'button', disabled: page + 1 >= pages, text: t('common.next'),
        onClick: () => { page += 1; search(); } }));
    results.append(h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('member.title') }, table), pager);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    page = 0;
    search();
  });
  form.addEventListener('reset', () => {
    page = 0;
    setTimeout(search);
  });
  await search(true);
}

async function renderDetail(container, ctx, id) {
  const { t, api } = ctx;
  let member;
  try {
    member = await api(`members/${encodeURIComponent(id)}`);
  } catch (e) {
    container.append(h('p', {}, h('a', { href: '#/members', text: `← ${t('common.back')}` })));
    ctx.notify(e.message);
    return;
  }
  const heading = container.parentElement.querySelector('h1');
  if (heading) heading.textContent = `${t('member.detail')}${t('p.colon')}${member.name}`;
  const unitName = async (unitId) => {
    if (unitId === null || unitId === undefined) return '—';
    try {
      return (await api(`organizations/${unitId}`)).name;
    } catch {
      return `#${unitId}`;
    }
  };
  const [organization, residence] = await Promise.all([unitName(member.organizationId), unitName(member.residenceCommunityId)]);
  const rows = [
    ['member.name', member.name],
    ['member.sex', enumLabel(t, 'Sex', member.sex)],
    ['member.ethnicity', member.ethnicity || '—'],
    ['member.birthDate', formatDate(member.birthDate, ctx.lang)],
    ['member.idNumber', member.idNumber || '—'],
    ['member.education', member.education || '—'],
    ['member.phone', member.phone || '—'],
    ['member.category', enumLabel(t, 'MemberCategory', member.category)],
    ['member.joinedOn', formatDate(member.joinedOn, ctx.lang)],
    ['member.fullMemberOn', formatDate(member.fullMemberOn, ctx.lang)],
    ['member.organization', organization],
    ['member.post', member.post || '—'],
    ['member.status', enumLabel(t, 'MemberStatus', member.status)],
    ['member.floatingDestination', member.floatingDestination || '—'],
    ['member.residence', residence],
    ['member.tags', (member.tags || []).join(t('p.list')) || '—'],
  ];
  container.append(h('p', {}, h('a', { href: '#/members', text: `← ${t('common.back')}` })),
    h('section', { class: 'panel', 'aria-labelledby': 'member-facts' },
      h('h2', { id: 'member-facts', text: member.name }),
      h('dl', { class: 'facts', id: 'member-detail' }, rows.map(([key, value]) => [h('dt', { text: t(key) }), h('dd', { text: value })])),
      /[*＊]/.test(`${member.idNumber}${member.phone}`) ? h('p', { class: 'muted', text: t('member.masked') })
        // a member who left the roll (membership's 离册) stays on record as history: nothing to change here
        : member.status === 'LEFT' ? null
        : memberActions(ctx, { ...member, residenceName: residence }, {
          reload: async () => { container.replaceChildren(); await renderDetail(container, ctx, id); } })));

  await appendRecordSections(container, ctx, 'member', member);
  const history = h('section', { class: 'panel', 'aria-labelledby': 'member-transfers' },
    h('h2', { id: 'member-transfers', text: t('member.transfers') }));
  container.append(history);
  try {
    const transfers = await api(`members/${member.id}/transfers`);
    if (!transfers.length) {
      history.append(h('p', { class: 'muted', text: t('member.noTransfers') }));
      return;
    }
    const names = await Promise.all(transfers.map(async (tr) => [await unitName(tr.fromOrganizationId), await unitName(tr.toOrganizationId)]));
    history.append(h('table', { class: 'data-table' },
      h('thead', {}, h('tr', {}, ['member.transfer.on', 'member.transfer.from', 'member.transfer.to', 'member.transfer.reason']
        .map((c) => h('th', { scope: 'col', text: t(c) })))),
      h('tbody', {}, transfers.map((tr, i) => h('tr', {},
        h('td', { text: formatDate(tr.transferredOn, ctx.lang) }), h('td', { text: names[i][0] }),
        h('td', { text: names[i][1] }), h('td', { text: tr.reason || '—' }))))));
  } catch (e) {
    ctx.notify(e.message);
  }
}
