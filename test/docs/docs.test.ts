import * as fs from 'fs';
import * as path from 'path';

/**
 * The documentation names only things that exist: README.md and every docs/*.md are checked for
 * the npm scripts they show, the repository paths they name, their relative links, and the
 * README's length (it is the front door, not the manual). The checker is a pure function over a
 * doc's text, the package.json scripts and the repository's paths, so its own tests below can
 * feed it broken docs and see every check fail.
 */

const ROOT = path.resolve(__dirname, '..', '..');

/** The README stays a front door: what it is, the commands, the diagram, the layout, the links. */
const README_MAX_LINES = 250;

/** npm commands that are not scripts of package.json. */
const NPM_BUILT_INS = new Set(['ci', 'test', 'install', 'i']);

/** Where repository paths start; a path named in inline code or a link under these must exist. */
const REPOSITORY_PREFIXES = ['lib/', 'bin/', 'test/', 'config/', 'crds/', 'schemas/', 'k8s/', 'reports/', 'docs/', 'bench/', '.ci/', 'jobs/'];

/**
 * Paths the docs may name before they exist, each with the reason. Keep this short: every entry
 * is a place where a stale name would go unnoticed.
 */
const NOT_YET_PRESENT: ReadonlyArray<{ readonly prefix: string; readonly reason: string }> = [
  { prefix: 'schemas/history/', reason: 'released Avro schema versions: the folder appears the first time a schema changes (docs/kafka.md)' },
];

/** Directories never walked for the repository's paths: dependencies and build output. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'cdk.out', 'dist']);

/** A Markdown document, its path relative to the repository root (`README.md`, `docs/kafka.md`). */
export interface Doc {
  readonly path: string;
  readonly text: string;
}

/** What a doc is checked against. */
export interface DocContext {
  /** The scripts of package.json. */
  readonly scripts: ReadonlySet<string>;
  /** Every file and directory of the repository, relative, `/`-separated, directories without a trailing slash. */
  readonly paths: ReadonlySet<string>;
  /** Line limit of this doc. @default - none */
  readonly maxLines?: number;
}

