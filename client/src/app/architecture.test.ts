import { describe, expect, it } from 'vitest';

/**
 * The import rules of STYLE.md, checked on the source itself: features never import each other
 * (routes compose them), and shared code never imports a feature or the app shell.
 */
const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const shared = ['components', 'hooks', 'lib', 'utils', 'config', 'types', 'testing'];

/** Every module a file imports, as a path from src/ ("features/auth/api/get-me"). */
function importsOf(file: string, text: string): string[] {
  const directory = file.split('/').slice(0, -1);
  const specifiers = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => match[1] ?? match[2] ?? '',
  );
  return specifiers.flatMap((specifier) => {
    if (specifier.startsWith('@/')) return [specifier.slice(2)];
    if (!specifier.startsWith('.')) return [];
    const parts = [...directory];
    for (const segment of specifier.split('/')) {
      if (segment === '..') parts.pop();
      else if (segment !== '.') parts.push(segment);
    }
    return [parts.join('/').replace(/^\/src\//, '')];
  });
}

const files = Object.entries(sources).map(([path, text]) => ({
  file: path.replace(/^\/src\//, ''),
  imports: importsOf(path, text),
}));

describe('architecture', () => {
  it('finds the source', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('keeps features apart: a feature imports no other feature and not the app', () => {
    const broken = files.flatMap(({ file, imports }) => {
      const feature = /^features\/([^/]+)\//.exec(file)?.[1];
      if (feature === undefined) return [];
      return imports
        .filter((target) => target.startsWith('app/') || (target.startsWith('features/') && !target.startsWith(`features/${feature}/`)))
        .map((target) => `${file} → ${target}`);
    });
    expect(broken).toEqual([]);
  });

  it('keeps shared code free of features and of the app shell', () => {
    const broken = files.flatMap(({ file, imports }) => {
      const area = file.split('/')[0] ?? '';
      if (!shared.includes(area) || file.includes('.test.')) return [];
      // The test harness renders the whole app on purpose.
      if (area === 'testing' && file === 'testing/test-utils.tsx') return [];
      return imports.filter((target) => target.startsWith('features/') || target.startsWith('app/')).map((target) => `${file} → ${target}`);
    });
    expect(broken).toEqual([]);
  });
});
