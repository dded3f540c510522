import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * No module may reach itself through its imports, type-only imports included: a cycle of types
 * is a cycle of meaning (two modules that each need the other), and it is how value cycles begin.
 * Shared types go to a leaf module of their own instead.
 */

const roots = ['electron', 'renderer/src'];
const sourceFile = /\.(ts|tsx)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return sourceFile.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((c) => sourceFile.test(c) && existsSync(c)) ?? null;
}

/** Every relative import of a file: static, type-only, re-exports and `import()` types. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((ref) => resolveImport(file, ref.fileName))
    .filter((target): target is string => target !== null);
}

/** The import graph's strongly connected components of more than one module (or a self-import). */
export function importCycles(files: string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles.map((c) => c.map((f) => relative(process.cwd(), f)));
}

describe('import cycles', () => {
  it('finds a cycle, type-only imports included', () => {
    const dir = resolve('tests/fixtures/import-cycle');
    expect(importCycles(sourceFiles(dir))).toEqual([
      ['tests/fixtures/import-cycle/a.ts', 'tests/fixtures/import-cycle/b.ts'],
    ]);
  });

  it('has none in the app', () => {
    const files = roots.flatMap((root) => sourceFiles(resolve(root)));
    expect(importCycles(files)).toEqual([]);
  });
});
