// 暖新驿站 and "骑手友好社区": the stations of the scope with their visits this year (record a month's visits), the
// rider-friendly applications against the checklist (apply; the street or district designates or rejects).
import { h, field, scopeOf, table, load, formDialog, unitPicker, multiSelect, dateOnly, number, download } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, today, version } from './module.js';

export async function renderStations(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const year = new Date().getFullYear();
  const stations = h('div', { 'aria-live': 'polite' });
  const riders = h('div', { 'aria-live': 'polite' });
  const drawStations = () => load(stations, ctx, async () => {
    const [rows, groups] = await Promise.all([ctx.api(`${API}/stations?unit=${unit}&year=${year}`), ctx.api(`${API}/stations/groups?unit=${unit}`)]);
    // the Party members of the new employment groups in scope, by core's member tags
    const kpis = h('ul', { class: 'kpis', id: 'community-groups' }, ...groups.map((g) => h('li', { class: 'kpi', dataset: { group: g.group } },
      h('strong', { class: 'kpi-value', text: number(ctx, g.members, 0) }),
      h('span', { class: 'kpi-name', text: `${L.label(SETS.group, g.group)}${t({ zhCN: '党员', en: ' (Party members)' })}` }))));
    return [kpis, rows.length ? table(ctx, { id: 'community-station-table', caption: { zhCN: '暖新驿站', en: 'Stations' }, rows,
      rowAttrs: (s) => ({ dataset: { id: s.id } }),
      columns: [
        { title: { zhCN: '驿站', en: 'Station' }, head: true, render: (s) => s.name },
        { title: { zhCN: '所在单位', en: 'Unit' }, render: (s) => s.unitName },
        { title: { zhCN: '服务内容', en: 'Services' }, class: 'wrap', render: (s) => s.services },
        { title: { zhCN: '开放时间', en: 'Opening hours' }, render: (s) => s.openingHours },
        { title: { zhCN: '本年服务人次', en: 'Visits this year' }, class: 'num', render: (s) => number(ctx, s.visitsThisYear, 0) },
        { title: { zhCN: '操作', en: 'Actions' }, render: (s) => (can(ctx, 'manage') ? h('button', { type: 'button', dataset: { action: 'visits' },
          text: t({ zhCN: '登记人次', en: 'Record visits' }), onclick: () => visits(ctx, s, drawStations) }) : '') },
      ] }) : h('p', { class: 'muted', text: t({ zhCN: '还没有驿站。', en: 'No station yet.' }) })];
  });
  const drawRiders = () => load(riders, ctx, async () => {
    const rows = await ctx.api(`${API}/rider-friendly?unit=${unit}`);
    return rows.length ? table(ctx, { id: 'community-rider-table', caption: { zhCN: '骑手友好社区', en: 'Rider-friendly communities' }, rows,
      rowAttrs: (r) => ({ dataset: { id: r.id, status: r.status } }),
      columns: [
        { title: { zhCN: '社区', en: 'Community' }, head: true, render: (r) => r.communityName },
        { title: { zhCN: '已达标准', en: 'Met' }, class: 'wrap', render: (r) => r.criteriaMet.map((c) => L.label(SETS.criterion, c)).join('、') },
        { title: { zhCN: '缺少', en: 'Missing' }, class: 'wrap', render: (r) => r.missing.map((c) => L.label(SETS.criterion, c)).join('、') },
        { title: { zhCN: '佐证材料', en: 'Evidence' }, class: 'wrap', render: (r) => r.evidence || '' },
        { title: { zhCN: '状态', en: 'State' }, render: (r) => L.label(SETS.rider, r.status) + (r.designatedOn ? ` ${dateOnly(ctx, r.designatedOn)}` : '') },
        { title: { zhCN: '操作', en: 'Actions' }, render: (r) => decide(ctx, r, drawRiders) },
      ] }) : [];
  }, { zhCN: '还没有骑手友好社区申报。', en: 'No rider-friendly application yet.' });
  const toolbar = h('div', { class: 'kit-toolbar' }, h('button', { type: 'button', id: 'community-visits-download',
    text: t({ zhCN: '导出本年服务人次', en: 'Download this year\'s visits' }),
    onclick: () => download(ctx, `${API}/sheets/station-visits?format=XLSX&unit=${unit}&year=${year}`, 'community-station-visits.xlsx')
      .catch((e) => ctx.notify(e.message)) }));
  if (can(ctx, 'manage')) {
    toolbar.append(h('button', { type: 'button', id: 'community-station-new', text: t({ zhCN: '新增驿站', en: 'New station' }),
      onclick: () => create(ctx, unit, drawStations) }),
    h('button', { type: 'button', id: 'community-rider-apply', text: t({ zhCN: '申报骑手友好社区', en: 'Apply: rider-friendly' }),
      onclick: () => apply(ctx, unit, L, drawRiders) }));
  }
  container.append(toolbar, stations, riders);
  await Promise.all([drawStations(), drawRiders()]);
}

