/**
 * The import graph of a source tree, for the architecture tests: which file
 * imports which (static, dynamic, type-only and side-effect imports alike),
 * the cycles in it, and the imports a layer rule forbids.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Files by path relative to the root → the relative paths of the files they import (ours only). */
export type ImportGraph = Map<string, string[]>;

const IMPORT_PATTERN =
  /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

export function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module specifier a file names: `import x from`, `import type`, `export … from`, `import 'side-effect'`, `import()`. */
export function importSpecifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT_PATTERN)].map((match) => match[1] ?? match[2]);
}

function resolveRelative(fromFile: string, specifier: string): string | null {
  const base = resolve(dirname(fromFile), specifier.split('?')[0]);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

export function buildImportGraph(root: string): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of sourceFiles(root)) {
    const targets = importSpecifiers(file)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveRelative(file, specifier))
      .filter((target): target is string => target !== null && target.endsWith('.ts'))
      .map((target) => relative(root, target));
    graph.set(relative(root, file), [...new Set(targets)]);
  }
  return graph;
}

/** Each cycle once, as the files along it ("a.ts → b.ts → a.ts"). */
export function findCycles(graph: ImportGraph): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target].join(' → '));
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

/** A rule: may a file in `from` import a file in `to`? Both are what `areaOf` returns for a path. */
export type ImportRule = (from: string, to: string) => boolean;

/** The imports the rule forbids, as "importer → imported". */
export function forbiddenImports(graph: ImportGraph, areaOf: (path: string) => string, allowed: ImportRule): string[] {
  return [...graph].flatMap(([file, targets]) =>
    targets.filter((target) => !allowed(areaOf(file), areaOf(target))).map((target) => `${file} → ${target}`),
  );
}
