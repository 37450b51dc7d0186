import { fromMarkdown } from 'mdast-util-from-markdown';
import { directive } from 'micromark-extension-directive';
import { directiveFromMarkdown } from 'mdast-util-directive';
import type { Nodes, Parents, RootContent, Heading } from 'mdast';
import type { Rich, RichElement, RichNode, BoxKind } from '../../domain/rich.ts';
import { BOX_KINDS } from '../../domain/rich.ts';
import type { ContentError } from './errors.ts';
import type { Ref } from './refs.ts';
import { ID_PATTERN } from '../../domain/ids.ts';

type Where = Omit<ContentError, 'message'>;

export interface MdContext {
  errors: ContentError[];
  refs: Ref[];
  /** Where a node is, for messages: exact lines in .md files, the field in YAML files. */
  where(line: number | undefined, column: number | undefined): Where;
}

export function parseMarkdown(source: string) {
  return fromMarkdown(source, {
    extensions: [directive()],
    mdastExtensions: [directiveFromMarkdown()],
  });
}

/** Compiles a Markdown string (a whole file body or one YAML field) to rich text. */
export function compileMarkdown(source: string, ctx: MdContext): Rich {
  return compileChildren(parseMarkdown(source).children, ctx, false);
}

/** For short fields (options, labels): a single paragraph becomes inline text. */
export function compileInlineMarkdown(source: string, ctx: MdContext): Rich {
  const rich = compileMarkdown(source, ctx);
  const [only] = rich;
  if (rich.length === 1 && typeof only === 'object' && only.t === 'p') return only.c;
  return rich;
}

export interface SplitBody {
  intro: Rich;
  sections: { id: string; title: string; body: Rich; where: Where }[];
}

/** Splits a lesson body at `## Title {#id}` headings into sections with explicit ids. */
export function compileSections(source: string, ctx: MdContext): SplitBody {
  const root = parseMarkdown(source);
  const out: SplitBody = { intro: [], sections: [] };
  let bucket: RootContent[] = [];
  let current: { id: string; title: string; where: Where } | null = null;
  const flush = () => {
    const body = compileChildren(bucket, ctx, false);
    if (current) out.sections.push({ ...current, body });
    else out.intro = body;
    bucket = [];
  };
  for (const node of root.children) {
    if (node.type === 'heading' && node.depth === 2) {
      flush();
      current = sectionHeading(node, ctx);
    } else {
      bucket.push(node);
    }
  }
  flush();
  return out;
}

