import { createHash } from 'node:crypto';
import { defaultTreeAdapter as tree, parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { Plugin } from 'vite';

type Node = DefaultTreeAdapterTypes.Node;

/** What the policy is built from and where it goes, read from a page's HTML. */
export interface PageCode {
  scripts: string[];
  styles: string[];
  /** Values of style="…" attributes. */
  styleAttributes: string[];
  /** Where the policy's <meta> goes: after <meta charset>, or else at the start of <head>. */
  insertAt: number;
}

/**
 * Every inline <script>, <style> and style="…" in the page, parsed as a browser parses it
 * (parse5 follows the HTML standard: "<\/script>" inside a JavaScript string does not end the
 * element, attribute entities are decoded, CR LF becomes LF), so the hashes match what the
 * browser hashes. Throws on what a hash-based policy would silently break: a <script src>, an
 * on…="" handler, a policy already in the page.
 */
export function pageCode(html: string): PageCode {
  const found: PageCode = { scripts: [], styles: [], styleAttributes: [], insertAt: -1 };
  const visit = (node: Node) => {
    if (tree.isElementNode(node)) {
      const name = tree.getTagName(node);
      const attrs = tree.getAttrList(node);
      const attr = (key: string) => attrs.find((a) => a.name === key)?.value;
      for (const { name: key, value } of attrs) {
        if (key === 'style') found.styleAttributes.push(value);
        if (key.startsWith('on')) throw new Error(`<${name} ${key}>: inline handlers are refused`);
      }
      if (name === 'script') {
        if (attr('src') !== undefined) {
          throw new Error(
            `<script src="${attr('src')}">: the policy allows only inline scripts, by hash; a ` +
              'build that loads script files must also change script-src in scripts/csp-plugin.ts',
          );
        }
        found.scripts.push(textOf(node));
      }
      if (name === 'style') found.styles.push(textOf(node));
      if (attr('http-equiv')?.toLowerCase() === 'content-security-policy') {
        throw new Error('the page already has a Content-Security-Policy');
      }
      const end = node.sourceCodeLocation?.startTag?.endOffset;
      if (name === 'head' && found.insertAt < 0 && end !== undefined) found.insertAt = end;
      if (name === 'meta' && attr('charset') !== undefined && end !== undefined)
        found.insertAt = end;
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  return found;
}

function textOf(node: DefaultTreeAdapterTypes.Element): string {
  return node.childNodes.map((child) => (tree.isTextNode(child) ? child.value : '')).join('');
}

/** A source per distinct text, or 'none' when there is no text (an empty list reads badly). */
function hashes(texts: string[]): string[] {
  const unique = [...new Set(texts)];
  if (!unique.length) return ["'none'"];
  return unique.map((t) => `'sha256-${createHash('sha256').update(t, 'utf8').digest('base64')}'`);
}

/**
 * The Content-Security-Policy for one page of the module, from the page's final HTML. Exported
 * so any other HTML file that runs the module (e.g. an LMS package's launch file) gets the same
 * policy. The policy only decides what the page may load, run and send; JavaScript calls into
 * another frame (an LMS API in a parent window) are not requests, and it does not govern them.
 *
 * Two directives cannot be set from a <meta> tag and are ignored there: `frame-ancestors` (who
 * may frame the page: an LMS must be able to) and `sandbox`. `report-uri`/`report-to` are left
 * out on purpose: a report is itself a request to somewhere.
 */
export function contentSecurityPolicy(html: string): string {
  return policyFor(pageCode(html));
}

function policyFor(code: PageCode): string {
  const directives: [string, ...string[]][] = [
    // Everything not named below (media, child-src, prefetch, …) is refused.
    ['default-src', "'none'"],
    // Only the exact inline scripts of this build, by hash: an injected or edited script does
    // not run. Never 'unsafe-inline' or 'unsafe-eval': the bundle has no eval or new Function,
    // and no WebAssembly (fzstd, which unpacks the lessons, is plain JavaScript).
    ['script-src', ...hashes(code.scripts)],
    // The inlined stylesheets, by hash.
    ['style-src', ...hashes(code.styles)],
    // Only the exact style="…" values the pre-render wrote (the progress bars' "width:0%"), by
    // hash; 'unsafe-hashes' is what lets a hash apply to an attribute, and only these values
    // match. 'unsafe-inline' would let any injected style attribute through; dropping the
    // attributes would leave the pre-rendered bars full until the app draws. React changes
    // styles later through the CSSOM, which CSP does not govern.
    [
      'style-src-attr',
      ...(code.styleAttributes.length ? ["'unsafe-hashes'"] : []),
      ...hashes(code.styleAttributes),
    ],
    // The heart of the privacy promise: the page opens no connection of any kind (fetch, XHR,
    // sendBeacon, WebSocket, EventSource), to any address, its own host included. The service
    // worker's update check is made by the browser, not under this policy.
    ['connect-src', "'none'"],
    // The favicon and the manifest's install icon are data: URLs (browsers fetch manifest
    // icons under the page's img-src); no image ever comes from a server, so no tracking pixel.
    ['img-src', 'data:'],
    // No web fonts today; an inlined (data:) font would load, a font from a server would not.
    ['font-src', 'data:'],
    // The hosted copy's service worker, ./sw.js from the page's own host; on file:// none is
    // registered. (The worker's own fetches are governed by its script's headers, not by this.)
    ['worker-src', "'self'"],
    // The hosted copy adds <link rel="manifest" href="./manifest.webmanifest"> (installing).
    ['manifest-src', "'self'"],
    // No frames, plugins or embeds: nothing from elsewhere is shown inside the module.
    ['frame-src', "'none'"],
    ['object-src', "'none'"],
    // A <base> tag would redirect every relative address (and the service worker's) elsewhere.
    ['base-uri', "'none'"],
    // No form is ever submitted anywhere: the module's forms are handled by its own script.
    ['form-action', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/**
 * The page with its policy in a <meta> right after <meta charset>: a policy governs only what
 * follows it, so it must come before every script and style.
 */
export function withContentSecurityPolicy(html: string): string {
  const code = pageCode(html);
  // A parser-made <head> (none in the source) has no start tag to put the policy after.
  if (code.insertAt < 0) throw new Error('the page has no <head> tag to put the policy in');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(code)}" />`;
  return `${html.slice(0, code.insertAt)}\n    ${meta}${html.slice(code.insertAt)}`;
}

/**
 * Writes the policy into every built HTML page, last of all the build's changes to the HTML
 * (after the single-file inlining, the script move and the pre-render), so the hashes are of
 * the final inline code, however it was produced. Build only: the dev server's live reload
 * needs eval and a WebSocket.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html')) {
            const html =
              typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
            file.source = withContentSecurityPolicy(html);
          }
        }
      },
    },
  };
}
