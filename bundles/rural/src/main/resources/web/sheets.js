// 表格导入导出: each sheet downloads as XLSX (or CSV) and uploads back in the same layout, all rows or none; a
// refused file lists every refused cell (row, column, reason) as a table.
import { h, scopeOf, table, yearPicker, download, rowErrorTable } from '/assets/kit.js';
import { API } from './module.js';

const SHEETS = [
  { id: 'scores', yearly: true, title: { zhCN: '村评分表', en: 'Criterion scores' }, upload: true },
  { id: 'classifications', yearly: true, title: { zhCN: '村分类结果', en: 'Classification' }, upload: false },
  { id: 'visits', yearly: false, title: { zhCN: '村村到走访', en: 'Visits' }, upload: true },
  { id: 'needs', yearly: false, title: { zhCN: '村需求', en: 'Village needs' }, upload: true },
  { id: 'enterprises', yearly: false, title: { zhCN: '帮扶企业', en: 'Enterprises' }, upload: true, district: true },
  { id: 'income', yearly: true, title: { zhCN: '集体经济收入', en: 'Collective income' }, upload: true },
];

function sheetPath(sheet, unit, year, format) {
  const query = new URLSearchParams({ format });
  if (!sheet.district) query.set('unit', unit);
  return `${API}/sheets/${sheet.id}${sheet.yearly ? `/${year}` : ''}?${query}`;
}

export async function renderSheets(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const year = await yearPicker(ctx, { id: 'rural-sheet-year', caption: { zhCN: '年度（按年度的表）', en: 'Year (yearly sheets)' } });
  const outcome = h('div', { id: 'rural-sheet-outcome', class: 'import-outcome', 'aria-live': 'polite' });
  const upload = async (sheet, file) => {
    const chosen = file.files[0];
    if (!chosen) return;
    const format = chosen.name.toLowerCase().endsWith('.csv') ? 'CSV' : 'XLSX';
    outcome.replaceChildren();
    try {
      const done = await ctx.api(sheetPath(sheet, unit, year.value(), format), { method: 'POST', body: await chosen.arrayBuffer(),
        headers: { 'Content-Type': 'application/octet-stream' } });
      ctx.notify(t({ zhCN: `${t(sheet.title)}已导入：新增 ${done.created}，更新 ${done.updated}，未变 ${done.unchanged}`,
        en: `${t(sheet.title)} imported: ${done.created} added, ${done.updated} changed, ${done.unchanged} unchanged` }), 'success');
    } catch (e) {
      if (e.rowErrors && e.rowErrors.length) {
        outcome.replaceChildren(h('p', { class: 'form-error', text: t({ zhCN: `${t(sheet.title)}未导入（整表不导入），请按下表修改后重新上传：`,
          en: `${t(sheet.title)} was not imported (all rows or none); correct these cells and upload it again:` }) }),
        rowErrorTable(ctx, e.rowErrors, 'rural-sheet-errors'));
      } else {
        ctx.notify(e.message);
      }
    } finally {
      file.value = '';
    }
  };
  container.append(h('p', { class: 'muted', text: t({ zhCN: '下载表格，在 Excel 中填写或修改后上传。有错误时整个文件不导入，并列出每个错误的行、列和原因。',
    en: 'Download a sheet, fill it in or change it in Excel, upload it back. A file with errors is not imported at all; every error is listed by row, column and reason.' }) }),
  h('div', { class: 'kit-toolbar' }, year.element),
  table(ctx, { id: 'rural-sheet-table', caption: { zhCN: '表格', en: 'Sheets' }, rows: SHEETS,
    rowAttrs: (s) => ({ dataset: { sheet: s.id } }),
    columns: [
      { title: { zhCN: '表格', en: 'Sheet' }, head: true, render: (s) => t(s.title) },
      { title: { zhCN: '下载', en: 'Download' }, render: (s) => h('div', { class: 'actions' }, ['XLSX', 'CSV'].map((format) => h('button', {
        type: 'button', text: t({ zhCN: `下载 ${format}`, en: `Download ${format}` }),
        onClick: () => download(ctx, sheetPath(s, unit, year.value(), format), `${s.id}.${format.toLowerCase()}`).catch((e) => ctx.notify(e.message)) }))) },
      { title: { zhCN: '上传', en: 'Upload' }, render: (s) => {
        if (!s.upload) return '—';
        const file = h('input', { type: 'file', accept: '.xlsx,.csv', 'aria-label': t({ zhCN: `上传${t(s.title)}`, en: `Upload ${t(s.title)}` }) });
        file.addEventListener('change', () => upload(s, file));
        return file;
      } },
    ] }), outcome);
}
