// 网格与企业: the park's industrial community (details editable), its grids with grid workers (assigned from the
// park's Party members, removable), and each enterprise's
// Party-organization coverage (filterable, editable, and as a spreadsheet to download, fill in and upload).
import { API, COVERAGE, WORKER_ROLE, h, field, select, label, unitOf, can, table, download, ifMatch, submitForm,
  confirmButton, memberPicker } from './common.js';

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
  const allGrids = [];
  for (const community of communities) {
    const section = h('section', { class: 'panel', 'aria-labelledby': `ind-community-${community.id}` },
      h('h2', { id: `ind-community-${community.id}`, text: community.name }),
      h('p', { class: 'muted', text: [community.parkName, community.serviceCenter].filter(Boolean).join(' · ') }),
      community.description ? h('p', { text: community.description }) : null);
    if (can(ctx, 'handle')) section.append(communityEditor(ctx, community, () => rerender(container, ctx)));
    container.append(section);
    let grids = [];
    try {
      grids = await ctx.api(`${API}/communities/${community.id}/grids`);
    } catch (e) {
      ctx.notify(e.message);
    }
    allGrids.push(...grids);
    section.append(table(ctx, { zhCN: '网格', en: 'Grids' },
      [{ zhCN: '网格', en: 'Grid' }, { zhCN: '代码', en: 'Code' }, { zhCN: '登记企业', en: 'Enterprises' },
        { zhCN: '党组织覆盖', en: 'Covered' }, { zhCN: '网格员', en: 'Grid workers' }],
      grids.map((g) => h('tr', {}, h('th', { scope: 'row', text: g.name }), h('td', { class: 'mono', text: g.code }),
        h('td', { text: String(g.enterprises) }), h('td', { text: `${g.covered}${g.enterprises ? ` (${Math.round((100 * g.covered) / g.enterprises)}%)` : ''}` }),
        h('td', { text: String(g.workers) }))), 'ind-grid-table'));
    if (can(ctx, 'handle')) section.append(gridForm(ctx, community, () => rerender(container, ctx)));
  }
  container.append(await workersSection(ctx, unit, allGrids), await enterprisesSection(ctx, unit));
}

function rerender(container, ctx) {
  container.replaceChildren();
  return renderSetup(container, ctx);
}

function createCommunityForm(ctx, unit, done) {
  const t = ctx.t;
  const name = h('input', { id: 'ind-community-name', name: 'name', required: true, placeholder: t({ zhCN: '如：智造谷工业社区', en: 'e.g. 智造谷工业社区' }) });
  const center = h('input', { id: 'ind-community-center', name: 'serviceCenter' });
  const form = h('form', { class: 'stacked-form' }, field(t({ zhCN: '社区名称', en: 'Community name' }), name),
    field(t({ zhCN: '党群服务中心', en: 'Service centre' }), center),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '建立工业社区', en: 'Set up the community' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const created = await submitForm(ctx, form, () => ctx.api(`${API}/communities`, { method: 'POST',
      body: { parkId: unit, name: name.value, serviceCenter: center.value } }));
    if (created) await done();
  });
  return form;
}

/** 修改社区信息: name, description and service centre, saved with the version the reader saw. */
function communityEditor(ctx, community, done) {
  const t = ctx.t;
  const name = h('input', { id: `ind-community-name-${community.id}`, name: 'name', required: true, maxlength: '200', value: community.name });
  const center = h('input', { id: `ind-community-center-${community.id}`, name: 'serviceCenter', maxlength: '200', value: community.serviceCenter || '' });
  const description = h('textarea', { id: `ind-community-description-${community.id}`, name: 'description', rows: '3', maxlength: '2000' });
  description.value = community.description || '';
  const form = h('form', { class: 'stacked-form ind-community-form', 'aria-label': t({ zhCN: '修改社区信息', en: 'Edit the community' }) },
    field(t({ zhCN: '社区名称', en: 'Community name' }), name), field(t({ zhCN: '党群服务中心', en: 'Service centre' }), center),
    field(t({ zhCN: '简介', en: 'Description' }), description),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '保存社区信息', en: 'Save' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const saved = await submitForm(ctx, form, () => ctx.api(`${API}/communities/${community.id}`, { method: 'PUT',
      headers: ifMatch(community.version),
      body: { name: name.value, serviceCenter: center.value, description: description.value } }), { onStale: done });
    if (saved) {
      ctx.notify(t({ zhCN: '社区信息已保存。', en: 'Community saved.' }), 'success');
      await done();
    }
  });
  return h('details', {}, h('summary', { text: t({ zhCN: '修改社区信息', en: 'Edit the community' }) }), form);
}

function gridForm(ctx, community, done) {
  const t = ctx.t;
  const code = h('input', { id: `ind-grid-code-${community.id}`, name: 'code', required: true });
  const name = h('input', { id: `ind-grid-name-${community.id}`, name: 'name', required: true });
  const party = select([['NONE', t({ zhCN: '无', en: 'None' })], ['JOINT_BRANCH', t({ zhCN: '联合党支部', en: 'Joint branch' })],
    ['BRANCH', t({ zhCN: '党支部', en: 'Branch' })]], { id: `ind-grid-party-${community.id}`, name: 'partyOrgType' });
  const form = h('form', { class: 'stacked-form', 'aria-label': t({ zhCN: '新增网格', en: 'Add a grid' }) },
    field(t({ zhCN: '网格代码', en: 'Grid code' }), code), field(t({ zhCN: '网格名称', en: 'Grid name' }), name),
    field(t({ zhCN: '网格党组织', en: 'Grid Party organization' }), party),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', text: t({ zhCN: '新增网格', en: 'Add grid' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const created = await submitForm(ctx, form, () => ctx.api(`${API}/communities/${community.id}/grids`, { method: 'POST',
      body: { code: code.value, name: name.value, partyOrgType: party.value } }));
    if (created) {
      ctx.notify(t({ zhCN: '网格已建立。', en: 'Grid added.' }), 'success');
      await done();
    }
  });
  return h('details', {}, h('summary', { text: t({ zhCN: '新增网格', en: 'Add a grid' }) }), form);
}

