import { z } from 'zod';

/*
 * One rule for every method that changes an existing record: the input is the complete
 * record. A field left out is refused (invalid_input), never read as "empty" or "default":
 * an update that forgot a list must not empty it. Create inputs keep their defaults.
 */

type AsSchema<T> = T extends z.core.$ZodType ? T : never;

/** The schema `Z` with every default removed, down through objects, lists and unions. */
export type Complete<Z> =
  Z extends z.ZodDefault<infer Inner>
    ? Complete<Inner>
    : Z extends z.ZodObject<infer Shape, infer Config>
      ? z.ZodObject<{ [K in keyof Shape]: AsSchema<Complete<Shape[K]>> }, Config>
      : Z extends z.ZodArray<infer Element>
        ? z.ZodArray<Complete<Element>>
        : Z extends z.ZodNullable<infer Inner>
          ? z.ZodNullable<Complete<Inner>>
          : Z extends z.ZodOptional<infer Inner>
            ? z.ZodOptional<Complete<Inner>>
            : Z extends z.ZodIntersection<infer Left, infer Right>
              ? z.ZodIntersection<Complete<Left>, Complete<Right>>
              : Z;

/**
 * The update schema of `schema`: the same checks and refinements, but no field has a
 * default, so every field must be given. An optional field (a list item's `id`, "a new
 * item") stays optional: it has a meaning when left out.
 */
export function completeRecord<Z extends z.ZodType>(schema: Z): Complete<Z> {
  return strip(schema) as Complete<Z>;
}

function strip(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodDefault) return strip(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodObject) {
    const shape = Object.fromEntries(
      Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) => [key, strip(field)]),
    );
    // safeExtend keeps the object's refinements and unknown-key policy.
    return schema.safeExtend(shape);
  }
  const def = schema._zod.def as unknown as Record<string, z.ZodType>;
  if (schema instanceof z.ZodArray) return cloneWith(schema, { element: strip(def.element!) });
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) {
    return cloneWith(schema, { innerType: strip(def.innerType!) });
  }
  if (schema instanceof z.ZodIntersection) {
    return cloneWith(schema, { left: strip(def.left!), right: strip(def.right!) });
  }
  if (schema instanceof z.ZodUnion) {
    const options = (schema._zod.def as unknown as { options: z.ZodType[] }).options;
    return cloneWith(schema, { options: options.map(strip) });
  }
  return schema;
}

/** The same schema (checks, messages) with some of its parts replaced. */
function cloneWith(schema: z.ZodType, parts: Record<string, unknown>): z.ZodType {
  return schema.clone({ ...schema._zod.def, ...parts } as typeof schema._zod.def);
}
