import { describe, expect, it } from 'vitest';
import { contract } from '../../electron/shared/api/contract';
import { METHOD_NAMES, READ_METHOD_NAMES, type MethodName } from '../../electron/shared/api/methods';
import {
  COMMAND_METHODS,
  COMPLETE_UPDATE_INPUTS,
  CONFIRMATIONS,
  CREATE_METHODS,
  type ChangeMethod,
} from '../fixtures/update-inputs';

/*
 * One rule for every method that changes an existing record: it takes the record's
 * version, and the complete record; a field left out is refused (invalid_input), never
 * read as empty or as its default. A new method must be sorted here, and an update
 * method must bring a complete input to the fixtures, or this file fails.
 */

type Path = (string | number)[];

/** Every path to an object key in `value`, through objects and every list item. */
function keyPaths(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => keyPaths(item, [...prefix, index]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, field]) => [[...prefix, key], ...keyPaths(field, [...prefix, key])]);
}

/** A deep copy of `value` without the key at `path`. */
function without(value: unknown, path: Path): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as never, copy);
  delete parent[path.at(-1)!];
  return copy;
}

/** A list item's `id` may be left out: that item is new. */
function isNewItemId(path: Path): boolean {
  return path.at(-1) === 'id' && typeof path.at(-2) === 'number';
}

const changeMethods = METHOD_NAMES.filter(
  (name) =>
    !(READ_METHOD_NAMES as readonly string[]).includes(name) &&
    !(CREATE_METHODS as readonly string[]).includes(name) &&
    !(COMMAND_METHODS as readonly string[]).includes(name),
) as ChangeMethod[];

describe('the methods that change a record', () => {
  it('are every method that neither only reads, nor creates, nor is a command, and each has complete inputs to test', () => {
    // 23 on the day this rule was made; a new one must bring its complete input.
    expect(changeMethods.length).toBeGreaterThanOrEqual(23);
    expect(Object.keys(COMPLETE_UPDATE_INPUTS).sort()).toEqual([...changeMethods].sort());
  });

  it('leave no method unsorted', () => {
    const sorted = [...READ_METHOD_NAMES, ...CREATE_METHODS, ...COMMAND_METHODS, ...changeMethods] as MethodName[];
    expect([...sorted].sort()).toEqual([...METHOD_NAMES].sort());
  });

  describe.each(changeMethods)('%s', (method) => {
    const samples = COMPLETE_UPDATE_INPUTS[method] as unknown[];
    const schema = contract[method].input;

    it('accepts its complete input', () => {
      expect(samples.length).toBeGreaterThan(0);
      for (const sample of samples) expect(schema.safeParse(sample).error?.issues ?? []).toEqual([]);
    });

    it("takes the record's version", () => {
      for (const sample of samples) {
        expect(sample).toHaveProperty('version');
        expect(schema.safeParse({ ...(sample as object), version: undefined }).success).toBe(false);
      }
    });

    it('refuses the input with any field left out, at any depth, in any list item', () => {
      const confirmations = CONFIRMATIONS[method] ?? [];
      const accepted: string[] = [];
      for (const sample of samples) {
        for (const path of keyPaths(sample)) {
          if (isNewItemId(path)) continue;
          if (path.length === 1 && confirmations.includes(String(path[0]))) continue;
          if (schema.safeParse(without(sample, path)).success) accepted.push(path.join('.'));
        }
      }
      expect(accepted).toEqual([]);
    });
  });

  it('let a confirmation be left out, which confirms nothing', () => {
    for (const [method, fields] of Object.entries(CONFIRMATIONS)) {
      const sample = COMPLETE_UPDATE_INPUTS[method as ChangeMethod][0]!;
      for (const field of fields!) {
        expect(contract[method as ChangeMethod].input.safeParse(without(sample, [field])).success).toBe(true);
      }
    }
  });
});
