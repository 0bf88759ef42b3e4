// A tiny DOM builder: the console never assigns HTML strings, so nothing the server sends can become markup,
// and there are no inline event handlers (the Content-Security-Policy forbids them).

/** Creates an element. attrs: class, text, on<Event> functions, boolean or string attributes, properties. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === 'value' || key === 'checked' || key === 'selected') el[key] = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

let ids = 0;
/** A fresh id for label/aria wiring. */
export function uid(prefix = 'g') {
  ids += 1;
  return `${prefix}-${ids}`;
}

/** A labelled form field: <div class="field"><label for>…</label><control id></div>. */
export function field(label, control, hint) {
  if (!control.id) control.id = uid('f');
  const parts = [h('label', { for: control.id, text: label }), control];
  if (hint) {
    const hintEl = h('small', { class: 'hint', id: uid('hint'), text: hint });
    control.setAttribute('aria-describedby', hintEl.id);
    parts.push(hintEl);
  }
  return h('div', { class: 'field' }, parts);
}

/** A select from [value, label] pairs. */
export function select(options, attrs = {}) {
  return h('select', attrs, options.map(([value, label]) => h('option', { value, text: label })));
}
