/**
 * `npm run package` (also the last step of `npm run build`): wraps the built module in two LMS
 * packages, dist/scorm12.zip (SCORM 1.2) and dist/scorm2004.zip (SCORM 2004 4th edition).
 * Each holds imsmanifest.xml and the plain build's files unchanged, so without an LMS the
 * package behaves exactly like dist/; under an LMS the app finds the LMS's API and reports to
 * it (src/lms/).
 *
 * The manifests name no XML schema files and the packages carry none: the schemas are the
 * IMS's and ADL's, LMSs (Moodle, Canvas, SCORM Cloud…) import packages without them, and
 * they are needed only for formal conformance testing (README, "Delivering through an LMS").
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { MODULE_TITLE } from '../src/config/paths.ts';

export type ScormEdition = '1.2' | '2004';

export const PACKAGES: Record<ScormEdition, string> = {
  '1.2': 'scorm12.zip',
  '2004': 'scorm2004.zip',
};

/** The page the LMS opens: the same single-file app as the plain build. */
export const LAUNCH_FILE = 'index.html';

const IDENTIFIER = 'infowar-casestudy-mek-resistance-units';

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export interface ManifestInfo {
  title: string;
  version: string;
  /** Every file in the package besides the manifest, relative to its root. */
  files: string[];
}

/** imsmanifest.xml: one organization with one item, launching one SCO. */
export function manifest(edition: ScormEdition, info: ManifestInfo): string {
  const title = xml(info.title);
  const files = info.files.map((f) => `        <file href="${xml(f)}"/>`).join('\n');
  if (edition === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${IDENTIFIER}-scorm12" version="${xml(info.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${title}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="${LAUNCH_FILE}">
${files}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${IDENTIFIER}-scorm2004" version="${xml(info.version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${title}</title>
      <item identifier="item" identifierref="sco">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="${LAUNCH_FILE}">
${files}
    </resource>
  </resources>
</manifest>
`;
}

/** The files of a built dist/ that go into a package (everything but the packages). */
export function packageFiles(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
      else if (!name.endsWith('.zip')) out.push(`${prefix}${name}`);
    }
  };
  walk(dist, '');
  return out;
}

// A fixed date: the same build makes the same bytes.
const MTIME = new Date('2026-01-01T00:00:00Z');

export function buildPackage(dist: string, edition: ScormEdition, version: string): Uint8Array {
  const files = packageFiles(dist);
  if (!files.includes(LAUNCH_FILE)) {
    throw new Error(`${join(dist, LAUNCH_FILE)} is missing: run \`npm run build\` first.`);
  }
  const entries: Zippable = {
    'imsmanifest.xml': [
      strToU8(manifest(edition, { title: MODULE_TITLE, version, files })),
      { mtime: MTIME },
    ],
  };
  for (const f of files) entries[f] = [readFileSync(join(dist, f)), { mtime: MTIME }];
  return zipSync(entries, { level: 9 });
}

function main() {
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  const dist = join(root, 'dist');
  const pkg: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const version =
    typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : '0.0.0';
  for (const edition of ['1.2', '2004'] as const) {
    const zip = buildPackage(dist, edition, version);
    writeFileSync(join(dist, PACKAGES[edition]), zip);
    console.log(
      `dist/${PACKAGES[edition]}  SCORM ${edition}  ${(zip.length / 1024).toFixed(0)} kB`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
