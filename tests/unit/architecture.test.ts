/**
 * The folder layout is the architecture: arrows run renderer → shared,
 * preload → shared, main → shared, cli → main + shared. Nothing imports the
 * renderer; shared imports nothing of ours and no node:*, electron or DOM-only module.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE = resolve('src');
const LAYERS = ['shared', 'main', 'preload', 'renderer', 'cli'] as const;
type Layer = (typeof LAYERS)[number];

const ALLOWED: Record<Layer, Layer[]> = {
  shared: ['shared'],
  main: ['main', 'shared'],
  preload: ['preload', 'shared'],
  renderer: ['renderer', 'shared'],
  cli: ['cli', 'main', 'shared'],
};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => match[1] ?? match[2],
  );
}

const layerOf = (path: string): Layer => relative(SOURCE, path).split(/[\\/]/)[0] as Layer;

describe('the architecture', () => {
  const files = sourceFiles(SOURCE);

  it('has source files in every layer', () => {
    expect(new Set(files.map(layerOf))).toEqual(new Set(LAYERS));
  });

  for (const layer of LAYERS) {
    it(`lets ${layer}/ import only ${ALLOWED[layer].join(' and ')} of our code`, () => {
      const violations = files
        .filter((file) => layerOf(file) === layer)
        .flatMap((file) =>
          imports(file)
            .filter((specifier) => specifier.startsWith('.'))
            .map((specifier) => ({ file: relative(SOURCE, file), target: layerOf(resolve(dirname(file), specifier)) }))
            .filter(({ target }) => !ALLOWED[layer].includes(target)),
        );
      expect(violations).toEqual([]);
    });
  }

  it('keeps shared/ free of node:*, electron and other process-bound modules', () => {
    const bound = files
      .filter((file) => layerOf(file) === 'shared')
      .flatMap((file) => imports(file).filter((specifier) => /^(node:|electron$|fs$|path$|os$)/.test(specifier)).map((specifier) => `${relative(SOURCE, file)} → ${specifier}`));
    expect(bound).toEqual([]);
  });

  it('imports electron only in main/ and the preload, never in shared, renderer or cli', () => {
    const electronImporters = files.filter((file) => imports(file).includes('electron')).map((file) => relative(SOURCE, file));
    expect(electronImporters.filter((file) => !['main', 'preload'].includes(file.split(/[\\/]/)[0]))).toEqual([]);
    expect(electronImporters).toContain(join('preload', 'index.ts'));
  });
});
