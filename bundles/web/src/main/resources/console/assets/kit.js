// The console kit for module pages (docs/ui-contributions.md, "The console kit"): one import gives labels,
// pickers, paged and sorted tables, forms with field errors, dialogs, loading/empty states and formatting.
//   import { labels, pagedTable, formDialog, ... } from '/assets/kit.js';
export { h, field, select, uid } from './dom.js';
export { labels } from './kit/labels.js';
export { loading, empty, failed, load, scopeOf } from './kit/states.js';
export { confirmDialog, formDialog } from './kit/dialog.js';
export { table, pagedTable, pageQuery } from './kit/table.js';
export { ifMatch, enumSelect, submitForm, showFieldErrors, clearFieldErrors, rowErrorTable } from './kit/forms.js';
export { memberPicker, unitPicker, yearPicker, yearsWithData, multiSelect } from './kit/pickers.js';
export { dateTime, dateOnly, number, percent, download, actor } from './kit/format.js';
