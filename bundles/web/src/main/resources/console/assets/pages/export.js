// Export the scope's subtree (members or units) as XLSX or CSV.
import { h, clear, field, select } from '../dom.js';
import { download } from './download.js';

export async function render(container, ctx) {
  const { t, api } = ctx;
  if (!ctx.unit) {
    container.append(h('p', { class: 'muted', text: t('export.noScope') }));
    return;
  }
  const kind = select([['MEMBERS', t('import.kind.MEMBERS')], ['ORGANIZATIONS', t('import.kind.ORGANIZATIONS')]],
    { name: 'kind', id: 'export-kind' });
  const format = select([['XLSX', 'Excel (.xlsx)'], ['CSV', 'CSV (UTF-8)']], { name: 'format', id: 'export-format' });
  const submit = h('button', { type: 'submit', class: 'primary', id: 'export-submit', text: t('export.submit') });
  const status = h('p', { class: 'progress-label', role: 'status', id: 'export-status' });
  const form = h('form', { class: 'stacked-form', 'aria-label': t('export.title') },
    h('p', { class: 'muted', text: `${t('common.scope')}${t('p.colon')}${ctx.unit.name}` }),
    field(t('export.kind'), kind), field(t('export.format'), format), submit, status);
  container.append(h('p', { class: 'intro', text: t('export.intro') }), h('section', { class: 'panel' }, form));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    clear(status).append(t('export.busy'));
    try {
      const file = await download(api, `exports?kind=${kind.value}&format=${format.value}&subtreeOf=${ctx.unit.id}`);
      clear(status).append(`${t('export.ready')} ${file.name}`);
    } catch (e) {
      clear(status);
      ctx.notify(e.message);
    } finally {
      submit.disabled = false;
    }
  });
}