/** Fenced code blocks and inline code spans of a Markdown text, and the prose around them. */
export function codeOf(text: string): { readonly blocks: string[]; readonly spans: string[]; readonly prose: string } {
  const blocks: string[] = [];
  const outside = text.replace(/^(```|~~~)[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm, (_m, _fence, body: string) => {
    blocks.push(body);
    return '';
  });
  const spans: string[] = [];
  const prose = outside.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_m, _ticks, body: string) => {
    spans.push(body.trim());
    return ' ';
  });
  return { blocks, spans, prose };
}

/** Targets of the Markdown links and images in prose (`[text](target)`), without a title. */
export function linkTargets(prose: string): string[] {
  return [...prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]);
}

/** The scripts `npm run <script>` (or `npm run-script`) names in a piece of code. */
export function npmScripts(code: string): string[] {
  return [...code.matchAll(/\bnpm\s+(?:run|run-script)\s+(?:-{1,2}[\w-]+\s+)*([\w:.-]+)/g)].map((m) => m[1]);
}

/** Other npm commands (`npm ci`, `npm start`, …), which must be built in. */
export function npmCommands(code: string): string[] {
  return [...code.matchAll(/\bnpm\s+([a-z][\w-]*)/g)].map((m) => m[1]).filter((c) => c !== 'run' && c !== 'run-script');
}

/**
 * A repository path as written, cleaned: surrounding quotes and brackets, a trailing `:line`
 * (or `:line-line`), `#anchor`, query and punctuation, and a trailing slash removed.
 */
export function cleanPath(token: string): string {
  let p = token.replace(/^[("'[]+/, '');
  p = p.replace(/[#?].*$/, '');
  p = p.replace(/[)"'\],;.!]+$/, '');
  p = p.replace(/:\d+(-\d+)?$/, '');
  p = p.replace(/[:,;.]+$/, '');
  return p.replace(/\/+$/, '');
}

/** The repository paths a piece of inline code names: whitespace-separated tokens under a known prefix. */
export function repositoryPaths(code: string): string[] {
  return code
    .split(/\s+/)
    .map((t) => t.replace(/^[("'[]+/, '').replace(/^[\w-]+=/, ''))
    .filter((t) => REPOSITORY_PREFIXES.some((prefix) => t.startsWith(prefix)))
    .map(cleanPath)
    .filter((p) => p.length > 0);
}

/**
 * A path with placeholders (`<env>`, `v<N>`) and globs (`*`, `**`) as a regular expression over
 * repository paths: a placeholder or `*` stands for part of one path segment, `**` for any depth.
 */
export function pathPattern(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; ) {
    if (pattern.startsWith('**', i)) {
      re += '.*';
      i += 2;
    } else if (pattern[i] === '*') {
      re += '[^/]*';
      i += 1;
    } else if (pattern[i] === '<' && pattern.indexOf('>', i) > i) {
      re += '[^/]+';
      i = pattern.indexOf('>', i) + 1;
    } else {
      re += pattern[i].replace(/[.+?^${}()|[\]\\]/g, '\\$&');
      i += 1;
    }
  }
  return new RegExp(`^${re}$`);
}

/** Whether a cleaned repository path exists, literally or, with placeholders or globs, as a match. */
export function pathExists(p: string, paths: ReadonlySet<string>): boolean {
  if (paths.has(p)) return true;
  if (!/[<*]/.test(p)) return false;
  const re = pathPattern(p);
  for (const candidate of paths) if (re.test(candidate)) return true;
  return false;
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a Markdown text's headings (outside code blocks), numbered like GitHub's when repeated. */
export function anchorsOf(text: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const m of codeOf(text).prose.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    // The heading's own code spans were replaced by spaces in `prose`; take the heading from the text.
    const line = text.split('\n').find((l) => l.replace(/`[^`]*`/g, ' ').trim() === m[0].trim()) ?? m[0];
    const base = headingAnchor(line.replace(/^#{1,6}\s+/, '').replace(/`/g, ''));
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** Lines of a text, as `wc -l` counts them (a final line without a newline counts too). */
export function lineCount(text: string): number {
  if (text.length === 0) return 0;
  const newlines = (text.match(/\n/g) ?? []).length;
  return text.endsWith('\n') ? newlines : newlines + 1;
}

/**
 * Every problem of one doc, one line each: npm scripts that package.json lacks, repository paths
 * that do not exist, relative links that resolve to nothing (or to a missing heading), and a
 * doc over its line limit. `readDoc` reads another doc of the repository for its anchors.
 */
export function docProblems(doc: Doc, context: DocContext, readDoc: (repoPath: string) => string | undefined = () => undefined): string[] {
  const problems: string[] = [];
  const { blocks, spans, prose } = codeOf(doc.text);

  for (const code of [...blocks, ...spans]) {
    for (const script of npmScripts(code)) {
      if (!context.scripts.has(script)) problems.push(`${doc.path}: \`npm run ${script}\`: no such script in package.json (scripts: ${[...context.scripts].sort().join(', ')})`);
    }
    for (const command of npmCommands(code)) {
      if (!NPM_BUILT_INS.has(command)) problems.push(`${doc.path}: \`npm ${command}\`: not a built-in command this repository uses; name a script with \`npm run\``);
    }
  }

  const missing = (p: string) => !pathExists(p, context.paths) && !NOT_YET_PRESENT.some((n) => `${p}/`.startsWith(n.prefix));
  for (const span of spans) {
    for (const p of repositoryPaths(span)) {
      if (missing(p)) problems.push(`${doc.path}: \`${p}\` (in \`${span}\`) does not exist`);
    }
  }

  const docDir = path.posix.dirname(doc.path);
  for (const target of linkTargets(prose)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: …
    const [file, anchor] = target.split('#', 2);
    const resolved = file ? path.posix.normalize(path.posix.join(docDir, decodeURI(file))).replace(/\/+$/, '') : doc.path;
    if (resolved.startsWith('../') || resolved === '..') {
      problems.push(`${doc.path}: link (${target}) leaves the repository`);
      continue;
    }
    if (file && missing(resolved)) {
      problems.push(`${doc.path}: link (${target}) resolves to ${resolved}, which does not exist`);
      continue;
    }
    if (anchor && resolved.endsWith('.md')) {
      const text = resolved === doc.path ? doc.text : readDoc(resolved);
      if (text !== undefined && !anchorsOf(text).has(anchor)) problems.push(`${doc.path}: link (${target}): ${resolved} has no heading #${anchor}`);
    }
  }

  if (context.maxLines !== undefined && lineCount(doc.text) > context.maxLines) {
    problems.push(`${doc.path}: ${lineCount(doc.text)} lines, more than ${context.maxLines}; move detail into docs/`);
  }
  return problems;
}

/** Every file and directory under `root`, relative and `/`-separated, but {@link SKIPPED_DIRS}. */
function repositoryPathsOnDisk(root: string): Set<string> {
  const paths = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      if (entry.isDirectory() && SKIPPED_DIRS.has(entry.name)) continue;
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      paths.add(rel);
      if (entry.isDirectory()) walk(rel);
    }
  };
  walk('');
  return paths;
}

const docFiles = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
const readDoc = (repoPath: string): string | undefined => (fs.existsSync(path.join(ROOT, repoPath)) ? fs.readFileSync(path.join(ROOT, repoPath), 'utf8') : undefined);

describe('README.md and docs/', () => {
  const scripts = new Set(Object.keys(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts ?? {}));
  const paths = repositoryPathsOnDisk(ROOT);

  test.each(docFiles)('%s shows only npm scripts, repository paths and links that exist', (file) => {
    // GIVEN the doc as committed
    const doc = { path: file, text: readDoc(file)! };
    // THEN every script, path and link it names resolves (and the README keeps to its limit)
    expect(docProblems(doc, { scripts, paths, maxLines: file === 'README.md' ? README_MAX_LINES : undefined }, readDoc)).toEqual([]);
  });

  test(`README.md has at most ${README_MAX_LINES} lines`, () => {
    expect(lineCount(readDoc('README.md')!)).toBeLessThanOrEqual(README_MAX_LINES);
  });

  test('README.md links every docs page, so none is orphaned', () => {
    const linked = new Set(linkTargets(codeOf(readDoc('README.md')!).prose).map((t) => t.split('#')[0]));
    expect(docFiles.filter((f) => f !== 'README.md' && !linked.has(f))).toEqual([]);
  });

  test('every path the docs may name before it exists is still absent (or the exception goes)', () => {
    for (const { prefix } of NOT_YET_PRESENT) expect([prefix, fs.existsSync(path.join(ROOT, prefix))]).toEqual([prefix, false]);
  });
});

describe('the checker itself', () => {
  const scripts = new Set(['synth', 'test', 'config:schema']);
  const paths = new Set(['lib', 'lib/config', 'lib/config/names.ts', 'lib/config/sections', 'lib/config/sections/kafka.ts', 'k8s', 'k8s/prod', 'k8s/prod/us-east-1', 'k8s/prod/us-east-1/mesh.yaml', 'docs', 'docs/kafka.md', 'README.md']);
  const kafka = '# Kafka\n\n## MSK regions (`lib/kafka/msk.ts`)\n\ntext\n';
  const readFake = (p: string) => (p === 'docs/kafka.md' ? kafka : undefined);
  const check = (text: string, docPath = 'docs/x.md', maxLines?: number) => docProblems({ path: docPath, text }, { scripts, paths, maxLines }, readFake);

  test('passes a doc whose scripts, paths, placeholders, globs and links all resolve', () => {
    const text = [
      'Run `npm ci && npm run synth`, then `npm test` or `npm run config:schema`.',
      'Names live in `lib/config/names.ts:15`, sections in `lib/config/sections/<name>.ts` and `lib/config/sections/*.ts`.',
      'Rendered: `k8s/<env>/<region>/mesh.yaml`, `k8s/prod/us-east-1/`; see [Kafka](kafka.md#msk-regions-libkafkamskts) and [the top](#kafka-notes).',
      '',
      '## Kafka notes',
      '',
      '```sh',
      'npm run synth -- --quiet',
      '```',
    ].join('\n');
    expect(check(text)).toEqual([]);
  });

  test('fails for a script package.json lacks, in inline code and in a code block', () => {
    const problems = check('Run `npm run deploy`.\n\n```sh\nnpm run -s lint\nnpm start\n```\n');
    expect(problems).toEqual([
      expect.stringMatching(/^docs\/x\.md: `npm run lint`: no such script/),
      expect.stringMatching(/^docs\/x\.md: `npm start`: not a built-in command/),
      expect.stringMatching(/^docs\/x\.md: `npm run deploy`: no such script/),
    ]);
  });

  test('fails for a repository path that does not exist, with or without placeholders', () => {
    expect(check('See `lib/config/nope.ts`, `lib/<name>/layer.ts` and `bench/`.')).toEqual([
      'docs/x.md: `lib/config/nope.ts` (in `lib/config/nope.ts`) does not exist',
      'docs/x.md: `lib/<name>/layer.ts` (in `lib/<name>/layer.ts`) does not exist',
      'docs/x.md: `bench` (in `bench/`) does not exist',
    ]);
  });

  test('fails for a relative link to a missing file, a missing heading, or outside the repository', () => {
    expect(check('[a](missing.md), [b](kafka.md#no-such-heading), [c](#nowhere), [d](../../elsewhere.md), [e](https://example.com/x)')).toEqual([
      'docs/x.md: link (missing.md) resolves to docs/missing.md, which does not exist',
      'docs/x.md: link (kafka.md#no-such-heading): docs/kafka.md has no heading #no-such-heading',
      'docs/x.md: link (#nowhere): docs/x.md has no heading #nowhere',
      'docs/x.md: link (../../elsewhere.md) leaves the repository',
    ]);
  });

  test('fails for a doc over its line limit, counting lines as wc -l does', () => {
    expect(check('line\n'.repeat(251), 'README.md', 250)).toEqual(['README.md: 251 lines, more than 250; move detail into docs/']);
    expect(check('line\n'.repeat(250), 'README.md', 250)).toEqual([]);
    expect(lineCount('a\nb')).toBe(2);
  });

  test('reads paths out of commands and prose-like code, and cleans what surrounds them', () => {
    expect(repositoryPaths('kubectl apply -f k8s/prod/argocd/')).toEqual(['k8s/prod/argocd']);
    expect(repositoryPaths('--schema=config/schema.json')).toEqual(['config/schema.json']);
    expect(cleanPath('reports/<env>/compliance.html#detail:pack=HIPAA.Security')).toBe('reports/<env>/compliance.html');
    expect(cleanPath('lib/kafka/msk.ts:120-130),')).toBe('lib/kafka/msk.ts');
    expect(pathPattern('k8s/<env>/**/v<N>.yaml').test('k8s/prod/us-east-1/x/v2.yaml')).toBe(true);
    expect(pathPattern('lib/*.ts').test('lib/config/names.ts')).toBe(false);
  });
});
