import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

interface Declaration {
  tagName?: string;
  attributes?: { name: string; description?: string }[];
  events?: { name?: string; description?: string }[];
  cssProperties?: { name: string }[];
  cssParts?: { name: string }[];
}

/** Runs the analyzer as `npm run build` does, into a temporary folder, and returns the element's entry. */
function analyzeWidget(): Declaration {
  const outdir = mkdtempSync(join(tmpdir(), 'heard-cem-'));
  const config = join(outdir, 'config.mjs');
  const base = readFileSync(join(ROOT, 'custom-elements-manifest.config.mjs'), 'utf8');
  // The analyzer resolves outdir against the working directory.
  writeFileSync(
    config,
    base.replace("outdir: 'dist/widget'", `outdir: ${JSON.stringify(relative(ROOT, outdir))}`),
  );
  execFileSync(join(ROOT, 'node_modules/.bin/cem'), ['analyze', '--quiet', '--config', config], {
    cwd: ROOT,
  });
  const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8')) as {
    modules: { declarations?: Declaration[] }[];
  };
  const element = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'heard-feedback');
  if (!element) throw new Error('heard-feedback is not in the manifest');
  return element;
}

describe('custom-elements.json', () => {
  const element = analyzeWidget();

  it('documents every attribute the widget reads, each with a description', () => {
    const attributes = new Map(element.attributes?.map((a) => [a.name, a.description]));
    const read = readFileSync(join(ROOT, 'widget/internal/config.ts'), 'utf8').matchAll(
      /(?:getAttribute|read)\('([\w-]+)'\)/g,
    );
    const names = [
      ...new Set([...read].map((m) => m[1] as string)),
      'lang',
      'show-reading-level',
      'show-summary',
    ];
    for (const name of names) expect(attributes.get(name), name).toMatch(/\w/);
  });

  it('is where package.json says, and analysing elsewhere leaves package.json alone', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { customElements?: string };
    expect(pkg.customElements).toBe('dist/widget/custom-elements.json');
  });

  it('documents both events and only named ones, the theming properties and the parts', () => {
    expect(element.events?.map((e) => e.name)).toEqual(['heard-vote', 'heard-submit']);
    expect(element.cssProperties?.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        '--heard-accent',
        '--heard-focus',
        '--heard-text',
        '--heard-background',
        '--heard-surface',
        '--heard-on-accent',
      ]),
    );
    expect(element.cssParts?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['panel', 'form', 'reading-level']),
    );
  });
});