async function create(ctx, unit, draw) {
  const t = ctx.t;
  const at = unitPicker(ctx, { id: 'community-station-unit', name: 'unitId', caption: { zhCN: '所在社区或街道', en: 'Community or street' }, unit });
  const input = (id, name) => h('input', { id, name });
  const name = input('community-station-name', 'name');
  const address = input('community-station-address', 'address');
  const services = h('textarea', { id: 'community-station-services', name: 'services', rows: 2 });
  const hours = input('community-station-hours', 'openingHours');
  const opened = h('input', { type: 'date', id: 'community-station-opened', name: 'openedOn', value: today() });
  const done = await formDialog(ctx, { id: 'community-station-dialog', title: { zhCN: '新增暖新驿站', en: 'New station' },
    submitText: { zhCN: '保存', en: 'Save' },
    fields: [at.element, field(t({ zhCN: '名称', en: 'Name' }), name), field(t({ zhCN: '地址', en: 'Address' }), address),
      field(t({ zhCN: '服务内容', en: 'Services' }), services), field(t({ zhCN: '开放时间', en: 'Opening hours' }), hours),
      field(t({ zhCN: '启用日期', en: 'Opened on' }), opened)],
    submit: () => ctx.api(`${API}/stations`, { method: 'POST', body: { unitId: at.value()[0], name: name.value, address: address.value,
      services: services.value, openingHours: hours.value, openedOn: opened.value } }) });
  if (done) await draw();
}

async function visits(ctx, s, draw) {
  const t = ctx.t;
  const month = h('input', { type: 'month', id: 'community-visits-month', name: 'period', value: today().slice(0, 7) });
  const count = h('input', { type: 'number', id: 'community-visits-count', name: 'visits', min: 0 });
  const done = await formDialog(ctx, { id: 'community-visits-dialog', title: { zhCN: `登记服务人次：${s.name}`, en: `Visits: ${s.name}` },
    submitText: { zhCN: '保存', en: 'Save' },
    fields: [field(t({ zhCN: '月份', en: 'Month' }), month), field(t({ zhCN: '服务人次', en: 'Visits' }), count)],
    submit: () => ctx.api(`${API}/stations/${s.id}/visits/${month.value}`, { method: 'PUT',
      body: { visits: count.value === '' ? null : Number(count.value) } }) });
  if (done) await draw();
}

