// fetch with the bearer token and JSON, turning every failure into an ApiError whose message a person can read:
// the status explained in their language, then the server's problem+json title, detail and refused fields.
import { tracked } from './readiness.js';

export class ApiError extends Error {
  constructor(message, { status = 0, title = '', detail = '', errors = [], rowErrors = [] } = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
    // a refused spreadsheet: [{row, column, reason}], rows numbered as in Excel; pages may show them as a table
    this.rowErrors = rowErrors;
  }
}

/** Builds ctx.api. path: absolute (/api/…) or relative to /api/core/; lang: the reader's language now. */
export function createApi({ token, t, lang = () => 'zh-CN', onUnauthorized }) {
  return (path, options = {}) => tracked(call(path, options));

  async function call(path, options) {
    const url = path.startsWith('/') ? path : `/api/core/${path}`;
    const headers = new Headers(options.headers || {});
    if (!headers.has('Accept')) headers.set('Accept', 'application/json, application/problem+json');
    // the server writes its messages (refusals, row errors) in the reader's language
    if (!headers.has('Accept-Language')) headers.set('Accept-Language', lang() === 'en' ? 'en' : 'zh-CN');
    let { body } = options;
    const isRaw = body instanceof Blob || body instanceof ArrayBuffer || body instanceof FormData
      || typeof body === 'string';
    if (body !== undefined && body !== null && !isRaw) {
      body = JSON.stringify(body);
      headers.set('Content-Type', 'application/json');
    }
    const bearer = token();
    if (bearer) headers.set('Authorization', `Bearer ${bearer}`);
    let response;
    try {
      response = await fetch(url, { method: options.method || 'GET', headers, body, signal: options.signal });
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new ApiError(t('error.network'), { status: 0, detail: String(e.message || e) });
    }
    if (response.status === 401 && bearer && onUnauthorized) onUnauthorized();
    if (!response.ok && !(options.accept || []).includes(response.status)) {
      throw await toError(response, t);
    }
    if (options.raw) return response;
    if (response.status === 204) return null;
    const type = response.headers.get('Content-Type') || '';
    return type.includes('json') ? response.json() : response.text();
  }
}

/** A message stays readable; the full list is on the error for pages that show a table. */
const SHOWN_ROW_ERRORS = 5;

async function toError(response, t) {
  let problem = {};
  const type = response.headers.get('Content-Type') || '';
  try {
    if (type.includes('json')) problem = await response.json();
    else {
      const text = (await response.text()).trim();
      if (text && text.length < 300 && !text.startsWith('<')) problem = { detail: text };
    }
  } catch {
    problem = {};
  }
  const status = response.status;
  const known = [400, 401, 403, 404, 409, 413, 422, 423, 429].includes(status) ? `error.${status}` : status >= 500 ? 'error.500' : 'error.400';
  const errors = Array.isArray(problem.errors) ? problem.errors : [];
  const parts = [t(known)];
  const detail = problem.detail || problem.title;
  if (detail) parts.push(detail);
  for (const e of errors) parts.push(`${e.field ? `${e.field}: ` : ''}${e.reason || ''}`);
  const rowErrors = Array.isArray(problem.rowErrors) ? problem.rowErrors : [];
  for (const e of rowErrors.slice(0, SHOWN_ROW_ERRORS)) {
    parts.push(`${t('error.row', { row: e.row })} ${e.column || ''}: ${e.reason || ''};`);
  }
  if (rowErrors.length > SHOWN_ROW_ERRORS) parts.push(t('error.moreRows', { count: rowErrors.length - SHOWN_ROW_ERRORS }));
  return new ApiError(parts.join(' '), { status, title: problem.title || '', detail: problem.detail || '', errors, rowErrors });
}
