// 发展党员: development files of the scope by stage, opening a file (入党申请), and recording the next step; the
// server checks the order, intervals and age and names the missing step when one is out of order.
import { h, field, select, scopeOf, pagedTable, pageQuery, submitForm, formDialog, ifMatch, unitPicker, memberPicker, table, actor, download } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, today } from './module.js';

export async function renderFiles(container, ctx) {
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
  const stage = select([['', t({ zhCN: '全部阶段', en: 'All stages' })], ...L.options(SETS.stage)], { id: 'membership-file-stage' });
  const q = h('input', { type: 'search', id: 'membership-file-q' });
  const filters = h('form', { class: 'filter-form', role: 'search', 'aria-label': t({ zhCN: '查找发展档案', en: 'Find files' }) },
    field(t({ zhCN: '阶段', en: 'Stage' }), stage), field(t({ zhCN: '姓名', en: 'Name' }), q),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '查询', en: 'Search' }) }),
      h('button', { type: 'button', id: 'membership-file-export', text: t({ zhCN: '导出台账（XLSX）', en: 'Export the ledger (XLSX)' }),
        onClick: () => download(ctx, `${API}/files/export?${new URLSearchParams({ unit, ...(stage.value ? { stage: stage.value } : {}) })}`,
          '发展党员台账.xlsx') })));
  const detail = h('section', { id: 'membership-file-detail', 'aria-live': 'polite' });
  const list = pagedTable(ctx, {
    id: 'membership-file-table',
    caption: { zhCN: '发展档案', en: 'Development files' },
    load: (paging) => ctx.api(`${API}/files?${pageQuery({ unit, stage: stage.value, q: q.value }, paging)}`),
    emptyText: { zhCN: '没有符合条件的发展档案。', en: 'No development file matches.' },
    columns: [
      { title: { zhCN: '姓名', en: 'Name' }, sort: 'name', head: true, render: (f) => h('button', { type: 'button', class: 'link',
        text: f.name, onClick: () => show(ctx, L, f.id, detail, () => list.reload()) }) },
      { title: { zhCN: '党组织', en: 'Organization' }, render: (f) => f.organizationName || '' },
      { title: { zhCN: '阶段', en: 'Stage' }, sort: 'stage', render: (f) => L.label(SETS.stage, f.stage) },
      { title: { zhCN: '申请日期', en: 'Applied on' }, sort: 'appliedOn', render: (f) => f.appliedOn },
      { title: { zhCN: '最近办理', en: 'Last step' }, sort: 'lastStepOn', render: (f) => f.lastStepOn || '' },
      { title: { zhCN: '可办理', en: 'Next steps' }, render: (f) => f.nextSteps.map((s) => L.label(SETS.step, s)).join('、') },
    ],
  });
  filters.addEventListener('submit', (event) => { event.preventDefault(); list.reload(); });
  container.append(filters, list.element, detail);
  if (can(ctx, 'write')) container.append(openForm(ctx, unit, () => list.reload()));
  await list.ready;
}

async function show(ctx, L, id, detail, changed) {
  const t = ctx.t;
  const [file, steps] = await Promise.all([ctx.api(`${API}/files/${id}`), ctx.api(`${API}/files/${id}/steps`)]);
  detail.replaceChildren(h('h2', { text: `${file.name} · ${L.label(SETS.stage, file.stage)}` }),
    h('p', { class: 'muted', text: t({ zhCN: `身份证号 ${file.idNumber || '—'}　电话 ${file.phone || '—'}　入党日期 ${file.joinedOn || '—'}　预备期至 ${file.probationEndsOn || '—'}`,
      en: `ID ${file.idNumber || '—'}  Phone ${file.phone || '—'}  Joined ${file.joinedOn || '—'}  Probation until ${file.probationEndsOn || '—'}` }) }),
    table(ctx, { id: 'membership-step-table', caption: { zhCN: '已办理步骤', en: 'Steps recorded' }, rows: steps, columns: [
      { title: { zhCN: '步骤', en: 'Step' }, head: true, render: (s) => L.label(SETS.step, s.code) },
      { title: { zhCN: '日期', en: 'Date' }, render: (s) => s.doneOn },
      { title: { zhCN: '说明', en: 'Note' }, render: (s) => [s.note, s.hours ? `${s.hours}学时` : '', s.days ? `${s.days}天` : '',
        s.entitled ? `应到${s.entitled} 实到${s.present} 赞成${s.inFavour}` : ''].filter(Boolean).join('；') },
      { title: { zhCN: '登记人', en: 'Recorded by' }, render: (s) => actor(ctx, s.recordedBy) },
    ] }),
    can(ctx, 'write') && file.nextSteps.length ? h('div', { class: 'form-buttons' }, ...file.nextSteps.map((code) => h('button', {
      type: 'button', text: L.label(SETS.step, code), dataset: { step: code },
      onClick: () => stepDialog(ctx, L, file, code).then((done) => { if (done) { changed(); show(ctx, L, id, detail, changed); } }) }))) : null);
}

