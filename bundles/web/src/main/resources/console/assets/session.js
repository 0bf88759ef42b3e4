// The sign-in state lives in sessionStorage (per tab, gone when the tab closes): the bearer token is sent in the
// Authorization header only, never as a cookie, so no other site can make the browser use it (no CSRF).

const SESSION_KEY = 'grassroots.session';
const SCOPE_KEY = 'grassroots.scope';

function read(key) {
  try {
    const raw = sessionStorage.getItem(key);
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // storage unavailable: the state lasts for this page only
  }
}

export const session = {
  /** {token, expiresAt, account} after a sign-in, {open: true} on a platform without sign-in, or null. */
  get() {
    const value = read(SESSION_KEY);
    if (value && value.expiresAt && Date.parse(value.expiresAt) < Date.now()) {
      write(SESSION_KEY, null);
      return null;
    }
    return value;
  },
  set(value) {
    write(SESSION_KEY, value);
  },
  clear() {
    write(SESSION_KEY, null);
    write(SCOPE_KEY, null);
  },
  token() {
    const value = this.get();
    return value && value.token ? value.token : null;
  },
  /** The unit whose subtree the pages show: {id, name}. */
  scope() {
    return read(SCOPE_KEY);
  },
  /**
   * The scope as pages get it: {id, name}. It also turns into its id where a string or number is expected
   * (`?unit=${ctx.unit}`), for module pages written against the id alone.
   */
  scopeUnit() {
    const scope = read(SCOPE_KEY);
    if (!scope) return null;
    return Object.freeze({ id: scope.id, name: scope.name, toString: () => String(scope.id), valueOf: () => scope.id });
  },
  setScope(unit) {
    write(SCOPE_KEY, unit ? { id: unit.id, name: unit.name } : null);
  },
};
