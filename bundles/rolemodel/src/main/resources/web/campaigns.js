// 评选表彰: the award campaigns the scope takes part in (两优一先, 七一表彰), organizing one (categories, quotas per unit,
// submission window), and one campaign with its figures, quotas, nominations and the nomination form (事迹材料).
import { h, field, select, scopeOf, table, pagedTable, pageQuery, submitForm, memberPicker, unitPicker, multiSelect } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, today } from './module.js';
import { campaignActions } from './campaign-change.js';

export async function renderCampaigns(container, ctx) {
  if (ctx.params[0]) return renderCampaign(container, ctx, ctx.params[0]);
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  let L;
  try {
    L = await moduleLabels(ctx);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  const year = h('input', { type: 'number', id: 'rm-cp-year', name: 'year', min: '2000', max: '2100', value: String(new Date().getFullYear()) });
  const filters = h('form', { class: 'filter-form', role: 'search', 'aria-label': t({ zhCN: '查找评选表彰', en: 'Find award campaigns' }) },
    field(t({ zhCN: '年度', en: 'Year' }), year),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '查询', en: 'Search' }) })));
  const list = pagedTable(ctx, {
    id: 'rm-cp-table',
    caption: { zhCN: '评选表彰', en: 'Award campaigns' },
    load: (paging) => ctx.api(`${API}/campaigns?${pageQuery({ unit, year: year.value }, paging)}`),
    emptyText: { zhCN: '还没有评选表彰。', en: 'No award campaign yet.' },
    columns: [
      { title: { zhCN: '名称', en: 'Name' }, sort: 'name', head: true, render: (c) => h('a', { href: `#/m/rolemodel/campaigns/${c.id}`, text: c.name }) },
      { title: { zhCN: '类型', en: 'Kind' }, render: (c) => L.label(SETS.awardKind, c.kind) },
      { title: { zhCN: '年度', en: 'Year' }, sort: 'year', render: (c) => String(c.year) },
      { title: { zhCN: '组织单位', en: 'Organized by' }, render: (c) => c.organizationName || '' },
      { title: { zhCN: '表彰类别', en: 'Categories' }, render: (c) => c.categories.map((k) => L.label(SETS.awardCategory, k)).join(t({ zhCN: '、', en: ', ' })) },
      { title: { zhCN: '报送期', en: 'Window' }, sort: 'closesOn', render: (c) => `${c.opensOn} — ${c.closesOn}` },
      { title: { zhCN: '状态', en: 'Status' }, render: (c) => t(c.open ? { zhCN: '报送中', en: 'Open' } : { zhCN: '不在报送期', en: 'Closed' }) },
    ],
  });
  filters.addEventListener('submit', (event) => { event.preventDefault(); list.reload(); });
  container.append(filters);
  if (can(ctx, 'awards')) container.append(campaignForm(ctx, L, (c) => ctx.navigate(`#/m/rolemodel/campaigns/${c.id}`)));
  container.append(list.element);
  await list.ready;
}

