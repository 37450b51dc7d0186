/**
 * Finds an LMS's SCORM API the way the SCORM run-time specifications describe: look in this
 * window, then up the chain of `parent` frames, then in `opener` and its parents. SCORM 2004's
 * API is called `API_1484_11`, SCORM 1.2's `API`; 2004 is preferred when both are there. The
 * depth limits are those of the specifications' own sample code (500 for 2004, 7 for 1.2).
 *
 * This file is all that runs when there is no LMS: the adapter itself (connect.ts) is loaded
 * with import() only once an API has been found.
 */

const METHODS = {
  '2004': [
    'Initialize',
    'Terminate',
    'GetValue',
    'SetValue',
    'Commit',
    'GetLastError',
    'GetErrorString',
  ],
  '1.2': [
    'LMSInitialize',
    'LMSFinish',
    'LMSGetValue',
    'LMSSetValue',
    'LMSCommit',
    'LMSGetLastError',
    'LMSGetErrorString',
  ],
} as const;

type Methods<V extends keyof typeof METHODS> = (typeof METHODS)[V][number];
type Api<V extends keyof typeof METHODS> = Record<Methods<V>, (...args: string[]) => unknown>;
export type Api2004 = Api<'2004'>;
export type Api12 = Api<'1.2'>;

export type FoundApi = { version: '2004'; api: Api2004 } | { version: '1.2'; api: Api12 };

function hasMethods<V extends keyof typeof METHODS>(x: unknown, version: V): x is Api<V> {
  return (
    typeof x === 'object' &&
    x !== null &&
    METHODS[version].every((m) => typeof Reflect.get(x, m) === 'function')
  );
}

/** A window's property, or undefined when the window belongs to another origin. */
function read(win: Window, name: string): unknown {
  try {
    return Reflect.get(win, name);
  } catch {
    return undefined;
  }
}

function scan<V extends keyof typeof METHODS>(start: Window, version: V, limit: number) {
  let win = start;
  for (let depth = 0; depth <= limit; depth++) {
    const api = read(win, version === '2004' ? 'API_1484_11' : 'API');
    // An object that merely has the name (some pages define their own `API`) is not an LMS.
    if (hasMethods(api, version)) return api;
    if (win.parent === win) return null;
    win = win.parent;
  }
  return null;
}

function openerOf(win: Window): Window | null {
  const opener: Window | null = win.opener ?? null;
  return opener === win ? null : opener;
}

export function findLmsApi(win: Window): FoundApi | null {
  const opener = openerOf(win);
  const api2004 = scan(win, '2004', 500) ?? (opener && scan(opener, '2004', 500));
  if (api2004) return { version: '2004', api: api2004 };
  const api12 = scan(win, '1.2', 7) ?? (opener && scan(opener, '1.2', 7));
  if (api12) return { version: '1.2', api: api12 };
  return null;
}

/**
 * Looks for an LMS and, if there is one, loads and starts the adapter. Returns whether an LMS
 * was found (the app then registers no service worker: the LMS serves the module).
 */
export function startLms(): boolean {
  const found = findLmsApi(window);
  if (!found) return false;
  import('./connect')
    .then((adapter) => adapter.connect(found))
    .catch((error: unknown) => console.warn('[lms] the LMS adapter could not start', error));
  return true;
}
