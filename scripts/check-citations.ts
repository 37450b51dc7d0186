// npm run citations:check — every web address written in lessons/ or src/ must be the address of
// an entry in lessons/sources.yaml, the list of sources the module may cite (each one copied from
// the research dossier). A URL anywhere else is either a typo or a source nobody vetted.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

const TEXT_FILE = /\.(md|ya?ml|json|tsx?|jsx?|mjs|txt|html|css)$/;
const SKIP = new Set(['node_modules', 'dist', '.git', 'coverage', 'fixtures']);
const URL_PATTERN = /https?:\/\/[^\s)>\]"'`|]+/g;
// Addresses that are never citations: tests' loopback servers and documentation placeholders.
const NOT_A_CITATION = /^(localhost|127\.0\.0\.1|example\.(com|org))([:/]|$)/;

/** Compares addresses the way a reader would: scheme, "www." and trailing punctuation aside. */
export function normalizeUrl(url: string): string {
  return url
    .replace(/[).,;:'"\]>*`]+$/, '')
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/\/$/, '');
}

/** The addresses of the sources in a sources.yaml file. */
export function allowedUrls(sourcesYaml: string): Set<string> {
  const parsed: unknown = parse(sourcesYaml);
  const urls = new Set<string>();
  const sources =
    parsed && typeof parsed === 'object' && 'sources' in parsed ? parsed.sources : undefined;
  if (!Array.isArray(sources)) return urls;
  for (const s of sources) {
    if (s && typeof s === 'object' && 'url' in s && typeof s.url === 'string') {
      urls.add(normalizeUrl(s.url));
    }
  }
  return urls;
}

export interface Stray {
  file: string;
  line: number;
  url: string;
}

/** Every URL in the given files or folders that is not a source's address. */
export function strayUrls(roots: string[], allowed: Set<string>, base = process.cwd()): Stray[] {
  const stray: Stray[] = [];
  const walk = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path)) if (!SKIP.has(entry)) walk(join(path, entry));
      return;
    }
    if (!TEXT_FILE.test(path)) return;
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        for (const url of text.match(URL_PATTERN) ?? []) {
          const n = normalizeUrl(url);
          if (NOT_A_CITATION.test(n) || allowed.has(n)) continue;
          stray.push({ file: relative(base, path), line: i + 1, url });
        }
      });
  };
  roots.forEach(walk);
  return stray;
}

if (process.argv[1] && /check-citations\.ts$/.test(process.argv[1])) {
  const allowed = allowedUrls(readFileSync('lessons/sources.yaml', 'utf8'));
  const stray = strayUrls(['lessons', 'src'], allowed);
  if (stray.length) {
    console.error(`${stray.length} web addresses are not sources in lessons/sources.yaml:`);
    for (const s of stray) console.error(`  ${s.file}:${s.line}  ${s.url}`);
    process.exit(1);
  }
  console.log(`every web address in lessons/ and src/ is one of the ${allowed.size} sources`);
}
