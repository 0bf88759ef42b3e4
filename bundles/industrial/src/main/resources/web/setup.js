// 网格与企业: the park's industrial community, its grids with grid workers, and each enterprise's
// Party-organization coverage (filterable, editable, and as a spreadsheet to download, fill in and upload).
import { API, COVERAGE, h, field, select, label, unitOf, can, table, download } from './common.js';

export async function renderSetup(container, ctx) {
  const unit = unitOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  let communities;
  try {
    communities = await ctx.api(`${API}/communities?unit=${unit}`);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  if (!communities.length) {
    container.append(h('p', { class: 'muted', text: t({ zhCN: '此范围内还没有工业社区。', en: 'No industrial community here yet.' }) }));
    if (can(ctx, 'handle')) container.append(createCommunityForm(ctx, unit, () => rerender(container, ctx)));
    return;
  }
  for (const community of communities) {
    const section = h('section', { class: 'panel', 'aria-labelledby': `ind-community-${community.id}` },
      h('h2', { id: `ind-community-${community.id}`, text: community.name }),
      h('p', { class: 'muted', text: [community.parkName, community.serviceCenter].filter(Boolean).join(' · ') }));
    container.append(section);
    let grids = [];
    try {
      grids = await ctx.api(`${API}/communities/${community.id}/grids`);
    } catch (e) {
      ctx.notify(e.message);
    }
    section.append(table(ctx, { zhCN: '网格', en: 'Grids' },
      [{ zhCN: '网格', en: 'Grid' }, { zhCN: '代码', en: 'Code' }, { zhCN: '登记企业', en: 'Enterprises' },
        { zhCN: '党组织覆盖', en: 'Covered' }, { zhCN: '网格员', en: 'Grid workers' }],
      grids.map((g) => h('tr', {}, h('th', { scope: 'row', text: g.name }), h('td', { class: 'mono', text: g.code }),
        h('td', { text: String(g.enterprises) }), h('td', { text: `${g.covered}${g.enterprises ? ` (${Math.round((100 * g.covered) / g.enterprises)}%)` : ''}` }),
        h('td', { text: String(g.workers) }))), 'ind-grid-table'));
    if (can(ctx, 'handle')) section.append(gridForm(ctx, community, () => rerender(container, ctx)));
  }
  container.append(await workersSection(ctx, unit), await enterprisesSection(ctx, unit));
}

function rerender(container, ctx) {
  container.replaceChildren();
  return renderSetup(container, ctx);
}

function createCommunityForm(ctx, unit, done) {
  const t = ctx.t;
  const name = h('input', { id: 'ind-community-name', required: true, placeholder: t({ zhCN: '如：智造谷工业社区', en: 'e.g. 智造谷工业社区' }) });
  const center = h('input', { id: 'ind-community-center' });
  const form = h('form', { class: 'filter-form' }, field(t({ zhCN: '社区名称', en: 'Community name' }), name),
    field(t({ zhCN: '党群服务中心', en: 'Service centre' }), center),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '建立工业社区', en: 'Set up the community' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await ctx.api(`${API}/communities`, { method: 'POST', body: { parkId: unit, name: name.value, serviceCenter: center.value } });
      await done();
    } catch (e) {
      ctx.notify(e.message);
    }
  });
  return form;
}

function gridForm(ctx, community, done) {
  const t = ctx.t;
  const code = h('input', { id: `ind-grid-code-${community.id}`, required: true });
  const name = h('input', { id: `ind-grid-name-${community.id}`, required: true });
  const party = select([['NONE', t({ zhCN: '无', en: 'None' })], ['JOINT_BRANCH', t({ zhCN: '联合党支部', en: 'Joint branch' })],
    ['BRANCH', t({ zhCN: '党支部', en: 'Branch' })]], { id: `ind-grid-party-${community.id}` });
  const form = h('form', { class: 'filter-form', 'aria-label': t({ zhCN: '新增网格', en: 'Add a grid' }) },
    field(t({ zhCN: '网格代码', en: 'Grid code' }), code), field(t({ zhCN: '网格名称', en: 'Grid name' }), name),
    field(t({ zhCN: '网格党组织', en: 'Grid Party organization' }), party),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', text: t({ zhCN: '新增网格', en: 'Add grid' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await ctx.api(`${API}/communities/${community.id}/grids`, { method: 'POST', body: { code: code.value, name: name.value, partyOrgType: party.value } });
      ctx.notify(t({ zhCN: '网格已建立。', en: 'Grid added.' }), 'success');
      await done();
    } catch (e) {
      ctx.notify(e.message);
    }
  });
  return form;
}

