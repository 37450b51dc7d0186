import { afterEach, describe, expect, it } from 'vitest';
import { findLmsApi } from './discover';

const api12 = () =>
  Object.fromEntries(
    [
      'LMSInitialize',
      'LMSFinish',
      'LMSGetValue',
      'LMSSetValue',
      'LMSCommit',
      'LMSGetLastError',
      'LMSGetErrorString',
    ].map((m) => [m, () => 'true']),
  );
const api2004 = () =>
  Object.fromEntries(
    [
      'Initialize',
      'Terminate',
      'GetValue',
      'SetValue',
      'Commit',
      'GetLastError',
      'GetErrorString',
    ].map((m) => [m, () => 'true']),
  );

/** A chain of `depth` frames inside `win`; returns the innermost frame's window. */
function nested(depth: number, win: Window = lmsPage()): Window {
  let doc = win.document;
  for (let i = 0; i < depth; i++) {
    const frame = doc.createElement('iframe');
    doc.body.append(frame);
    const inner = frame.contentWindow;
    if (!inner) throw new Error('no frame window');
    win = inner;
    doc = inner.document;
  }
  return win;
}

/** The LMS's page: a frame of its own (in jsdom the test's `window` is not a frame's parent). */
let page: Window | null = null;
function lmsPage(): Window {
  if (!page) {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    page = frame.contentWindow;
  }
  if (!page) throw new Error('no frame window');
  return page;
}

afterEach(() => {
  document.body.replaceChildren();
  page = null;
});

describe('finding the LMS API', () => {
  it('finds nothing when there is no LMS', () => {
    expect(findLmsApi(nested(2))).toBeNull();
  });

  it('finds SCORM 2004 in a parent frame', () => {
    const api = api2004();
    Reflect.set(lmsPage(), 'API_1484_11', api);
    expect(findLmsApi(nested(3))).toEqual({ version: '2004', api });
  });

  it('finds SCORM 1.2 in a parent frame', () => {
    const api = api12();
    Reflect.set(lmsPage(), 'API', api);
    expect(findLmsApi(nested(2))).toEqual({ version: '1.2', api });
  });

  it('prefers SCORM 2004 when both are offered', () => {
    Reflect.set(lmsPage(), 'API', api12());
    Reflect.set(lmsPage(), 'API_1484_11', api2004());
    expect(findLmsApi(nested(1))?.version).toBe('2004');
  });

  it('ignores an object that is called API but is not an LMS', () => {
    Reflect.set(lmsPage(), 'API', { version: 3, get: () => 'true' });
    expect(findLmsApi(nested(1))).toBeNull();
  });

  it('stops after 7 parents for SCORM 1.2, as the specification’s sample code does', () => {
    Reflect.set(lmsPage(), 'API', api12());
    expect(findLmsApi(nested(7))?.version).toBe('1.2');
    expect(findLmsApi(nested(8))).toBeNull();
  });

  it('looks in the window that opened this one (an LMS that launches in a new window)', () => {
    const lms = lmsPage();
    const api = api2004();
    Reflect.set(lms, 'API_1484_11', api);
    const popup = nested(1, window);
    Object.defineProperty(popup, 'opener', { value: lms });
    expect(findLmsApi(popup)).toEqual({ version: '2004', api });
  });
});
