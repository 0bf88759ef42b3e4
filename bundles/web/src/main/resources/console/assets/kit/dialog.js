// Dialogs on a <dialog> element: confirmations and small forms. The console never uses the browser's
// alert/confirm/prompt (they block the page, cannot be styled or translated, and browser tests cannot wait on them).
import { h } from '../dom.js';
import { submitForm } from './forms.js';

const CANCEL = { zhCN: '取消', en: 'Cancel' };
const OK = { zhCN: '确定', en: 'OK' };

function shell(ctx, { title, id, danger }) {
  const heading = h('h2', { class: 'kit-dialog-title', text: ctx.t(title) });
  heading.id = `${id || 'kit-dialog'}-title`;
  const dialog = h('dialog', { class: `kit-dialog${danger ? ' kit-dialog-danger' : ''}`, id, 'aria-labelledby': heading.id });
  document.body.append(dialog);
  ctx.onCleanup(() => dialog.remove());
  return { dialog, heading };
}

/** Asks a yes/no question; answers true when the reader confirms. */
export function confirmDialog(ctx, { title, message, confirmText = OK, danger = false, id = 'kit-confirm' }) {
  return new Promise((resolve) => {
    const { dialog, heading } = shell(ctx, { title, id, danger });
    const yes = h('button', { type: 'button', class: danger ? 'danger kit-dialog-confirm' : 'primary kit-dialog-confirm',
      dataset: { action: 'confirm' }, text: ctx.t(confirmText) });
    const no = h('button', { type: 'button', class: 'kit-dialog-cancel', dataset: { action: 'cancel' }, text: ctx.t(CANCEL) });
    dialog.append(heading, message ? h('p', { class: 'kit-dialog-message', text: ctx.t(message) }) : null,
      h('div', { class: 'form-buttons kit-dialog-buttons' }, yes, no));
    let answer = false;
    yes.addEventListener('click', () => { answer = true; dialog.close(); });
    no.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => { dialog.remove(); resolve(answer); });
    dialog.showModal();
    no.focus();
  });
}

/**
 * A form in a dialog. fields: the form's controls (use field() from /assets/dom.js, with name="…" as the API
 * fields are named, so a refusal shows beside them). submit(form) sends it and answers the result; a refusal keeps
 * the dialog open with the errors beside the fields. onStale (for changes sent with If-Match): a 409 closes the
 * dialog, says so plainly and calls it to reload the record. Answers the result, or null when cancelled.
 */
export function formDialog(ctx, { title, id = 'kit-form-dialog', fields, submitText = OK, submit, onStale }) {
  return new Promise((resolve) => {
    const { dialog, heading } = shell(ctx, { title, id });
    const form = h('form', { class: 'stacked-form kit-dialog-form', id: `${id}-form`, novalidate: true }, heading, fields,
      h('div', { class: 'form-buttons kit-dialog-buttons' },
        h('button', { type: 'submit', class: 'primary kit-dialog-confirm', text: ctx.t(submitText) }),
        h('button', { type: 'button', class: 'kit-dialog-cancel', dataset: { action: 'cancel' }, text: ctx.t(CANCEL),
          onClick: () => dialog.close() })));
    dialog.append(form);
    let result = null;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const stale = onStale && (async () => { dialog.close(); await onStale(); });
      const answer = await submitForm(ctx, form, () => submit(form), { onStale: stale });
      if (answer !== undefined) {
        result = answer === null ? true : answer;
        dialog.close();
      }
    });
    dialog.addEventListener('close', () => { dialog.remove(); resolve(result); });
    dialog.showModal();
    const first = form.querySelector('input, select, textarea');
    if (first) first.focus();
  });
}