async function stepDialog(ctx, L, file, code) {
  const t = ctx.t;
  const doneOn = h('input', { type: 'date', name: 'doneOn', required: true, value: today() });
  const note = h('textarea', { name: 'note', maxlength: '1000' });
  const extra = [];
  const num = (name) => h('input', { type: 'number', name, min: '0' });
  let people = null;
  const inputs = {};
  if (code === 'ACTIVIST' || code === 'CANDIDATE') {
    people = memberPicker(ctx, { id: 'membership-step-people', name: code === 'ACTIVIST' ? 'contacts' : 'introducers', multiple: true,
      caption: code === 'ACTIVIST' ? t({ zhCN: '培养联系人（两名）', en: 'Contact persons (two)' }) : t({ zhCN: '入党介绍人（两名）', en: 'Introducers (two)' }) });
    extra.push(people.element);
  }
  const add = (name, caption) => { inputs[name] = num(name); extra.push(field(t(caption), inputs[name])); };
  if (code === 'TRAINING') {
    // with education at the file's unit the hours are those attended in its sessions, not typed in
    const training = await ctx.api(`${API}/files/${file.id}/training`).catch(() => null);
    const attended = training && training.attended;
    if (attended) {
      const total = Number(attended.total);
      extra.push(h('p', { id: 'membership-training-attended', class: total < training.minimum ? 'error' : 'muted', text: t({
        zhCN: `党员教育记录：参加集中培训 ${attended.sessions.length} 场，共 ${total} 学时（不少于 ${training.minimum} 学时）`,
        en: `Member education records ${attended.sessions.length} training sessions attended, ${total} study hours (at least ${training.minimum})` }) }),
      h('ul', { class: 'muted' }, ...attended.sessions.map((s) => h('li', { text: `${s.heldOn} ${s.title}（${Number(s.hours)}）` }))));
    } else {
      add('hours', { zhCN: '培训学时', en: 'Study hours' });
    }
  }
  if (code === 'PUBLIC_NOTICE') add('days', { zhCN: '公示天数', en: 'Notice days' });
  if (code === 'EXTENSION') add('months', { zhCN: '延长月数（6-12）', en: 'Months (6-12)' });
  if (code === 'ADMISSION' || code === 'FULL_MEMBERSHIP') {
    add('entitled', { zhCN: '应到会有表决权的正式党员', en: 'Full members entitled to vote' });
    add('present', { zhCN: '实到', en: 'Present' });
    add('inFavour', { zhCN: '赞成', en: 'In favour' });
  }
  if (code === 'FORM') {
    inputs.formNumber = h('input', { name: 'formNumber', maxlength: '30' });
    extra.push(field(t({ zhCN: '入党志愿书编号', en: 'Form number' }), inputs.formNumber));
  }
  const value = (name) => (inputs[name] && inputs[name].value !== '' ? (name === 'formNumber' ? inputs[name].value : Number(inputs[name].value)) : null);
  return formDialog(ctx, {
    title: { zhCN: `登记：${L.label(SETS.step, code)}`, en: `Record: ${L.label(SETS.step, code)}` },
    id: 'membership-step-dialog',
    fields: [field(t({ zhCN: '日期', en: 'Date' }), doneOn), ...extra, field(t({ zhCN: '说明', en: 'Note' }), note)],
    submit: () => ctx.api(`${API}/files/${file.id}/steps`, { method: 'POST', headers: ifMatch(file.version), body: {
      step: code, doneOn: doneOn.value || null, note: note.value || null,
      contacts: code === 'ACTIVIST' ? people.value() : null, introducers: code === 'CANDIDATE' ? people.value() : null,
      hours: value('hours'), days: value('days'), months: value('months'), formNumber: value('formNumber'),
      entitled: value('entitled'), present: value('present'), inFavour: value('inFavour') } }),
  });
}

function openForm(ctx, scopeUnit, done) {
  const t = ctx.t;
  const unit = unitPicker(ctx, { id: 'membership-open-unit', name: 'organizationId', caption: t({ zhCN: '党组织', en: 'Organization' }) });
  const name = h('input', { name: 'name', required: true, maxlength: '100' });
  const sex = select([['MALE', t({ zhCN: '男', en: 'Male' })], ['FEMALE', t({ zhCN: '女', en: 'Female' })]], { name: 'sex' });
  const birthDate = h('input', { type: 'date', name: 'birthDate', required: true });
  const idNumber = h('input', { name: 'idNumber', required: true, maxlength: '18', autocomplete: 'off' });
  const phone = h('input', { name: 'phone', inputmode: 'tel' });
  const appliedOn = h('input', { type: 'date', name: 'appliedOn', required: true, value: today() });
  const form = h('form', { class: 'stacked-form panel', id: 'membership-open-form', 'aria-labelledby': 'membership-open-title' },
    h('h2', { id: 'membership-open-title', text: t({ zhCN: '登记入党申请', en: 'Record an application' }) }),
    unit.element, field(t({ zhCN: '姓名', en: 'Name' }), name), field(t({ zhCN: '性别', en: 'Sex' }), sex),
    field(t({ zhCN: '出生日期', en: 'Birth date' }), birthDate), field(t({ zhCN: '身份证号', en: 'ID number' }), idNumber),
    field(t({ zhCN: '联系电话', en: 'Phone' }), phone), field(t({ zhCN: '申请日期', en: 'Applied on' }), appliedOn),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '保存', en: 'Save' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const created = await submitForm(ctx, form, () => ctx.api(`${API}/files`, { method: 'POST', body: {
      organizationId: unit.value()[0] || scopeUnit, name: name.value, sex: sex.value, birthDate: birthDate.value || null,
      idNumber: idNumber.value, phone: phone.value || null, appliedOn: appliedOn.value || null } }));
    if (created) {
      ctx.notify(t({ zhCN: '已建立发展档案。', en: 'Development file opened.' }), 'success');
      form.reset();
      done();
    }
  });
  return form;
}
