// Forms that say what the server refused beside the field it refused (problem+json errors[].field), keep the
// reader's input, disable their buttons while sending, and show a refused spreadsheet's rows as a table.
import { h, uid, select } from '../dom.js';
import { enumLabel } from '../i18n.js';

/** The If-Match header of an update: the version the reader saw (the server answers 409 if it changed since). */
export function ifMatch(version) {
  return { 'If-Match': `"${version}"` };
}

const STALE = { zhCN: '保存未成功：这条记录刚被他人修改或删除。已重新载入最新内容，请核对后再改。',
  en: 'Not saved: someone else changed or removed this record meanwhile. The latest version is shown again; check it and redo your change.' };
const FIX_FIELDS = { zhCN: '未保存：请按红色提示修改后再保存。', en: 'Not saved: correct the fields marked in red and save again.' };

/** Removes the field messages of an earlier attempt. */
export function clearFieldErrors(form) {
  for (const message of form.querySelectorAll('.field-error')) message.remove();
  for (const control of form.querySelectorAll('[aria-invalid]')) {
    control.removeAttribute('aria-invalid');
    const describedBy = (control.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && !id.startsWith('kit-err-'));
    if (describedBy.length) control.setAttribute('aria-describedby', describedBy.join(' '));
    else control.removeAttribute('aria-describedby');
  }
}

/**
 * Puts each field error ({field, reason}) next to the form control named like the field (name="…"); answers the
 * errors that have no such control.
 */
export function showFieldErrors(form, errors) {
  const unplaced = [];
  for (const error of errors || []) {
    const control = error.field ? form.querySelector(`[name="${CSS.escape(error.field)}"]`) : null;
    if (!control) {
      unplaced.push(error);
      continue;
    }
    const id = uid('kit-err');
    const message = h('small', { class: 'field-error form-error', id, role: 'alert', text: error.reason || '' });
    (control.closest('.field') || control.parentElement).append(message);
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
  }
  return unplaced;
}

/** The form's own message box (after its heading): errors stay with the form and go when it is sent again. */
function formMessage(form) {
  let box = form.querySelector(':scope > .form-message');
  if (!box) {
    box = h('div', { class: 'form-error form-message', role: 'alert' });
    const heading = form.querySelector(':scope > h2, :scope > h3');
    if (heading) heading.after(box);
    else form.prepend(box);
  }
  return box;
}

/**
 * Runs a form's request with its submit buttons disabled. A refusal shows its field errors beside the fields,
 * its refused rows as a table and the rest in the form's message box; a 409 (onStale given) says so plainly and
 * reloads the latest version. Answers the server's answer, or undefined when refused.
 */
export async function submitForm(ctx, form, request, { onStale } = {}) {
  clearFieldErrors(form);
  const message = formMessage(form);
  message.replaceChildren();
  const buttons = [...form.querySelectorAll('button[type=submit]')];
  buttons.forEach((b) => { b.disabled = true; });
  try {
    const answer = await request();
    return answer === undefined ? null : answer;
  } catch (e) {
    if (e.status === 409 && onStale) {
      ctx.notify(`${ctx.t(STALE)}${e.detail ? ` (${e.detail})` : ''}`);
      await onStale();
      return undefined;
    }
    const unplaced = showFieldErrors(form, e.errors);
    if (e.rowErrors && e.rowErrors.length) {
      message.append(h('p', { text: e.detail || e.title || '' }), rowErrorTable(ctx, e.rowErrors));
    } else {
      message.textContent = e.errors && e.errors.length && !unplaced.length ? ctx.t(FIX_FIELDS) : e.message;
    }
    return undefined;
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

/** The refused rows of a spreadsheet ([{row, column, reason}], rows numbered as in Excel) as a table. */
export function rowErrorTable(ctx, rowErrors, id) {
  const t = ctx.t;
  return h('div', { class: 'table-scroll kit-row-errors', tabindex: '0', role: 'region',
    'aria-label': t({ zhCN: '未通过的行', en: 'Refused rows' }) },
  h('table', { class: 'data-table', id },
    h('thead', {}, h('tr', {}, [{ zhCN: '行', en: 'Row' }, { zhCN: '列', en: 'Column' }, { zhCN: '原因', en: 'Reason' }]
      .map((c) => h('th', { scope: 'col', text: t(c) })))),
    h('tbody', {}, rowErrors.map((e) => h('tr', { dataset: { row: e.row } }, h('th', { scope: 'row', class: 'num', text: String(e.row) }),
      h('td', { text: e.column || '' }), h('td', { class: 'wrap', text: e.reason || '' }))))));
}

const NONE = { zhCN: '（不填）', en: '(none)' };

/**
 * A select of an API enum's values named `name` (as the API field, so a refusal shows beside it), each shown by its
 * label (never the code); optional adds an empty choice first. Starts at `current`, else empty or the first value.
 */
export function enumSelect(ctx, name, type, values, current, optional = false) {
  const options = values.map((v) => [v, enumLabel(ctx.t, type, v)]);
  const control = select(optional ? [['', ctx.t(NONE)], ...options] : options, { name });
  control.value = current || (optional ? '' : values[0]);
  return control;
}
