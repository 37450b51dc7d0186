/// <reference lib="dom" />
// (DOM types: the test reads the manifests with jsdom's DOMParser, as a browser would.)
// The packages' manifests, read as an LMS reads them: the elements SCORM requires, unique
// identifiers that refer to each other, and files that are really in the zip.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { MODULE_TITLE } from '../src/config/paths';
import { buildPackage, LAUNCH_FILE, manifest, type ScormEdition } from './scorm-package';

const dist = mkdtempSync(join(tmpdir(), 'scorm-dist-'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>x</title>');
writeFileSync(join(dist, 'sw.js'), '// worker');
mkdirSync(join(dist, 'extra'));
writeFileSync(join(dist, 'extra', 'a b.svg'), '<svg/>');
writeFileSync(join(dist, 'scorm12.zip'), 'an older package');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const EXPECTED = {
  '1.2': {
    namespace: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    schemaversion: '1.2',
    scormType: 'scormtype',
  },
  '2004': {
    namespace: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
    schemaversion: '2004 4th Edition',
    scormType: 'scormType',
  },
} as const;

function read(edition: ScormEdition) {
  const files = unzipSync(buildPackage(dist, edition, '1.2.3'));
  const text = strFromU8(files['imsmanifest.xml'] ?? new Uint8Array());
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  return { files, doc };
}

describe.each(['1.2', '2004'] as const)('SCORM %s package', (edition) => {
  const { files, doc } = read(edition);
  const ns = EXPECTED[edition].namespace;
  const all = (name: string) => Array.from(doc.getElementsByTagNameNS(ns, name));
  const one = (name: string, parent: Element | Document = doc) => {
    const found = Array.from(parent.getElementsByTagNameNS(ns, name));
    expect(found, name).toHaveLength(1);
    return found[0]!;
  };

  it('is well-formed XML whose root is a manifest in the version’s namespace', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('manifest');
    expect(doc.documentElement.namespaceURI).toBe(ns);
    expect(doc.documentElement.getAttribute('version')).toBe('1.2.3');
  });

  it('says which SCORM it is', () => {
    const metadata = one('metadata');
    expect(one('schema', metadata).textContent).toBe('ADL SCORM');
    expect(one('schemaversion', metadata).textContent).toBe(EXPECTED[edition].schemaversion);
  });

  it('has unique identifiers that refer to each other: organization → item → resource', () => {
    const ids = Array.from(doc.querySelectorAll('[identifier]'), (e) =>
      e.getAttribute('identifier'),
    );
    expect(new Set(ids).size).toBe(ids.length);
    const organizations = one('organizations');
    const organization = one('organization');
    expect(organizations.getAttribute('default')).toBe(organization.getAttribute('identifier'));
    const ownTitle = Array.from(organization.children).find((e) => e.localName === 'title');
    expect(ownTitle?.textContent).toBe(MODULE_TITLE);
    const items = all('item');
    expect(items).toHaveLength(1);
    expect(items[0]!.getElementsByTagNameNS(ns, 'title')[0]?.textContent).toBe(MODULE_TITLE);
    const resources = all('resource');
    expect(resources).toHaveLength(1);
    expect(items[0]!.getAttribute('identifierref')).toBe(resources[0]!.getAttribute('identifier'));
  });

  it('launches one SCO, index.html, which is in the zip with every file the resource lists', () => {
    const resource = one('resource');
    expect(resource.getAttribute('type')).toBe('webcontent');
    expect(resource.getAttributeNS(EXPECTED[edition].adlcp, EXPECTED[edition].scormType)).toBe(
      'sco',
    );
    expect(resource.getAttribute('href')).toBe(LAUNCH_FILE);
    expect(files[LAUNCH_FILE]).toBeDefined();
    const listed = Array.from(resource.getElementsByTagNameNS(ns, 'file'), (f) =>
      f.getAttribute('href'),
    );
    expect(listed.sort()).toEqual(['extra/a b.svg', 'index.html', 'sw.js']);
    expect(Object.keys(files).sort()).toEqual([
      'extra/a b.svg',
      'imsmanifest.xml',
      'index.html',
      'sw.js',
    ]);
  });

  if (edition === '2004') {
    it('tells the LMS that the module itself reports completion and success', () => {
      const controls = doc.getElementsByTagNameNS(
        'http://www.imsglobal.org/xsd/imsss',
        'deliveryControls',
      )[0];
      expect(controls?.getAttribute('completionSetByContent')).toBe('true');
      expect(controls?.getAttribute('objectiveSetByContent')).toBe('true');
    });
  }
});

describe('packaging', () => {
  it('escapes the title and version for XML', () => {
    const text = manifest('1.2', { title: 'A & B <c>', version: '1"2', files: [] });
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe('A & B <c>');
  });

  it('makes the same bytes from the same build', () => {
    expect(buildPackage(dist, '2004', '1')).toEqual(buildPackage(dist, '2004', '1'));
  });

  it('says what to do when there is no build', () => {
    const empty = mkdtempSync(join(tmpdir(), 'scorm-empty-'));
    expect(() => buildPackage(empty, '1.2', '1')).toThrow(/npm run build/);
    rmSync(empty, { recursive: true, force: true });
  });
});
