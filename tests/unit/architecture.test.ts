/**
 * The folder layout is the architecture. Between processes: renderer → shared,
 * preload → shared, main → shared, server → main/store + shared, cli → main +
 * server + shared; nothing imports the
 * renderer; shared imports nothing of ours and no node:*, electron or
 * DOM-only module. Inside the renderer: ui ← editor ← features ← article ← app,
 * where the features (list, speakers, related, revising, import, export) never
 * import one another and desk.ts (the one module touching window.desk) is a
 * leaf beside ui. No import cycle anywhere in src/, type-only imports included.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { buildImportGraph, findCycles, forbiddenImports, type ImportRule, importSpecifiers, sourceFiles } from '../support/import-graph';

const SOURCE = resolve('src');
const PROCESSES = ['shared', 'main', 'preload', 'renderer', 'server', 'cli'] as const;
type Process = (typeof PROCESSES)[number];

const PROCESS_IMPORTS: Record<Process, Process[]> = {
  shared: ['shared'],
  main: ['main', 'shared'],
  preload: ['preload', 'shared'],
  renderer: ['renderer', 'shared'],
  server: ['server', 'main', 'shared'],
  cli: ['cli', 'main', 'server', 'shared'],
};

const RENDERER_FEATURES = [
  'list',
  'speakers',
  'related',
  'revising',
  'import',
  'export',
  'settings',
  'suggestions',
  'notes',
  'metadata',
  'media',
  'sync',
];
const RENDERER_AREAS = ['ui', 'desk', 'editor', ...RENDERER_FEATURES, 'article', 'app', 'entry'];

const processOf = (path: string) => path.split(/[\\/]/)[0];

/** The renderer area of a path under src/: its folder, `desk` for desk.ts, `entry` for main.ts; `shared` outside the renderer. */
function rendererAreaOf(path: string): string {
  const parts = path.split(/[\\/]/);
  if (parts[0] !== 'renderer') return parts[0];
  if (parts.length === 2) return parts[1] === 'desk.ts' ? 'desk' : parts[1] === 'main.ts' ? 'entry' : 'root';
  return parts[1];
}

/** ui ← editor ← features ← article ← app ← entry; desk.ts beside ui; a feature never imports a sibling. */
const rendererRule: ImportRule = (from, to) => {
  if (to === 'shared' || from === to) return true;
  const below: Record<string, string[]> = {
    ui: [],
    desk: [],
    editor: ['ui'],
    article: ['ui', 'desk', 'editor', ...RENDERER_FEATURES],
    app: ['ui', 'desk', 'editor', ...RENDERER_FEATURES, 'article'],
    entry: ['app'],
  };
  for (const feature of RENDERER_FEATURES) below[feature] = ['ui', 'desk', 'editor'];
  return (below[from] ?? []).includes(to);
};

describe('the architecture', () => {
  const graph = buildImportGraph(SOURCE);
  const files = sourceFiles(SOURCE);

  it('has source files in every process folder', () => {
    expect(new Set([...graph.keys()].map(processOf))).toEqual(new Set(PROCESSES));
  });

  it('lets each process import only the processes it may', () => {
    const allowed: ImportRule = (from, to) => PROCESS_IMPORTS[from as Process]?.includes(to as Process) ?? false;
    expect(forbiddenImports(graph, processOf, allowed)).toEqual([]);
  });

  it('lets the desk server reach into main only for the store, and nothing but the CLI import the server', () => {
    const serverAreaOf = (path: string) => {
      const [process, area] = path.split(/[\\/]/);
      return process === 'main' ? `main/${area}` : process;
    };
    const rule: ImportRule = (from, to) =>
      from === 'server' ? !to.startsWith('main/') || to === 'main/store' : to !== 'server' || from === 'cli';
    expect(forbiddenImports(graph, serverAreaOf, rule)).toEqual([]);
  });

  it('keeps every renderer file in a known area', () => {
    const renderer = [...graph.keys()].filter((path) => processOf(path) === 'renderer');
    expect(renderer.filter((path) => !RENDERER_AREAS.includes(rendererAreaOf(path)))).toEqual([]);
  });

  it('keeps the renderer layered: ui ← editor ← features ← article ← app, features never importing a sibling', () => {
    const renderer = new Map([...graph].filter(([path]) => processOf(path) === 'renderer'));
    expect(forbiddenImports(renderer, rendererAreaOf, rendererRule)).toEqual([]);
  });

  it('has no import cycle in src/, type-only imports included', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('keeps shared/ free of node:*, electron and other process-bound modules', () => {
    const bound = files
      .filter((file) => processOf(file.slice(SOURCE.length + 1)) === 'shared')
      .flatMap((file) =>
        importSpecifiers(file)
          .filter((specifier) => /^(node:|electron$|fs$|path$|os$)/.test(specifier))
          .map((specifier) => `${file} → ${specifier}`),
      );
    expect(bound).toEqual([]);
  });

  it('imports electron only in main/ and the preload, never in shared, renderer or cli', () => {
    const importers = files.filter((file) => importSpecifiers(file).includes('electron')).map((file) => file.slice(SOURCE.length + 1));
    expect(importers.filter((file) => !['main', 'preload'].includes(processOf(file)))).toEqual([]);
    expect(importers).toContain(join('preload', 'index.ts'));
  });
});

describe('the architecture checks themselves', () => {
  const root = mkdtempSync(join(tmpdir(), 'nd-architecture-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('renderer/ui/format.ts', 'export const format = 1;\n');
  write('renderer/speakers/speaker-tools.ts', "import { links } from '../related/related-links';\nexport const tools = links;\n");
  write(
    'renderer/related/related-links.ts',
    "import '../speakers/speaker-tools';\nimport type { Store } from '../../main/store';\nexport const links = 1;\n",
  );
  write('main/store.ts', "import type { Graph } from './graph';\nexport type Store = Graph;\n");
  write('main/graph.ts', "export type { Store as Graph } from './store';\n");
  const graph = buildImportGraph(root);

  it('finds a cycle made of type-only imports and one made through a side-effect import', () => {
    expect(findCycles(graph)).toEqual([
      'main/graph.ts → main/store.ts → main/graph.ts',
      'renderer/related/related-links.ts → renderer/speakers/speaker-tools.ts → renderer/related/related-links.ts',
    ]);
  });

  it('reports a feature importing a sibling feature, and the renderer importing main', () => {
    expect(forbiddenImports(graph, rendererAreaOf, rendererRule).sort()).toEqual([
      'renderer/related/related-links.ts → main/store.ts',
      'renderer/related/related-links.ts → renderer/speakers/speaker-tools.ts',
      'renderer/speakers/speaker-tools.ts → renderer/related/related-links.ts',
    ]);
  });
});