async function apply(ctx, unit, L, draw) {
  const t = ctx.t;
  const community = unitPicker(ctx, { id: 'community-rider-community', name: 'communityId', caption: { zhCN: '社区', en: 'Community' }, unitType: 'COMMUNITY', unit });
  const met = multiSelect(ctx, { id: 'community-rider-criteria', name: 'criteriaMet', caption: { zhCN: '已达到的标准', en: 'Items met' },
    options: L.options(SETS.criterion) });
  const evidence = h('textarea', { id: 'community-rider-evidence', name: 'evidence', rows: 3 });
  const done = await formDialog(ctx, { id: 'community-rider-dialog', title: { zhCN: '申报骑手友好社区', en: 'Apply: rider-friendly community' },
    submitText: { zhCN: '申报', en: 'Apply' },
    fields: [community.element, met.element, field(t({ zhCN: '佐证材料', en: 'Evidence' }), evidence)],
    submit: () => ctx.api(`${API}/rider-friendly`, { method: 'POST', body: { communityId: community.value()[0], criteriaMet: met.value(), evidence: evidence.value } }) });
  if (done) await draw();
}

function decide(ctx, r, draw) {
  const t = ctx.t;
  const cell = h('div', { class: 'actions' }, h('button', { type: 'button', dataset: { action: 'evidence' },
    text: t({ zhCN: '证明材料', en: 'Evidence files' }), onclick: () => evidence(ctx, r) }));
  if (!can(ctx, 'decide')) return cell;
  const step = (action, caption, needsNote) => h('button', { type: 'button', dataset: { action }, text: t(caption), onclick: async () => {
    const note = h('input', { id: `community-rider-${action}-note`, name: 'note' });
    const done = await formDialog(ctx, { id: `community-rider-${action}-dialog`, title: { zhCN: `${caption.zhCN}：${r.communityName}`, en: `${caption.en}: ${r.communityName}` },
      submitText: caption, fields: [field(t(needsNote ? { zhCN: '原因', en: 'Reason' } : { zhCN: '备注', en: 'Note' }), note)],
      submit: () => ctx.api(`${API}/rider-friendly/${r.id}/${action}`, { method: 'POST', body: { note: note.value, on: today() }, headers: version(r.version) }) });
    if (done) await draw();
  } });
  if (r.status === 'APPLIED') {
    cell.append(step('designate', { zhCN: '命名', en: 'Designate' }, false), step('reject', { zhCN: '不予命名', en: 'Reject' }, true));
  } else if (r.status === 'DESIGNATED') {
    cell.append(step('revoke', { zhCN: '撤销命名', en: 'Revoke' }, true));
  }
  return cell;
}

// the application's evidence files in core's attachment store: download each; add one while the application waits
async function evidence(ctx, r) {
  const t = ctx.t;
  const files = await ctx.api(`${API}/rider-friendly/${r.id}/evidence`);
  const list = h('ul', { id: 'community-evidence-files' }, ...files.map((f) => h('li', {}, `${f.fileName} (${Math.max(1, Math.round(f.sizeBytes / 1024))} KB) `,
    h('button', { type: 'button', class: 'link-button', text: t({ zhCN: '下载', en: 'Download' }),
      onclick: () => download(ctx, `/api/core/attachments/${f.id}/content`, f.fileName).catch((e) => ctx.notify(e.message)) }))));
  const upload = h('input', { type: 'file', id: 'community-evidence-file', name: 'file' });
  const open = r.status === 'APPLIED' && can(ctx, 'manage');
  await formDialog(ctx, { id: 'community-evidence-dialog', title: { zhCN: `证明材料：${r.communityName}`, en: `Evidence: ${r.communityName}` },
    submitText: open ? { zhCN: '上传', en: 'Upload' } : { zhCN: '关闭', en: 'Close' },
    fields: [files.length ? list : h('p', { class: 'muted', text: t({ zhCN: '还没有上传证明材料。', en: 'No file yet.' }) }),
      open ? field(t({ zhCN: '上传材料（PDF、Word、Excel、图片）', en: 'Add a file (PDF, Word, Excel, image)' }), upload) : ''],
    submit: async () => (open && upload.files[0] ? ctx.api(`${API}/rider-friendly/${r.id}/evidence?filename=${encodeURIComponent(upload.files[0].name)}`,
      { method: 'POST', body: upload.files[0], headers: { 'Content-Type': 'application/octet-stream' } }) : {}) });
}