function sectionHeading(node: Heading, ctx: MdContext) {
  const where = ctx.where(node.position?.start.line, node.position?.start.column);
  const raw = plainText(node).trim();
  const match = /^(.*?)\s*\{#([^}]*)\}$/.exec(raw);
  if (!match?.[1] || !match[2]) {
    ctx.errors.push({
      ...where,
      message: `section heading "${raw}" needs an id, like: ## ${raw} {#${slug(raw)}}`,
    });
    return { id: slug(raw), title: raw, where };
  }
  if (!ID_PATTERN.test(match[2])) {
    ctx.errors.push({
      ...where,
      message: `section id "${match[2]}" must be lower-case letters, digits and single hyphens`,
    });
  }
  return { id: match[2], title: match[1], where };
}

function slug(s: string) {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function plainText(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map((c) => plainText(c)).join('');
  return '';
}

function compileChildren(nodes: readonly RootContent[], ctx: MdContext, tight: boolean): Rich {
  return nodes.flatMap((n) => compileNode(n, ctx, tight));
}

function kids(node: Parents, ctx: MdContext, tight = false): Rich {
  return compileChildren(node.children, ctx, tight);
}

function compileNode(node: RootContent, ctx: MdContext, tight: boolean): RichNode[] {
  const where = ctx.where(node.position?.start.line, node.position?.start.column);
  const fail = (message: string): RichNode[] => {
    ctx.errors.push({ ...where, message });
    return [];
  };
  switch (node.type) {
    case 'text':
      return [node.value];
    case 'paragraph':
      // In a tight list, paragraphs are just the item's text.
      return tight ? kids(node, ctx) : [{ t: 'p', c: kids(node, ctx) }];
    case 'emphasis':
      return [{ t: 'em', c: kids(node, ctx) }];
    case 'strong':
      return [{ t: 'strong', c: kids(node, ctx) }];
    case 'inlineCode':
      return [{ t: 'code', c: [node.value] }];
    case 'break':
      return [{ t: 'br' }];
    case 'blockquote':
      return [{ t: 'blockquote', c: kids(node, ctx) }];
    case 'list': {
      const items: Rich = node.children.map((li) => ({
        t: 'li',
        c: kids(li, ctx, !(node.spread ?? false) && !(li.spread ?? false)),
      }));
      if (!node.ordered) return [{ t: 'ul', c: items }];
      return [
        node.start && node.start !== 1
          ? { t: 'ol', start: node.start, c: items }
          : { t: 'ol', c: items },
      ];
    }
    case 'heading':
      if (node.depth === 3) return [{ t: 'h3', c: kids(node, ctx) }];
      if (node.depth === 4) return [{ t: 'h4', c: kids(node, ctx) }];
      return fail(
        node.depth === 1
          ? 'a "# " heading is not allowed: the title comes from the front matter'
          : node.depth === 2
            ? 'a "## " heading is only allowed in a lesson body, where it starts a section'
            : 'headings deeper than "####" are not supported',
      );
    case 'link':
    case 'linkReference':
      return fail(
        'links are not written in lessons: put the address in sources.yaml and cite it with :source[text]{id=…}',
      );
    case 'image':
    case 'imageReference':
      return fail('images are not supported in lessons');
    case 'html':
      return fail('HTML is not allowed in lessons: use Markdown');
    case 'code':
      return fail('code blocks are not supported in lessons');
    case 'thematicBreak':
      return fail('a "---" line is not supported here (front matter must come first in the file)');
    case 'textDirective':
    case 'leafDirective':
    case 'containerDirective':
      return compileDirective(node, ctx, where);
    default:
      return fail(`Markdown "${node.type}" is not supported in lessons`);
  }
}

type Directive = Extract<
  RootContent,
  { type: 'textDirective' | 'leafDirective' | 'containerDirective' }
>;

const USAGE: Record<string, string> = {
  term: ':term[words]{id=term-id} (id optional when the words are the term)',
  sentence: ':sentence[words]{id=sentence-id}',
  source: ':source[words]{id=source-id}',
  lesson: ':lesson[words]{id=lesson-id section=section-id}',
  quote: '::quote{id=sentence-id phrase="optional words"}',
  activity: '::activity{id=activity-id}',
  example: ':::example{sentence=sentence-id phrase="…" title="…"} … :::',
  box: `:::box{kind=${BOX_KINDS.join('|')}} … :::`,
  teacher: ':::teacher … :::',
  deeper: ':::deeper{title="…"} … :::',
  timeline: '::timeline or ::timeline{lanes="lane-id other-lane"}',
  trail: '::trail',
};

const FORM: Record<string, Directive['type']> = {
  term: 'textDirective',
  sentence: 'textDirective',
  source: 'textDirective',
  lesson: 'textDirective',
  quote: 'leafDirective',
  activity: 'leafDirective',
  example: 'containerDirective',
  box: 'containerDirective',
  teacher: 'containerDirective',
  deeper: 'containerDirective',
  timeline: 'leafDirective',
  trail: 'leafDirective',
};

function compileDirective(node: Directive, ctx: MdContext, where: Where): RichNode[] {
  const fail = (message: string): RichNode[] => {
    ctx.errors.push({ ...where, message });
    return [];
  };
  const name = node.name;
  const form = FORM[name];
  if (!form) {
    const colons =
      node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
    return fail(
      `unknown directive "${colons}${name}"; known: ${Object.keys(USAGE).join(', ')} (to show a plain colon before a word, write \\:)`,
    );
  }
  if (form !== node.type) return fail(`write it as ${USAGE[name]}`);
  const attrs = node.attributes ?? {};
  const attr = (key: string) => {
    const value = attrs[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const ref = (kind: Ref['kind'], id: string, extra: Partial<Ref> = {}) =>
    ctx.refs.push({ kind, id, where, ...extra });
  const need = (key: string): string | undefined => {
    const value = attr(key);
    if (!value) ctx.errors.push({ ...where, message: `"${key}" is missing: write ${USAGE[name]}` });
    return value;
  };
  const label = () => kids(node, ctx);

  switch (name) {
    case 'term': {
      const el: RichElement = { t: 'term', id: attr('id') ?? '', c: label() };
      ref('term', el.id, {
        text: plainText(node),
        resolve: (id) => {
          el.id = id;
        },
      });
      return [el];
    }
    case 'sentence':
    case 'source': {
      const id = need('id');
      if (!id) return [];
      ref(name, id);
      return [{ t: name, id, c: label() }];
    }
    case 'lesson': {
      const id = need('id');
      if (!id) return [];
      const section = attr('section');
      ref('lesson', id, section ? { section } : {});
      return [section ? { t: 'lesson', id, section, c: label() } : { t: 'lesson', id, c: label() }];
    }
    case 'quote': {
      const id = need('id');
      if (!id) return [];
      const phrase = attr('phrase');
      ref('sentence', id, phrase ? { text: phrase } : {});
      return [phrase ? { t: 'quote', id, phrase } : { t: 'quote', id }];
    }
    case 'activity': {
      const id = need('id');
      if (!id) return [];
      ref('activity', id);
      return [{ t: 'activity', id }];
    }
    case 'example': {
      const sentence = need('sentence');
      if (!sentence) return [];
      const phrase = attr('phrase');
      const title = attr('title');
      ref('sentence', sentence, phrase ? { text: phrase } : {});
      return [
        {
          t: 'example',
          sentence,
          ...(phrase ? { phrase } : {}),
          ...(title ? { title } : {}),
          c: label(),
        },
      ];
    }
    case 'box': {
      const kind = BOX_KINDS.find((k) => k === attr('kind'));
      if (!kind) return fail(`"kind" must be one of ${BOX_KINDS.join(', ')}: ${USAGE.box}`);
      return [{ t: 'box', kind: kind satisfies BoxKind, c: label() }];
    }
    case 'teacher':
      return [{ t: 'teacher', c: label() }];
    case 'deeper': {
      const title = need('title');
      if (!title) return [];
      return [{ t: 'deeper', title, c: label() }];
    }
    case 'timeline': {
      const lanes = attr('lanes')?.split(/\s+/);
      ref('timeline', 'timeline', lanes ? { text: lanes.join(' ') } : {});
      return [lanes ? { t: 'timeline', lanes } : { t: 'timeline' }];
    }
    case 'trail':
      ref('trail', 'trail');
      return [{ t: 'trail' }];
    default:
      return fail(`unknown directive "${name}"`);
  }
}