function campaignForm(ctx, L, done) {
  const t = ctx.t;
  const name = h('input', { id: 'rm-cp-name', name: 'name', maxlength: '200' });
  const kind = select(L.options(SETS.awardKind), { id: 'rm-cp-kind', name: 'kind' });
  const year = h('input', { type: 'number', id: 'rm-cp-new-year', name: 'year', value: String(new Date().getFullYear()) });
  const org = unitPicker(ctx, { id: 'rm-cp-org', name: 'organizationId', caption: t({ zhCN: '组织单位', en: 'Organizing unit' }) });
  const issuer = h('input', { id: 'rm-cp-issuer', name: 'issuer', maxlength: '200' });
  const categories = multiSelect(ctx, { id: 'rm-cp-categories', name: 'categories', caption: { zhCN: '表彰类别', en: 'Categories' },
    options: L.options(SETS.awardCategory), selected: L.options(SETS.awardCategory).map(([v]) => v) });
  const opens = h('input', { type: 'date', id: 'rm-cp-opens', name: 'opensOn', value: today() });
  const closes = h('input', { type: 'date', id: 'rm-cp-closes', name: 'closesOn' });
  const quotaUnit = unitPicker(ctx, { id: 'rm-cp-quota-unit', name: 'quotas[0].organizationId', caption: t({ zhCN: '名额单位（可空）', en: 'Quota unit (optional)' }) });
  const quotaCategory = select(L.options(SETS.awardCategory), { id: 'rm-cp-quota-category', name: 'quotas[0].category' });
  const quota = h('input', { type: 'number', id: 'rm-cp-quota', name: 'quotas[0].quota', min: '1' });
  const form = h('form', { class: 'stacked-form panel', id: 'rm-cp-form', 'aria-labelledby': 'rm-cp-form-title' },
    h('h2', { id: 'rm-cp-form-title', text: t({ zhCN: '组织评选表彰', en: 'Organize an award campaign' }) }),
    field(t({ zhCN: '名称', en: 'Name' }), name), field(t({ zhCN: '类型', en: 'Kind' }), kind), field(t({ zhCN: '年度', en: 'Year' }), year),
    org.element, field(t({ zhCN: '表彰机关', en: 'Issuing body' }), issuer), categories.element,
    field(t({ zhCN: '报送开始', en: 'Opens on' }), opens), field(t({ zhCN: '报送截止', en: 'Closes on' }), closes),
    quotaUnit.element, field(t({ zhCN: '名额类别', en: 'Quota category' }), quotaCategory), field(t({ zhCN: '名额', en: 'Quota' }), quota),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '发布', en: 'Publish' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const o = org.value();
    const qu = quotaUnit.value();
    const chosen = categories.value();
    const result = await submitForm(ctx, form, () => ctx.api(`${API}/campaigns`, { method: 'POST', body: {
      name: name.value, kind: kind.value, year: year.value ? Number(year.value) : null, organizationId: o.length ? Number(o[0]) : null,
      issuer: issuer.value, categories: chosen, opensOn: opens.value || null, closesOn: closes.value || null,
      quotas: qu.length ? [{ category: quotaCategory.value, organizationId: Number(qu[0]), quota: quota.value ? Number(quota.value) : null }] : [] } }));
    if (result) {
      ctx.notify(t({ zhCN: '已发布。', en: 'Published.' }), 'success');
      done(result);
    }
  });
  return form;
}