async function workersSection(ctx, unit, grids) {
  const t = ctx.t;
  const section = h('section', { class: 'panel', 'aria-labelledby': 'ind-workers' }, h('h2', { id: 'ind-workers', text: t({ zhCN: '网格员', en: 'Grid workers' }) }));
  const gridFilter = select([['', t({ zhCN: '全部网格', en: 'All grids' })], ...grids.map((g) => [String(g.id), g.name])], { id: 'ind-worker-grid-filter' });
  const filter = h('form', { class: 'filter-form', role: 'search', 'aria-label': t({ zhCN: '按网格查看', en: 'Show one grid' }) },
    field(t({ zhCN: '网格', en: 'Grid' }), gridFilter));
  const list = h('div', { 'aria-live': 'polite' });
  const admin = can(ctx, 'handle');

  async function load() {
    const params = new URLSearchParams({ unit });
    if (gridFilter.value) params.set('grid', gridFilter.value);
    let workers;
    try {
      workers = await ctx.api(`${API}/workers?${params}`);
    } catch (e) {
      ctx.notify(e.message);
      return;
    }
    if (!workers.length) {
      list.replaceChildren(h('p', { class: 'muted', text: t({ zhCN: '还没有网格员。', en: 'No grid workers yet.' }) }));
      return;
    }
    const headers = [{ zhCN: '姓名', en: 'Name' }, { zhCN: '网格', en: 'Grid' }, { zhCN: '职责', en: 'Role' }, { zhCN: '党员编号', en: 'Member id' }];
    if (admin) headers.push({ zhCN: '操作', en: 'Actions' });
    list.replaceChildren(table(ctx, { zhCN: '网格员', en: 'Grid workers' }, headers,
      workers.map((w) => h('tr', { dataset: { worker: w.id, member: w.memberId } }, h('th', { scope: 'row', text: w.memberName || '—' }),
        h('td', { text: w.gridName || '' }), h('td', { text: label(ctx, WORKER_ROLE, w.role) }),
        h('td', { class: 'mono', text: String(w.memberId) }),
        admin ? h('td', {}, confirmButton(ctx, t({ zhCN: '移除', en: 'Remove' }),
          t({ zhCN: `确定将 ${w.memberName || w.memberId} 移出 ${w.gridName || ''} 吗？`, en: `Remove ${w.memberName || w.memberId} from ${w.gridName || 'the grid'}?` }),
          async () => {
            try {
              await ctx.api(`${API}/workers/${w.id}`, { method: 'DELETE', headers: ifMatch(w.version) });
              ctx.notify(t({ zhCN: '已移除。', en: 'Removed.' }), 'success');
            } catch (e) {
              ctx.notify(e.status === 409 || e.status === 404
                ? t({ zhCN: '未能移除：此网格员刚被他人修改或移除，列表已刷新。', en: 'Not removed: someone else changed or removed this worker meanwhile; the list is fresh now.' })
                : e.message);
            }
            await load();
          }, { class: 'ind-worker-remove', 'aria-label': t({ zhCN: `移除 ${w.memberName || ''}`, en: `Remove ${w.memberName || ''}` }) })) : null)),
      'ind-worker-table'));
  }
  gridFilter.addEventListener('change', load);
  filter.addEventListener('submit', (event) => { event.preventDefault(); load(); });
  section.append(filter, list);
  await load();
  if (!admin || !grids.length) return section;

  const grid = select(grids.map((g) => [String(g.id), g.name]), { id: 'ind-worker-grid', name: 'gridId' });
  const role = select(Object.keys(WORKER_ROLE).reverse().map((r) => [r, label(ctx, WORKER_ROLE, r)]), { id: 'ind-worker-role', name: 'role' });
  const picker = memberPicker(ctx, unit, { id: 'ind-worker-member', name: 'memberId', caption: t({ zhCN: '党员', en: 'Member' }) });
  const form = h('form', { class: 'stacked-form', id: 'ind-worker-form', 'aria-labelledby': 'ind-worker-form-title' },
    h('h3', { id: 'ind-worker-form-title', text: t({ zhCN: '安排网格员', en: 'Assign a grid worker' }) }),
    field(t({ zhCN: '网格', en: 'Grid' }), grid), picker.element, field(t({ zhCN: '职责', en: 'Role' }), role),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '安排到网格', en: 'Assign' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const [memberId] = picker.value();
    const created = await submitForm(ctx, form, () => ctx.api(`${API}/workers`, { method: 'POST',
      body: { gridId: Number(grid.value), memberId: memberId ?? null, role: role.value } }));
    if (created) {
      ctx.notify(t({ zhCN: `${created.memberName} 已安排到 ${created.gridName}。`, en: `${created.memberName} now works in ${created.gridName}.` }), 'success');
      picker.set([]);
      gridFilter.value = String(created.gridId);
      await load();
    }
  });
  section.append(form);
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
