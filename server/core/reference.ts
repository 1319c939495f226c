import { applyEdits, modify, parse } from 'jsonc-parser';
import { CATALOG, type CatalogEntry, type CatalogGroup } from './catalog';
import { SCHEMAS } from './schema/by-kind';
import type { FieldSpec, ObjectSchema } from './schema/types';

/**
 * The generated reference: the README's table of every code and check, JSON Schemas of an app,
 * a monitor and a pool, and the ids the `spectrumLint.rules` setting offers in package.json. `scripts/gen-docs.mjs` writes them; `test/docs.test.ts` fails when the
 * checked-in copies are stale.
 */

export const CODES_START = '<!-- codes:start -->';
export const CODES_END = '<!-- codes:end -->';

const GROUP: Record<CatalogGroup, string> = {
  'spectrum-api': 'Spectrum API',
  'spectrum-check': 'Spectrum check',
  'lb-api': 'Load Balancing API',
  'lb-check': 'Load Balancing check',
  'terraform-check': 'Terraform check',
  'health-check': 'Health-check failure reason',
  'spectrum-event': 'Spectrum event status',
  tool: 'spectrum-lint',
};

const DETECTION: Record<CatalogEntry['detection'], string> = {
  static: 'static',
  context: 'account context',
  explain: 'explain',
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The Markdown table of every catalog entry, in catalog order. */
export function codesTable(entries: readonly CatalogEntry[] = CATALOG): string {
  const rows = [
    '| Code | Title | Group | Detection | Default severity | Documentation |',
    '|---|---|---|---|---|---|',
    ...entries.map((e) => {
      const code = typeof e.code === 'number' ? String(e.code) : '`' + e.id + '`';
      return `| ${code} | ${cell(e.title)} | ${GROUP[e.group]} | ${DETECTION[e.detection]} | ${e.severity} | [docs](${e.docs}) |`;
    }),
  ];
  const counts = (d: CatalogEntry['detection']) => entries.filter((e) => e.detection === d).length;
  const legend =
    `${entries.length} entries: ${counts('static')} predicted from the document alone (static), ` +
    `${counts('context')} predicted when the account context is configured, ${counts('explain')} explained where they appear ` +
    '(hovers, `spectrum-lint explain <code>`). Generated from the catalog by `npm run docs`.';
  return [legend, '', ...rows].join('\n');
}

/** README text with the table between the markers replaced; throws when the markers are missing. */
export function withCodesTable(readme: string, table = codesTable()): string {
  const start = readme.indexOf(CODES_START);
  const end = readme.indexOf(CODES_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${CODES_START} ... ${CODES_END} section`);
  const eol = readme.includes('\r\n') ? '\r\n' : '\n';
  const body = table.split('\n').join(eol);
  return readme.slice(0, start + CODES_START.length) + eol + body + eol + readme.slice(end);
}

// ---- JSON Schemas -----------------------------------------------------------------------------------

const SCHEMA_BASE = 'https://raw.githubusercontent.com/spectrum-lint/spectrum-lint/main/schemas/';

/** File name under `schemas/` for a kind. */
export function schemaFileName(schema: ObjectSchema): string {
  return `${schema.kind}.schema.json`;
}

type Json = Record<string, unknown>;

function fieldSchema(f: FieldSpec): Json {
  const out: Json = {};
  out.type = f.type.length === 1 ? f.type[0] : [...f.type];
  const description = f.plan ? `${f.description}\n\nPlan: ${f.plan}` : f.description;
  if (description) {
    out.description = description;
    out.markdownDescription = description;
  }
  if (f.enum) {
    out.enum = f.type.includes('null') ? [...f.enum, null] : [...f.enum];
    if (f.enumDocs) out.markdownEnumDescriptions = f.enum.map((v) => f.enumDocs?.[v] ?? '');
  }
  if (f.default !== undefined) out.default = f.default;
  if (f.minimum !== undefined) out.minimum = f.minimum;
  if (f.maximum !== undefined) out.maximum = f.maximum;
  if (f.readOnly) out.readOnly = true;
  if (f.legacy) out.deprecated = true;
  if (f.example !== undefined) out.examples = [f.example];
  if (f.items) out.items = fieldSchema(f.items);
  if (f.fields) Object.assign(out, objectBody(f.fields));
  return out;
}

function objectBody(fields: FieldSpec[]): Json {
  const properties: Json = {};
  for (const f of fields) properties[f.name] = fieldSchema(f);
  const required = fields.filter((f) => f.required).map((f) => f.name);
  return { properties, ...(required.length ? { required } : {}), additionalProperties: false };
}

/** A draft-07 JSON Schema of one kind of object, with the descriptions, enums and defaults of its field schema. */
export function jsonSchema(schema: ObjectSchema): Json {
  const body = objectBody(schema.fields);
  // Documents may name their schema; `$schema` is for editors and is not an API field.
  (body.properties as Json).$schema = { type: 'string', description: 'The JSON Schema of this document, for editors. Not sent to the API.' };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_BASE + schemaFileName(schema),
    title: schema.title,
    description: `${schema.description}\n\nAPI reference: ${schema.docs}`,
    type: 'object',
    ...body,
  };
}

/** Every generated schema file: name and text (two-space JSON with a final newline). */
export function schemaFiles(): Array<{ file: string; text: string }> {
  return SCHEMAS.map((s) => ({ file: schemaFileName(s), text: JSON.stringify(jsonSchema(s), null, 2) + '\n' }));
}

// ---- The VS Code Rules setting ----------------------------------------------------------------------

/** Where package.json declares the Rules setting's keys. */
export const RULES_PROPERTY_NAMES = ['contributes', 'configuration', 'properties', 'spectrumLint.rules', 'propertyNames'];

/** The ids a severity can be set for (every entry that can be a finding), with their titles, for settings.json completion. */
export function rulesPropertyNames(entries: readonly CatalogEntry[] = CATALOG): { enum: string[]; enumDescriptions: string[] } {
  const findable = entries.filter((e) => e.detection !== 'explain');
  return { enum: findable.map((e) => e.id), enumDescriptions: findable.map((e) => e.title) };
}

/** package.json text with the Rules setting's `propertyNames` current; only that member changes. */
export function withRulesPropertyNames(packageJson: string, names = rulesPropertyNames()): string {
  const eol = packageJson.includes('\r\n') ? '\r\n' : '\n';
  const rules = (parse(packageJson) as Json)?.contributes as Json | undefined;
  if (!((rules?.configuration as Json | undefined)?.properties as Json | undefined)?.['spectrumLint.rules']) throw new Error('package.json declares no spectrumLint.rules setting');
  const edits = modify(packageJson, RULES_PROPERTY_NAMES, names, { formattingOptions: { insertSpaces: true, tabSize: 2, eol } });
  return applyEdits(packageJson, edits);
}
