// The academy file's `lrs` section: what a valid one gives the page and the build (CSP origins), and
// the `path:line: message` errors a wrong one gets, like every other key of the file.
import { describe, expect, it } from 'vitest';
import { lrsConnectOrigins, originOf } from '../../../src/engine/academyLrs';
import { parseAcademyConfig } from '../../../src/engine/scoring/config';
import { academyConnectOrigins, withConnectOrigins } from '../../../src/node/vitePluginCsp';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './fixtures';

const FILE = 'stories/academy.config.json';

function parse(text: string) {
  const result = parseAcademyConfig(text, FILE);
  return result.ok ? { config: result.config } : { errors: result.errors.map((e) => `${e.file}:${e.line}: ${e.message}`) };
}

describe('the lrs key of the academy configuration', () => {
  it('gives the endpoint (with its trailing slash), credentials, activity base and allowed origins', () => {
    const text = `{
  "version": 1,
  "lrs": {
    "endpoint": "https://LRS.academy.example:443/xAPI",
    "key": "threshold-page",
    "secret": "s3cret",
    "activityBase": "https://academy.example/threshold",
    "allowedOrigins": ["https://lms.academy.example"]
  }
}`;
    const { config } = parse(text);
    expect(config?.lrs).toEqual({
      store: { endpoint: 'https://LRS.academy.example:443/xAPI/', key: 'threshold-page', secret: 's3cret' },
      activityBase: 'https://academy.example/threshold',
      allowedOrigins: ['https://lms.academy.example'],
    });
    expect(lrsConnectOrigins(config?.lrs)).toEqual(['https://lrs.academy.example', 'https://lms.academy.example']);
  });

  it('may name only the origins a cmi5 LMS sends from, for an academy without an LRS of its own', () => {
    const { config } = parse('{"version": 1, "lrs": {"allowedOrigins": ["https://lms.academy.example"]}}');
    expect(config?.lrs).toEqual({ allowedOrigins: ['https://lms.academy.example'] });
    expect(lrsConnectOrigins(config?.lrs)).toEqual(['https://lms.academy.example']);
  });

  it('names the line of every mistake in it', () => {
    const text = `{
  "version": 1,
  "lrs": {
    "endpoint": "ftp://lrs.example/xAPI/",
    "key": "a:b",
    "activityBase": "https://academy.example/threshold/",
    "allowedOrigins": ["https://lms.example/path"],
    "secrets": "x"
  }
}`;
    expect(parse(text).errors).toEqual([
      `${FILE}:8: lrs: unknown key 'secrets'; allowed: endpoint, key, secret, activityBase, allowedOrigins`,
      `${FILE}:4: lrs: 'endpoint' must be an http or https address, not "ftp://lrs.example/xAPI/"`,
      `${FILE}:5: lrs: 'key' must be a non-empty string without ":"`,
      `${FILE}:3: lrs: missing 'secret' (the LRS client's secret or password)`,
      `${FILE}:6: lrs: 'activityBase' must be an http or https IRI without a trailing '/', not "https://academy.example/threshold/"`,
      `${FILE}:7: lrs: 'allowedOrigins' entries must be origins such as "https://lms.academy.example" (no path), not "https://lms.example/path"`,
    ]);
    expect(parse('{\n  "version": 1,\n  "lrs": "https://lrs.example"\n}').errors).toEqual([
      `${FILE}:3: 'lrs' must be an object such as {"endpoint": "https://lrs.academy.example/xAPI/", "key": "…", "secret": "…"}`,
    ]);
  });

  it('reads origins the way browsers compare them', () => {
    expect(originOf('http://127.0.0.1:5221/xAPI/')).toBe('http://127.0.0.1:5221');
    expect(originOf('HTTPS://Example.org:443')).toBe('https://example.org');
    expect(originOf('https://user@example.org/')).toBeNull();
    expect(originOf('javascript:alert(1)')).toBeNull();
  });
});

describe("the pages' Content-Security-Policy", () => {
  for (const page of ['src/app/index.html', 'src/app/results.html']) {
    it(`${page} gains exactly the LRS origins in connect-src, and nothing without an LRS`, () => {
      const html = readFileSync(`${repoRoot}/${page}`, 'utf8');
      expect(withConnectOrigins(html, [])).toBe(html);
      const built = withConnectOrigins(html, ['https://lrs.academy.example', 'https://lms.academy.example']);
      const policy = /content="([^"]*connect-src[^"]*)"/.exec(built)?.[1] ?? '';
      // results.html also reaches any https LRS the trainer types (its "Load from the LRS"), after these.
      expect(policy).toMatch(/connect-src 'self' https:\/\/lrs\.academy\.example https:\/\/lms\.academy\.example[; ]/);
      expect(policy.replace(" https://lrs.academy.example https://lms.academy.example", '')).toBe(/content="([^"]*connect-src[^"]*)"/.exec(html)?.[1]);
    });
  }

  it('refuses a page whose policy it cannot find, rather than ship one without the LRS', () => {
    expect(() => withConnectOrigins('<meta http-equiv="Content-Security-Policy" content="default-src *">', ['https://lrs.example'], 'x.html')).toThrow(
      /x\.html: expected exactly one "connect-src 'self'"/,
    );
  });
});

describe('the build reading the academy file for the CSP', () => {
  const repoWith = (text: string): string => {
    const root = mkdtempSync(join(tmpdir(), 'threshold-csp-'));
    mkdirSync(join(root, 'stories'));
    writeFileSync(join(root, 'stories', 'academy.config.json'), text);
    return root;
  };

  it("takes the LRS's origin and the allowed ones from the file", () => {
    const root = repoWith('{"version": 1, "lrs": {"endpoint": "https://lrs.academy.example/xAPI/", "key": "k", "secret": "s", "allowedOrigins": ["https://lms.academy.example"]}}');
    expect(academyConnectOrigins(root)).toEqual(['https://lrs.academy.example', 'https://lms.academy.example']);
    rmSync(root, { recursive: true });
  });

  it('allows nothing more, and says why with file and line, when the file is broken', () => {
    const root = repoWith('{\n  "version": 1,\n  "lrs": {\n    "endpoint": "https://lrs.academy.example/xAPI/",\n    "key": "k"\n  }\n}');
    const warnings: string[] = [];
    expect(academyConnectOrigins(root, (message) => warnings.push(message))).toEqual([]);
    expect(warnings).toEqual([`${FILE}:3: lrs: missing 'secret' (the LRS client's secret or password) (the page's CSP allows no LRS until this is fixed)`]);
    rmSync(root, { recursive: true });
  });
});
