// Placeholder handling and scoping for policy templates. Pure functions only.
import type { PolicyTemplate } from './types.ts';

/** Matches a well-formed placeholder such as `{{organization_name}}`. */
const PLACEHOLDER = /\{\{([a-z][a-z0-9_]*)\}\}/g;

/** The placeholder names used in a body, sorted and each listed once. */
export function extractPlaceholders(body: string): string[] {
  const names = new Set<string>();
  for (const match of body.matchAll(PLACEHOLDER)) names.add(match[1]!);
  return [...names].sort();
}

export interface FillResult {
  /** The body with every supplied placeholder replaced by its value. */
  readonly text: string;
  /** Placeholders left in the text because no non-blank value was supplied: sorted, each once. */
  readonly missing: string[];
}

/**
 * Replaces each `{{name}}` that has a value in `values`. Placeholders without a
 * value, or whose value is blank, stay as they are and are listed in `missing`.
 * Values are inserted literally: a value that itself contains `{{…}}` is not expanded.
 */
export function fillPlaceholders(body: string, values: Readonly<Record<string, string>>): FillResult {
  const missing = new Set<string>();
  const text = body.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (typeof value !== 'string' || value.trim() === '') {
      missing.add(name);
      return whole;
    }
    return value;
  });
  return { text, missing: [...missing].sort() };
}

/**
 * Templates that apply to an examination covering `categories`. Security is
 * always in scope; a template that requires another category is offered only
 * when that category is listed. Library order is kept.
 */
export function templatesForCategories(
  library: readonly PolicyTemplate[],
  categories: readonly string[],
): PolicyTemplate[] {
  return library.filter((t) => t.requiresCategory === null || categories.includes(t.requiresCategory));
}

/** The template with the given key, or undefined. */
export function getPolicyTemplate(library: readonly PolicyTemplate[], key: string): PolicyTemplate | undefined {
  return library.find((t) => t.key === key);
}
