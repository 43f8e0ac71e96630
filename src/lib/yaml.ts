/**
 * The one YAML reader of the site, for every content file and site.yaml:
 * the core schema, so `2021-02-30` stays text and is reported instead of
 * rolling over into March, and a date-like title stays a title; a key given
 * twice is an error, not a silent overwrite.
 */
import yaml from 'js-yaml';

export type YamlResult = { data: unknown } | { error: string; line?: number };

export function readYaml(text: string): YamlResult {
  try {
    return { data: yaml.load(text, { schema: yaml.CORE_SCHEMA }) };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      return { error: error.reason, line: error.mark ? error.mark.line + 1 : undefined };
    }
    throw error;
  }
}
