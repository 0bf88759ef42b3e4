// 信息报送: collection tasks in which each unit below hands in a file or a short form by a deadline. The list shows
// progress; a task's page shows the completion view (who handed in, late, pending) and, for an account whose own
// unit is addressed, the form to hand in. Administrators issue tasks from the current scope unit.
import { h, clear, field, select } from '../dom.js';
import { formatDate } from '../format.js';
import { download } from './download.js';

const TEXT = {
  intro: { zhCN: '上级布置报送任务，下级单位按期上报文件或表单。', en: 'A level asks the units below to hand in a file or a short form by a deadline.' },
  issue: { zhCN: '布置报送任务', en: 'Issue a collection task' },
  issueHint: { zhCN: '从当前范围单位发给其直属下级单位。', en: 'From the current scope unit to the units directly below it.' },
  title: { zhCN: '标题', en: 'Title' },
  description: { zhCN: '说明', en: 'Description' },
  kind: { zhCN: '报送方式', en: 'What to hand in' },
  FILE: { zhCN: '上传文件', en: 'A file' },
  FORM: { zhCN: '填写表单', en: 'A form' },
  fields: { zhCN: '表单栏目（用逗号分隔）', en: 'Form fields (comma-separated)' },
  dueAt: { zhCN: '截止日期', en: 'Deadline' },
  issuer: { zhCN: '布置单位', en: 'From' },
  progress: { zhCN: '完成情况', en: 'Handed in' },
  empty: { zhCN: '暂无报送任务。', en: 'No collection tasks.' },
  unit: { zhCN: '单位', en: 'Unit' },
  state: { zhCN: '状态', en: 'State' },
  PENDING: { zhCN: '未报送', en: 'Pending' },
  SUBMITTED: { zhCN: '已报送', en: 'Handed in' },
  LATE: { zhCN: '逾期报送', en: 'Handed in late' },
  content: { zhCN: '报送内容', en: 'Content' },
  download: { zhCN: '下载', en: 'Download' },
  submit: { zhCN: '报送', en: 'Hand in' },
  file: { zhCN: '文件（PDF、Word、Excel、图片或文本）', en: 'File (PDF, Word, Excel, image or text)' },
  yours: { zhCN: '本单位报送', en: 'Hand in for your unit' },
  back: { zhCN: '返回报送任务', en: 'Back to collection tasks' },
  issued: { zhCN: '报送任务已布置。', en: 'The task was issued.' },
  done: { zhCN: '已报送。', en: 'Handed in.' },
  summary: { zhCN: '应报 {addressed}，已报 {submitted}（逾期 {late}），未报 {pending}', en: '{addressed} asked, {submitted} handed in ({late} late), {pending} pending' },
};
const ISSUERS = ['SYSTEM_ADMIN', 'DISTRICT_ADMIN', 'UNIT_ADMIN'];

export async function render(container, ctx) {
  if (ctx.params[0]) {
    await renderTask(container, ctx, ctx.params[0]);
    return;
  }
  const { t, api, lang } = ctx;
  const tbody = h('tbody', {});
  container.append(h('p', { class: 'intro', text: t(TEXT.intro) }));
  if (ctx.unit && ctx.roles.some((r) => ISSUERS.includes(r))) container.append(issueForm(ctx, () => load()));
  container.append(h('section', { class: 'panel' }, h('div', { class: 'table-scroll' }, h('table', { class: 'data-table', id: 'collections-table' },
    h('thead', {}, h('tr', {}, [TEXT.title, TEXT.issuer, TEXT.dueAt, TEXT.progress].map((c) => h('th', { scope: 'col', text: t(c) })))),
    tbody))));

  async function load() {
    const page = await api('collections?size=100');
    clear(tbody);
    if (!page.items.length) tbody.append(h('tr', {}, h('td', { colspan: 4, class: 'muted', text: t(TEXT.empty) })));
    for (const c of page.items) {
      tbody.append(h('tr', {},
        h('td', {}, h('a', { href: `#/collections/${c.id}`, text: c.title })),
        h('td', { text: c.organizationName || '—' }),
        h('td', { text: formatDate(c.dueAt, lang) }),
        h('td', { class: 'num', text: `${c.submitted} / ${c.addressed}` })));
    }
  }
  await load();
}

