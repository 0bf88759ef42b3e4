// 民主评议党员: a campaign per organization and year; every member rated once (or excused with the reason), a
// follow-up for 不合格, closed when nobody is left unrated.
import { h, field, select, scopeOf, pagedTable, pageQuery, yearPicker, table, load, unitPicker, submitForm, formDialog, number,
  download, rowErrorTable } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, step } from './module.js';

export async function renderEvaluations(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const year = await yearPicker(ctx, { id: 'aff-campaign-year', onChange: () => list.reload() });
  const detail = h('div', { id: 'aff-campaign-detail', 'aria-live': 'polite' });
  const list = pagedTable(ctx, {
    id: 'aff-campaign-table',
    caption: { zhCN: '民主评议', en: 'Evaluations' },
    load: (paging) => ctx.api(`${API}/campaigns?${pageQuery({ unit, year: year.value() }, paging)}`),
    rowAttrs: (c) => ({ dataset: { campaign: c.id, status: c.status } }),
    emptyText: { zhCN: '本年度还没有开展民主评议。', en: 'No evaluations this year.' },
    columns: [
      { title: { zhCN: '党组织', en: 'Organization' }, head: true, render: (c) => open(c) },
      { title: { zhCN: '年度', en: 'Year' }, render: (c) => String(c.year) },
      { title: { zhCN: '党员', en: 'Members' }, class: 'num', render: (c) => number(ctx, c.members) },
      { title: { zhCN: '已评议', en: 'Rated' }, class: 'num', render: (c) => number(ctx, c.rated) },
      { title: { zhCN: '不参加评议', en: 'Excused' }, class: 'num', render: (c) => number(ctx, c.excused) },
      { title: { zhCN: '未评议', en: 'Unrated' }, class: 'num', render: (c) => number(ctx, c.unrated) },
      { title: { zhCN: '状态', en: 'State' }, render: (c) => L.label(SETS.campaign, c.status) },
    ],
  });
  function open(c) {
    const b = h('button', { type: 'button', class: 'link', text: c.organizationName || String(c.organizationId) });
    b.addEventListener('click', () => show(c.id));
    return b;
  }
  async function show(id) {
    await load(detail, ctx, async () => {
      const [c, lines] = await Promise.all([ctx.api(`${API}/campaigns/${id}`), ctx.api(`${API}/campaigns/${id}/ratings`)]);
      const editable = c.status === 'OPEN' && can(ctx, 'write');
      const parts = [h('h2', { text: `${c.organizationName} ${c.year}` }),
        table(ctx, { id: 'aff-rating-table', caption: { zhCN: '评议名单', en: 'Members' }, rows: lines,
          rowAttrs: (r) => ({ dataset: { member: r.memberId } }), columns: [
            { title: { zhCN: '党员', en: 'Member' }, head: true, render: (r) => r.memberName || String(r.memberId) },
            { title: { zhCN: '等次', en: 'Rating' }, render: (r) => (r.rating ? L.label(SETS.rating, r.rating)
              : r.excused ? t({ zhCN: `不参加：${r.excused}`, en: `Excused: ${r.excused}` }) : editable ? rateButton(c, r) : '—') },
            { title: { zhCN: '后续处置', en: 'Follow-up' }, class: 'wrap', render: (r) => r.followUp || '' },
          ] })];
      parts.push(sheetTools(c, editable));
      if (editable) {
        const close = h('button', { type: 'button', class: 'primary', id: 'aff-campaign-close', text: t({ zhCN: '结束评议', en: 'Close the evaluation' }) });
        close.addEventListener('click', async () => {
          try {
            await step(ctx, `campaigns/${c.id}/close`, c.version);
            ctx.notify(t({ zhCN: '评议已结束。', en: 'Evaluation closed.' }), 'success');
            await Promise.all([list.reload(true), show(c.id)]);
          } catch (e) {
            ctx.notify(e.message);
          }
        });
        parts.push(h('div', { class: 'form-buttons' }, close));
      }
      return parts;
    }, { zhCN: '名单为空。', en: 'Nobody listed.' });
  }
  // the list as XLSX (also the template); ratings filled in Excel come back all rows or none
  function sheetTools(c, editable) {
    const outcome = h('div', { id: 'aff-sheet-outcome', 'aria-live': 'polite' });
    const get = h('button', { type: 'button', id: 'aff-sheet-download', text: t({ zhCN: '下载评议表', en: 'Download the sheet' }) });
    get.addEventListener('click', () => download(ctx, `${API}/campaigns/${c.id}/sheet?format=XLSX`, `ratings-${c.id}.xlsx`)
      .catch((e) => ctx.notify(e.message)));
    const box = h('div', { class: 'kit-toolbar' }, get);
    if (editable) {
      const file = h('input', { type: 'file', id: 'aff-sheet-upload', accept: '.xlsx,.csv', 'aria-label': t({ zhCN: '上传填好的评议表', en: 'Upload the filled-in sheet' }) });
      file.addEventListener('change', async () => {
        const chosen = file.files[0];
        if (!chosen) return;
        outcome.replaceChildren();
        try {
          const done = await ctx.api(`${API}/campaigns/${c.id}/sheet?format=${chosen.name.toLowerCase().endsWith('.csv') ? 'CSV' : 'XLSX'}`,
            { method: 'POST', body: await chosen.arrayBuffer(), headers: { 'Content-Type': 'application/octet-stream' } });
          ctx.notify(t({ zhCN: `已导入 ${done.entered} 条评议结果。`, en: `${done.entered} ratings entered.` }), 'success');
          await Promise.all([list.reload(true), show(c.id)]);
        } catch (e) {
          if (e.rowErrors && e.rowErrors.length) {
            outcome.replaceChildren(h('p', { class: 'form-error', text: t({ zhCN: '评议表未导入（整表不导入），请按下表修改后重新上传：',
              en: 'The sheet was not imported (all rows or none); correct these cells and upload it again:' }) }),
            rowErrorTable(ctx, e.rowErrors, 'aff-sheet-errors'));
          } else {
            ctx.notify(e.message);
          }
        } finally {
          file.value = '';
        }
      });
      box.append(field(t({ zhCN: '上传评议表', en: 'Upload the sheet' }), file));
    }
    return h('div', {}, box, outcome);
  }

  function rateButton(c, r) {
    const b = h('button', { type: 'button', text: t({ zhCN: '评议', en: 'Rate' }), dataset: { action: 'rate' } });
    b.addEventListener('click', async () => {
      const rating = select([['', t({ zhCN: '（不参加评议）', en: '(excused)' })], ...L.options(SETS.rating)], { id: 'aff-rating', name: 'rating' });
      const followUp = h('input', { id: 'aff-follow-up', name: 'followUp', maxlength: '1000' });
      const excused = h('input', { id: 'aff-excused', name: 'excused', maxlength: '300' });
      const done = await formDialog(ctx, { id: 'aff-rate-dialog', title: { zhCN: `评议：${r.memberName}`, en: `Rate: ${r.memberName}` },
        fields: [field(t({ zhCN: '等次', en: 'Rating' }), rating), field(t({ zhCN: '后续处置（不合格必填）', en: 'Follow-up (required for unqualified)' }), followUp),
          field(t({ zhCN: '不参加评议的原因', en: 'Reason for not rating' }), excused)],
        submit: () => ctx.api(`${API}/campaigns/${c.id}/ratings`, { method: 'POST', body: [{ memberId: r.memberId,
          rating: rating.value || null, followUp: followUp.value, excused: excused.value }] }) });
      if (done) await Promise.all([list.reload(true), show(c.id)]);
    });
    return b;
  }
  container.append(h('div', { class: 'kit-toolbar' }, year.element), list.element, detail);
  await list.ready;
  if (!can(ctx, 'write')) return;
  const org = unitPicker(ctx, { id: 'aff-campaign-org', name: 'organizationId', caption: t({ zhCN: '党组织', en: 'Organization' }) });
  const form = h('form', { class: 'stacked-form panel', id: 'aff-campaign-form' },
    h('h2', { text: t({ zhCN: '开展民主评议', en: 'Open an evaluation' }) }), org.element,
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '开始评议', en: 'Open' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const created = await submitForm(ctx, form, () => ctx.api(`${API}/campaigns`, { method: 'POST',
      body: { organizationId: org.value()[0] || null, year: Number(year.value()) } }));
    if (created) {
      await list.reload();
      await show(created.id);
    }
  });
  container.append(form);
}
