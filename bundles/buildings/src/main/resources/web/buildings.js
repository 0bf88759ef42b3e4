// 楼宇与示范带: the buildings of the scope with their belt (经十路 / 舜华路), address, floors, property manager, the
// enterprises in them and how many are covered; coverage per belt on top; a form to record a building's profile.
import { h, field, select, scopeOf, pagedTable, pageQuery, table, formDialog, unitPicker, number, load } from '/assets/kit.js';
import { API, SETS, can, moduleLabels } from './module.js';

export async function renderBuildings(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const belt = select([['', t({ zhCN: '全部', en: 'All' })], ...L.options(SETS.belt)], { id: 'bld-belt-filter' });
  belt.addEventListener('change', () => list.reload());
  const toolbar = h('div', { class: 'kit-toolbar' }, field(t({ zhCN: '示范带', en: 'Belt' }), belt));
  if (can(ctx, 'manage')) {
    toolbar.append(h('button', { type: 'button', class: 'primary', id: 'bld-building-new', text: t({ zhCN: '登记楼宇档案', en: 'Record a building' }),
      onClick: () => recordBuilding(ctx, L, () => list.reload()) }));
  }
  const belts = h('div', { id: 'bld-belts', 'aria-live': 'polite' });
  const list = pagedTable(ctx, {
    id: 'bld-building-table',
    caption: { zhCN: '楼宇', en: 'Buildings' },
    load: (paging) => ctx.api(`${API}/buildings?${pageQuery({ unit, belt: belt.value || undefined }, paging)}`),
    emptyText: { zhCN: '还没有楼宇档案。', en: 'No building profiles yet.' },
    columns: [
      { title: { zhCN: '楼宇', en: 'Building' }, head: true, render: (b) => b.buildingName },
      { title: { zhCN: '示范带', en: 'Belt' }, sort: 'belt', render: (b) => L.label(SETS.belt, b.belt) },
      { title: { zhCN: '地址', en: 'Address' }, render: (b) => b.address || '—' },
      { title: { zhCN: '层数', en: 'Floors' }, class: 'num', render: (b) => b.floors == null ? '—' : String(b.floors) },
      { title: { zhCN: '物业', en: 'Property manager' }, render: (b) => b.propertyManager || '—' },
      { title: { zhCN: '在驻企业', en: 'Enterprises' }, class: 'num', render: (b) => String(b.enterprises) },
      { title: { zhCN: '已覆盖', en: 'Covered' }, class: 'num', render: (b) => String(b.covered) },
      { title: { zhCN: '示范楼宇', en: 'Demonstration' }, render: (b) => b.demonstration ? t({ zhCN: '是', en: 'Yes' }) : '—' },
      { title: { zhCN: '楼委会', en: 'Committee' }, render: (b) => b.committee ? t({ zhCN: '已成立', en: 'Set up' }) : '—' },
    ],
  });
  const drawBelts = () => load(belts, ctx, async () => {
    const report = await ctx.api(`${API}/coverage?unit=${unit}`);
    return table(ctx, { id: 'bld-belt-coverage', caption: { zhCN: '各示范带企业党组织覆盖', en: 'Party coverage per belt' },
      rows: [...report.belts, report.total], columns: [
        { title: { zhCN: '示范带', en: 'Belt' }, head: true, render: (r) => r.belt ? L.label(SETS.belt, r.belt) : t({ zhCN: '合计', en: 'Total' }) },
        { title: { zhCN: '在驻企业', en: 'Enterprises' }, class: 'num', render: (r) => String(r.enterprises) },
        { title: L.label(SETS.coverage, 'OWN_ORGANIZATION'), class: 'num', render: (r) => String(r.ownOrganization) },
        { title: L.label(SETS.coverage, 'JOINT_BRANCH'), class: 'num', render: (r) => String(r.jointBranch) },
        { title: L.label(SETS.coverage, 'NONE'), class: 'num', render: (r) => String(r.none) },
        { title: { zhCN: '应建未建', en: 'Should form one' }, class: 'num', render: (r) => String(r.shouldForm) },
        { title: { zhCN: '覆盖率', en: 'Covered' }, class: 'num', render: (r) => `${number(ctx, r.percent)}%` },
      ] });
  });
  container.append(toolbar, belts, list.element);
  await Promise.all([drawBelts(), list.ready]);
}

async function recordBuilding(ctx, L, done) {
  const t = ctx.t;
  const building = unitPicker(ctx, { id: 'bld-building-unit', name: 'buildingId', unitType: 'BUILDING',
    caption: { zhCN: '楼宇（按名称查找）', en: 'Building (find by name)' } });
  const belt = select(L.options(SETS.belt), { id: 'bld-building-belt', name: 'belt' });
  const address = h('input', { id: 'bld-building-address', name: 'address', maxlength: '200' });
  const floors = h('input', { id: 'bld-building-floors', name: 'floors', type: 'number', min: '1', max: '200' });
  const area = h('input', { id: 'bld-building-area', name: 'areaSqm', type: 'number', min: '1', step: '0.1' });
  const manager = h('input', { id: 'bld-building-manager', name: 'propertyManager', maxlength: '100' });
  const saved = await formDialog(ctx, {
    id: 'bld-building-dialog',
    title: { zhCN: '登记楼宇档案', en: 'Record a building' },
    submitText: { zhCN: '保存', en: 'Save' },
    fields: [building.element, field(t({ zhCN: '示范带', en: 'Belt' }), belt), field(t({ zhCN: '地址', en: 'Address' }), address),
      field(t({ zhCN: '层数', en: 'Floors' }), floors), field(t({ zhCN: '面积（平方米）', en: 'Area (m²)' }), area),
      field(t({ zhCN: '物业管理单位', en: 'Property manager' }), manager)],
    submit: () => {
      const [buildingId] = building.value();
      return ctx.api(`${API}/buildings`, { method: 'POST', body: { buildingId: buildingId ?? null, belt: belt.value,
        address: address.value || null, floors: floors.value ? Number(floors.value) : null,
        areaSqm: area.value ? Number(area.value) : null, propertyManager: manager.value || null } });
    },
  });
  if (saved) {
    ctx.notify(t({ zhCN: '楼宇档案已保存。', en: 'Building saved.' }), 'success');
    await done();
  }
}