async function workersSection(ctx, unit) {
  const t = ctx.t;
  const section = h('section', { class: 'panel', 'aria-labelledby': 'ind-workers' }, h('h2', { id: 'ind-workers', text: t({ zhCN: '网格员', en: 'Grid workers' }) }));
  try {
    const workers = await ctx.api(`${API}/workers?unit=${unit}`);
    section.append(table(ctx, { zhCN: '网格员', en: 'Grid workers' },
      [{ zhCN: '姓名', en: 'Name' }, { zhCN: '网格', en: 'Grid' }, { zhCN: '职责', en: 'Role' }, { zhCN: '党员编号', en: 'Member id' }],
      workers.map((w) => h('tr', {}, h('th', { scope: 'row', text: w.memberName || '—' }), h('td', { text: w.gridName || '' }),
        h('td', { text: w.role === 'LEADER' ? t({ zhCN: '网格长', en: 'Grid leader' }) : t({ zhCN: '网格员', en: 'Grid worker' }) }),
        h('td', { class: 'mono', text: String(w.memberId) }))), 'ind-worker-table'));
  } catch (e) {
    ctx.notify(e.message);
  }
  return section;
}

async function enterprisesSection(ctx, unit) {
  const t = ctx.t;
  const section = h('section', { class: 'panel', 'aria-labelledby': 'ind-enterprises' },
    h('h2', { id: 'ind-enterprises', text: t({ zhCN: '企业党组织覆盖', en: 'Party-organization coverage of enterprises' }) }));
  const coverage = select([['', t({ zhCN: '全部', en: 'All' })], ...Object.keys(COVERAGE).map((c) => [c, label(ctx, COVERAGE, c)])], { id: 'ind-coverage' });
  const results = h('div', { 'aria-live': 'polite' });
  const filter = h('form', { class: 'filter-form', role: 'search' }, field(t({ zhCN: '覆盖方式', en: 'Coverage' }), coverage),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '查询', en: 'Search' }) })));
  const actions = h('div', { class: 'actions' });
  for (const format of ['XLSX', 'CSV']) {
    actions.append(h('button', { type: 'button', text: t({ zhCN: `下载企业表（${format}）`, en: `Download sheet (${format})` }),
      onClick: () => download(ctx, `${API}/enterprises/export?unit=${unit}&format=${format}`, `enterprises.${format.toLowerCase()}`)
        .catch((e) => ctx.notify(e.message)) }));
  }
  if (can(ctx, 'handle')) {
    const file = h('input', { type: 'file', id: 'ind-coverage-file', accept: '.xlsx,.csv' });
    const upload = h('button', { type: 'button', text: t({ zhCN: '导入覆盖情况', en: 'Import coverage' }), onClick: async () => {
      const chosen = file.files[0];
      if (!chosen) return;
      const format = chosen.name.toLowerCase().endsWith('.csv') ? 'CSV' : 'XLSX';
      try {
        // a refused sheet throws an ApiError whose message lists the rows, columns and reasons (the console's)
        const result = await ctx.api(`${API}/enterprises/import?unit=${unit}&format=${format}`, { method: 'POST', body: chosen,
          headers: { 'Content-Type': 'application/octet-stream' } });
        ctx.notify(t({ zhCN: `已导入 ${result.rows} 行（新增 ${result.created}，更新 ${result.updated}）`,
          en: `${result.rows} rows imported (${result.created} new, ${result.updated} updated)` }), 'success');
        load();
      } catch (e) {
        ctx.notify(e.message);
      }
    } });
    actions.append(field(t({ zhCN: '填好的企业表', en: 'Filled-in sheet' }), file), upload);
  }
  section.append(h('p', { class: 'muted', text: t({ zhCN: '下载企业表，填写“党组织覆盖”（单独组建、联合组建、未覆盖）和覆盖党组织代码后导入；有错误时整表不导入，并列出行号和原因。',
    en: 'Download the sheet, fill in the coverage (单独组建, 联合组建, 未覆盖) and the covering organization code, and import it; a sheet with errors is refused whole, with each row and reason.' }) }),
  actions, filter, results);

  async function load() {
    const params = new URLSearchParams({ unit, size: 500 });
    if (coverage.value) params.set('coverage', coverage.value);
    try {
      const page = await ctx.api(`${API}/enterprises?${params}`);
      results.replaceChildren(table(ctx, { zhCN: '企业', en: 'Enterprises' },
        [{ zhCN: '企业', en: 'Enterprise' }, { zhCN: '网格', en: 'Grid' }, { zhCN: '党组织覆盖', en: 'Coverage' },
          { zhCN: '覆盖党组织', en: 'Covered by' }, { zhCN: '联系人', en: 'Contact' }, { zhCN: '电话', en: 'Phone' }],
        page.items.map((e) => h('tr', { dataset: { coverage: e.coverage } }, h('th', { scope: 'row', text: e.name || `#${e.enterpriseId}` }),
          h('td', { text: e.gridName || '' }), h('td', { text: label(ctx, COVERAGE, e.coverage) }),
          h('td', { text: e.coveringOrganizationName || '—' }), h('td', { text: e.contactName || '' }),
          h('td', { class: 'mono', text: e.contactPhone || '' }))), 'ind-enterprise-table'),
      h('p', { class: 'muted', text: t({ zhCN: `共 ${page.total} 家`, en: `${page.total} in all` }) }));
    } catch (e) {
      ctx.notify(e.message);
    }
  }
  filter.addEventListener('submit', (event) => { event.preventDefault(); load(); });
  await load();
  return section;
}