function issueForm(ctx, reload) {
  const { t, api } = ctx;
  const title = h('input', { type: 'text', id: 'collection-title', maxlength: 200, required: true });
  const description = h('textarea', { id: 'collection-description', rows: 3, maxlength: 4000 });
  const kind = select([['FORM', t(TEXT.FORM)], ['FILE', t(TEXT.FILE)]], { id: 'collection-kind' });
  const fields = h('input', { type: 'text', id: 'collection-fields' });
  const dueAt = h('input', { type: 'date', id: 'collection-due', required: true });
  const fieldsRow = field(t(TEXT.fields), fields);
  kind.addEventListener('change', () => { fieldsRow.hidden = kind.value !== 'FORM'; });
  const form = h('form', { class: 'stacked-form', id: 'collection-form' },
    h('h2', { text: t(TEXT.issue) }), h('p', { class: 'muted', text: `${t(TEXT.issueHint)} ${ctx.unit.name}` }),
    field(t(TEXT.title), title), field(t(TEXT.description), description), field(t(TEXT.kind), kind), fieldsRow,
    field(t(TEXT.dueAt), dueAt), h('button', { type: 'submit', class: 'primary', text: t(TEXT.issue) }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const names = kind.value === 'FORM' ? fields.value.split(/[,，]/).map((s) => s.trim()).filter(Boolean) : [];
    try {
      // the deadline is the end of the chosen day in the reader's time zone
      const due = dueAt.value ? new Date(`${dueAt.value}T23:59:59`).toISOString() : null;
      await api('collections', { method: 'POST', body: { organizationId: ctx.unit.id, title: title.value,
        description: description.value || null, kind: kind.value, fields: names, dueAt: due } });
      form.reset();
      fieldsRow.hidden = false;
      ctx.notify(t(TEXT.issued), 'success');
      await reload();
    } catch (e) {
      ctx.notify(e.message);
    }
  });
  return h('section', { class: 'panel' }, form);
}

async function renderTask(container, ctx, id) {
  const { t, api, lang } = ctx;
  const completion = await api(`collections/${encodeURIComponent(id)}/completion`);
  const task = completion.task;
  container.append(h('p', {}, h('a', { href: '#/collections', text: t(TEXT.back) })),
    h('section', { class: 'panel' }, h('h2', { text: task.title }),
      h('p', { class: 'muted', text: `${task.organizationName || ''} · ${t(TEXT.dueAt)}${t('p.colon')}${formatDate(task.dueAt, lang)}` }),
      task.description ? h('p', { text: task.description }) : null,
      h('p', { id: 'collection-summary', text: t(TEXT.summary, completion) })));
  const own = ctx.account && completion.units.find((u) => u.unitId === ctx.account.organizationId);
  if (own) container.append(submitForm(ctx, task, own));
  container.append(h('section', { class: 'panel' }, h('div', { class: 'table-scroll' }, h('table', { class: 'data-table', id: 'completion-table' },
    h('thead', {}, h('tr', {}, [TEXT.unit, TEXT.state, TEXT.content].map((c) => h('th', { scope: 'col', text: t(c) })))),
    h('tbody', {}, completion.units.map((u) => h('tr', {},
      h('td', { text: u.unitName || String(u.unitId) }),
      h('td', { text: `${t(TEXT[u.status])}${u.submittedAt ? ` · ${formatDate(u.submittedAt, lang)}` : ''}` }),
      h('td', {}, content(ctx, u)))))))));
}

function content(ctx, u) {
  const { t, api } = ctx;
  if (u.attachmentId) {
    return h('button', { type: 'button', text: t(TEXT.download), onClick: () => download(api, `attachments/${u.attachmentId}/content`).catch((e) => ctx.notify(e.message)) });
  }
  if (u.values) return Object.entries(u.values).map(([k, v]) => `${k}${t('p.colon')}${v}`).join(t('p.list'));
  return '—';
}

function submitForm(ctx, task, own) {
  const { t, api } = ctx;
  const inputs = task.kind === 'FORM'
    ? task.fields.map((name) => [name, h('input', { type: 'text', maxlength: 1000, required: true, value: (own.values || {})[name] || '' })])
    : [];
  const file = task.kind === 'FILE' ? h('input', { type: 'file', id: 'collection-file', required: true }) : null;
  const form = h('form', { class: 'stacked-form', id: 'collection-submit' }, h('h2', { text: t(TEXT.yours) }),
    inputs.map(([name, input]) => field(name, input)), file ? field(t(TEXT.file), file) : null,
    h('button', { type: 'submit', class: 'primary', text: t(TEXT.submit) }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      let body;
      if (file) {
        const chosen = file.files[0];
        const stored = await api(`attachments?module=core&ownerType=collection&ownerId=${task.id}&filename=${encodeURIComponent(chosen.name)}`,
          { method: 'POST', body: chosen, headers: { 'Content-Type': 'application/octet-stream' } });
        body = { attachmentId: stored.id };
      } else {
        body = { values: Object.fromEntries(inputs.map(([name, input]) => [name, input.value])) };
      }
      await api(`collections/${task.id}/submissions/${own.unitId}`, { method: 'POST', body });
      ctx.notify(t(TEXT.done), 'success');
      ctx.navigate(`#/collections/${task.id}?r=${Date.now()}`);
    } catch (e) {
      ctx.notify(e.message);
    }
  });
  return h('section', { class: 'panel' }, form);
}
