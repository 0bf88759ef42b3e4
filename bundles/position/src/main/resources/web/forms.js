// What the position module's forms share: number and text fields read as the API wants them, and refusals of list
// items (rooms[2], functions[0]) shown beside the one control that edits the whole list.
import { h } from '/assets/kit.js';

/** The value of a number input as a number, or null when empty (the server says what is wrong with it). */
export function num(input) {
  return input.value.trim() === '' ? null : Number(input.value);
}

/** The value of a text input, or null when empty. */
export function text(input) {
  return input.value.trim() === '' ? null : input.value;
}

/** Runs an API call; a refusal naming list items (rooms[1]) is put beside the list's control (name="rooms"). */
export async function listFieldsAsOne(call) {
  try {
    return await call();
  } catch (e) {
    if (Array.isArray(e.errors)) {
      e.errors = e.errors.map((err) => ({ ...err, field: (err.field || '').replace(/\[\d+\]$/, '') }));
    }
    throw e;
  }
}

/** A small text input with the API field's name. */
export function input(name, attrs = {}) {
  return h('input', { name, ...attrs });
}