async function renderCampaign(container, ctx, id) {
  const t = ctx.t;
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  let L;
  let c;
  let figures;
  try {
    L = await moduleLabels(ctx);
    c = await ctx.api(`${API}/campaigns/${encodeURIComponent(id)}`);
    figures = await ctx.api(`${API}/campaigns/${c.id}/figures`);
  } catch (e) {
    container.append(h('p', {}, h('a', { href: '#/m/rolemodel/campaigns', text: t({ zhCN: '← 返回列表', en: '← Back to the list' }) })));
    ctx.notify(e.message);
    return;
  }
  const facts = h('dl', { class: 'facts', id: 'rm-cp-facts' },
    ...[[{ zhCN: '名称', en: 'Name' }, c.name], [{ zhCN: '类型', en: 'Kind' }, L.label(SETS.awardKind, c.kind)],
      [{ zhCN: '年度', en: 'Year' }, String(c.year)], [{ zhCN: '组织单位', en: 'Organized by' }, c.organizationName],
      [{ zhCN: '表彰机关', en: 'Issuing body' }, c.issuer], [{ zhCN: '表彰层级', en: 'Level' }, L.label(SETS.tier, c.level)],
      [{ zhCN: '报送期', en: 'Window' }, `${c.opensOn} — ${c.closesOn}`
        + t(c.open ? { zhCN: '（报送中）', en: ' (open)' } : { zhCN: '（不在报送期）', en: ' (closed)' })]]
      .flatMap(([k, v]) => [h('dt', { text: t(k) }), h('dd', { text: v || '' })]));
  const nominations = pagedTable(ctx, {
    id: 'rm-cp-nominations',
    caption: { zhCN: '推荐对象', en: 'Nominations' },
    load: (paging) => ctx.api(`${API}/nominations?${pageQuery({ unit, campaign: c.id }, paging)}`),
    rowAttrs: (n) => ({ dataset: { status: n.status, nomination: n.id } }),
    emptyText: { zhCN: '还没有推荐对象。', en: 'No nomination yet.' },
    columns: [
      { title: { zhCN: '姓名 / 名称', en: 'Nominee' }, sort: 'name', head: true, render: (n) => h('a', { href: `#/m/rolemodel/nominations/${n.id}`, text: n.name }) },
      { title: { zhCN: '表彰类别', en: 'Category' }, sort: 'category', render: (n) => L.label(SETS.awardCategory, n.category) },
      { title: { zhCN: '所在单位', en: 'Unit' }, render: (n) => n.organizationName || '' },
      { title: { zhCN: '状态', en: 'Status' }, sort: 'status', render: (n) => L.label(SETS.nominationStatus, n.status)
        + (n.pendingUnitName ? t({ zhCN: `（待${n.pendingUnitName}审核）`, en: ` (at ${n.pendingUnitName})` }) : '') },
    ],
  });
  const actions = campaignActions(ctx, L, c, { mayChange: can(ctx, 'awards'),
    changed: async () => { container.replaceChildren(); await renderCampaign(container, ctx, id); } });
  container.append(h('p', {}, h('a', { href: '#/m/rolemodel/campaigns', text: t({ zhCN: '← 返回列表', en: '← Back to the list' }) })), facts, actions,
    table(ctx, { id: 'rm-cp-figures', caption: { zhCN: '推荐与表彰情况', en: 'Nominations and awards' }, rows: figures.categories, columns: [
      { title: { zhCN: '表彰类别', en: 'Category' }, head: true, render: (f) => L.label(SETS.awardCategory, f.category) },
      { title: { zhCN: '推荐（在审及已表彰）', en: 'Nominated (live)' }, class: 'num', render: (f) => String(f.nominations) },
      { title: { zhCN: '已表彰', en: 'Awarded' }, class: 'num', render: (f) => String(f.awarded) },
      { title: { zhCN: '总名额', en: 'Places' }, class: 'num', render: (f) => (f.quota ? String(f.quota) : '—') }] }),
    table(ctx, { id: 'rm-cp-quotas', caption: { zhCN: '名额分配', en: 'Quotas' }, rows: c.quotas,
      emptyText: { zhCN: '不限名额。', en: 'No quota.' }, columns: [
        { title: { zhCN: '单位', en: 'Unit' }, head: true, render: (q) => q.organizationName || '' },
        { title: { zhCN: '表彰类别', en: 'Category' }, render: (q) => L.label(SETS.awardCategory, q.category) },
        { title: { zhCN: '名额', en: 'Quota' }, class: 'num', render: (q) => String(q.quota) },
        { title: { zhCN: '已用', en: 'Used' }, class: 'num', render: (q) => String(q.used) }] }));
  if (c.open && can(ctx, 'write')) container.append(nominationForm(ctx, L, c, () => nominations.reload()));
  container.append(nominations.element);
  await nominations.ready;
}

function nominationForm(ctx, L, c, done) {
  const t = ctx.t;
  const category = select(c.categories.map((k) => [k, L.label(SETS.awardCategory, k)]), { id: 'rm-nm-category', name: 'category' });
  const member = memberPicker(ctx, { id: 'rm-nm-member', name: 'memberId', caption: t({ zhCN: '党员（个人类别）', en: 'Member (personal categories)' }) });
  const org = unitPicker(ctx, { id: 'rm-nm-org', name: 'organizationId', caption: t({ zhCN: '党组织（先进基层党组织）', en: 'Organization (advanced organization)' }) });
  const fieldSel = select(L.options(SETS.field), { id: 'rm-nm-field', name: 'field' });
  const deeds = h('textarea', { id: 'rm-nm-deeds', name: 'deeds', maxlength: '4000', rows: '5' });
  const form = h('form', { class: 'stacked-form panel', id: 'rm-nm-form', 'aria-labelledby': 'rm-nm-form-title' },
    h('h2', { id: 'rm-nm-form-title', text: t({ zhCN: '推荐表彰对象', en: 'Nominate' }) }),
    field(t({ zhCN: '表彰类别', en: 'Category' }), category), member.element, org.element, field(t({ zhCN: '领域', en: 'Field' }), fieldSel),
    field(t({ zhCN: '事迹材料', en: 'Deeds' }), deeds),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '报送', en: 'Submit' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const m = member.value();
    const o = org.value();
    const result = await submitForm(ctx, form, () => ctx.api(`${API}/nominations`, { method: 'POST', body: {
      campaignId: c.id, category: category.value, memberId: m.length ? Number(m[0]) : null, organizationId: o.length ? Number(o[0]) : null,
      field: fieldSel.value, deeds: deeds.value } }));
    if (result) {
      ctx.notify(t({ zhCN: '已报送。', en: 'Submitted.' }), 'success');
      done();
    }
  });
  return form;
}
