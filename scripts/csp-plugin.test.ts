import { contentSecurityPolicy, withContentSecurityPolicy } from './csp-plugin';

// Expected hashes are sha256 digests computed outside this code (openssl dgst -sha256 -binary
// | base64), so the test checks the hashing itself, not the code against itself.
const ALERT = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"; // alert(1)
const RED = "'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='"; // body{color:red}
const WIDTH_0 = "'sha256-UiXlt9djFx1o7crFtCH7sUqquV6B2BX9ozY9jqs43JE='"; // width:0%

function page(body: string, head = '') {
  return `<!doctype html><html><head><meta charset="UTF-8" />${head}<title>t</title></head><body>${body}</body></html>`;
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split('; ').map((d) => {
      const [name = '', ...sources] = d.split(' ');
      return [name, sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy(
    page('<div style="width:0%"></div><script>alert(1)</script>', '<style>body{color:red}</style>'),
  );

  it('names every directive, each allowing only what the module needs', () => {
    expect(Object.fromEntries(directives(policy))).toEqual({
      'default-src': ["'none'"],
      'script-src': [ALERT],
      'style-src': [RED],
      'style-src-attr': ["'unsafe-hashes'", WIDTH_0],
      'connect-src': ["'none'"],
      'img-src': ['data:'],
      'font-src': ['data:'],
      'worker-src': ["'self'"],
      'manifest-src': ["'self'"],
      'frame-src': ["'none'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
    });
  });

  it('never allows eval or any inline code by a blanket rule', () => {
    const big = contentSecurityPolicy(
      page('<script type="module">import("x")</script><p style="color:red">x</p>'),
    );
    for (const p of [policy, big]) {
      expect(p).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|\*|https?:/);
    }
  });

  it('hashes a changed inline script differently', () => {
    const changed = contentSecurityPolicy(page('<script>alert(2)</script>'));
    expect(directives(changed).get('script-src')).toHaveLength(1);
    expect(directives(changed).get('script-src')).not.toContain(ALERT);
    expect(
      directives(contentSecurityPolicy(page('<script>alert(1)</script>'))).get('script-src'),
    ).toEqual([ALERT]);
  });

  it('reads script text as a browser does: "<\\/script>" in a string, CR LF as LF', () => {
    const escaped = contentSecurityPolicy(page('<script>var s = "<\\/script>";\nrun(s)</script>'));
    expect(directives(escaped).get('script-src')).toEqual([
      "'sha256-DVSQfTR2lldqPwBE1FXsK6aroDy+Q0diEcRpczm99IE='",
    ]);
    const crlf = contentSecurityPolicy(page('<script>a\r\nb</script>'));
    expect(directives(crlf).get('script-src')).toEqual([
      "'sha256-fhj3NzEbLcOy8mndeDlrA1HxT7Zu+oefdoyyMYGIPHg='",
    ]);
  });

  it('hashes style attributes after decoding entities; with no inline code allows none', () => {
    const quoted = contentSecurityPolicy(page('<p style="content:&quot;x&quot;">x</p>'));
    expect(directives(quoted).get('style-src-attr')).toEqual([
      "'unsafe-hashes'",
      "'sha256-StAtuWophh7j00i0Bo8H/bxd30Ynaewu3NxWMi57yyo='",
    ]);
    const plain = directives(contentSecurityPolicy(page('<p>x</p>')));
    expect([plain.get('script-src'), plain.get('style-src'), plain.get('style-src-attr')]).toEqual([
      ["'none'"],
      ["'none'"],
      ["'none'"],
    ]);
  });

  it('lists each hash once', () => {
    const twice = contentSecurityPolicy(page('<script>alert(1)</script><script>alert(1)</script>'));
    expect(directives(twice).get('script-src')).toEqual([ALERT]);
  });

  it('refuses pages the policy would break', () => {
    expect(() => contentSecurityPolicy(page('<script src="app.js"></script>'))).toThrow(
      /script src/,
    );
    expect(() => contentSecurityPolicy(page('<button onclick="go()">x</button>'))).toThrow(
      /onclick/,
    );
  });
});

describe('withContentSecurityPolicy', () => {
  it('puts the policy right after <meta charset>, before any script or style', () => {
    const html = page('<script>alert(1)</script>', '<style>body{color:red}</style>');
    const out = withContentSecurityPolicy(html);
    const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}" />`;
    expect(out).toContain(`<meta charset="UTF-8" />\n    ${meta}<style>`);
    expect(out.replace(`\n    ${meta}`, '')).toBe(html);
  });

  it('refuses a page that already has a policy, or has no <head> tag', () => {
    const once = withContentSecurityPolicy(page('<p>x</p>'));
    expect(() => withContentSecurityPolicy(once)).toThrow(/already has/);
    expect(() => withContentSecurityPolicy('<p>x</p>')).toThrow(/no <head>/);
  });
});
