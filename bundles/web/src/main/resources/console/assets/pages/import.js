// Import a spreadsheet: upload the raw file, follow the job's progress, then show what was stored or every
// refused cell (row, column, reason). Imports are all-or-nothing on the server.
import { h, clear, field, select } from '../dom.js';
import { download } from './download.js';

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

export async function render(container, ctx) {
  const { t, api } = ctx;
  const kind = select([['MEMBERS', t('import.kind.MEMBERS')], ['ORGANIZATIONS', t('import.kind.ORGANIZATIONS')]],
    { name: 'kind', id: 'import-kind' });
  const file = h('input', { type: 'file', name: 'file', id: 'import-file', accept: '.xlsx,.csv', required: true });
  const submit = h('button', { type: 'submit', class: 'primary', id: 'import-submit', text: t('import.submit') });
  const outcome = h('div', { id: 'import-outcome', class: 'import-outcome' });
  const form = h('form', { class: 'stacked-form', 'aria-labelledby': 'import-form-title' },
    h('h2', { id: 'import-form-title', class: 'visually-hidden', text: t('import.title') }),
    field(t('import.kind'), kind), field(t('import.file'), file, t('import.file.hint')), submit);
  const templates = h('section', { class: 'panel', 'aria-labelledby': 'import-templates' },
    h('h2', { id: 'import-templates', text: t('import.template') }),
    h('div', { class: 'actions' }, ['XLSX', 'CSV'].map((format) => h('button', { type: 'button',
      text: t(format === 'XLSX' ? 'import.template.xlsx' : 'import.template.csv'),
      onClick: async () => {
        try {
          await download(api, `imports/template?kind=${kind.value}&format=${format}`);
        } catch (e) {
          ctx.notify(e.message);
        }
      } }))));
  container.append(h('p', { class: 'intro', text: t('import.intro') }),
    h('div', { class: 'split' }, h('section', { class: 'panel' }, form), templates), outcome);

  let polling = null;
  ctx.onCleanup(() => { if (polling) clearTimeout(polling); });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clear(outcome);
    const chosen = file.files[0];
    if (!chosen) {
      ctx.notify(t('import.noFile'));
      file.focus();
      return;
    }
    const extension = chosen.name.split('.').pop().toLowerCase();
    if (!TYPES[extension]) {
      ctx.notify(t('import.badType'));
      return;
    }
    submit.disabled = true;
    const bar = h('progress', { id: 'import-progress', max: 100, value: 0, 'aria-label': t('import.progress') });
    const label = h('p', { class: 'progress-label', role: 'status' });
    outcome.append(h('section', { class: 'panel', 'aria-labelledby': 'import-progress-title' },
      h('h2', { id: 'import-progress-title', text: t('import.progress') }), bar, label));
    try {
      let progress = await api(`imports?kind=${kind.value}&format=${extension.toUpperCase()}`, {
        method: 'POST', body: chosen, headers: { 'Content-Type': TYPES[extension] } });
      while (!progress.report) {
        showProgress(progress, bar, label, t);
        await new Promise((resolve) => { polling = setTimeout(resolve, 400); });
        progress = await api(`imports/${encodeURIComponent(progress.jobId)}`);
      }
      showProgress(progress, bar, label, t);
      showReport(progress.report, outcome, t);
      outcome.lastElementChild.scrollIntoView({ block: 'start' });
    } catch (e) {
      ctx.notify(e.message);
    } finally {
      submit.disabled = false;
    }
  });
}

function showProgress(progress, bar, label, t) {
  const total = progress.totalRows || 0;
  bar.value = total ? Math.round((100 * progress.processedRows) / total) : progress.report ? 100 : 0;
  label.textContent = `${t(`import.phase.${progress.phase}`)} · ${t('import.rows', { processed: progress.processedRows, total })}`;
}

function showReport(report, outcome, t) {
  if (report.committed) {
    outcome.append(h('div', { class: 'notice notice-success', role: 'status', id: 'import-success',
      text: t('import.success', { imported: report.imported }) }));
    return;
  }
  outcome.append(h('div', { class: 'notice notice-error', role: 'alert', id: 'import-failed',
    text: t('import.failed', { count: report.errors.length }) }),
  h('section', { class: 'panel', 'aria-labelledby': 'import-report-title' },
    h('h2', { id: 'import-report-title', text: t('import.report') }),
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'import-report-title' },
      h('table', { class: 'data-table', id: 'import-errors' },
        h('thead', {}, h('tr', {}, ['import.row', 'import.column', 'import.reason'].map((c) => h('th', { scope: 'col', text: t(c) })))),
        h('tbody', {}, report.errors.map((e) => h('tr', {},
          h('td', { class: 'num', text: e.row }), h('td', { text: e.column || '—' }), h('td', { text: e.reason }))))))));
}
