import type { FieldSpec, ObjectSchema } from './schema/types';

/** Markdown describing fields and enum values, from the schemas only (hovers and completion share it). */

export function typeLabel(spec: FieldSpec): string {
  const base = spec.type.map((t) => (t === 'array' && spec.items ? `array of ${spec.items.type.join(' | ')}` : t)).join(' | ');
  return base;
}

function literal(v: unknown): string {
  const s = JSON.stringify(v);
  return '`' + (s === undefined ? String(v) : s) + '`';
}

/** The one-line summary: name, type, and the flags that matter (required, read-only, legacy, plan). */
export function fieldSummary(spec: FieldSpec, name: string): string {
  const bits = [`**\`${name}\`**`, typeLabel(spec)];
  if (spec.required) bits.push('required');
  if (spec.readOnly) bits.push('read-only');
  if (spec.legacy) bits.push('legacy');
  return bits.join(' · ');
}

/** The facts below the description: allowed values, default, bounds, plan limits. */
export function fieldFacts(spec: FieldSpec): string[] {
  const facts: string[] = [];
  if (spec.enum?.length) facts.push(`**Allowed values:** ${spec.enum.map(literal).join(', ')}`);
  if (spec.default !== undefined) facts.push(`**Default:** ${literal(spec.default)}`);
  const bounds: string[] = [];
  if (spec.minimum !== undefined) bounds.push(`minimum ${spec.minimum}`);
  if (spec.maximum !== undefined) bounds.push(`maximum ${spec.maximum}`);
  if (bounds.length) facts.push(`**Range:** ${bounds.join(', ')}`);
  if (spec.plan) facts.push(`**Plan:** ${spec.plan}`);
  if (spec.example !== undefined && !spec.enum) facts.push(`**Example:** ${literal(spec.example)}`);
  return facts;
}

export function fieldMarkdown(spec: FieldSpec, name: string, schema?: ObjectSchema): string {
  const parts = [fieldSummary(spec, name), spec.description];
  const facts = fieldFacts(spec);
  if (facts.length) parts.push(facts.join('  \n'));
  if (schema) parts.push(`[${schema.title} reference](${schema.docs})`);
  return parts.join('\n\n');
}

/** Markdown for one enum value: what it means, then the field it belongs to. */
export function enumValueMarkdown(spec: FieldSpec, name: string, value: string, schema?: ObjectSchema): string {
  const doc = spec.enumDocs?.[value];
  const head = `**${literal(value)}**: a value of \`${name}\``;
  const parts = [head];
  if (doc) parts.push(doc);
  parts.push('---', fieldMarkdown(spec, name, schema));
  return parts.join('\n\n');
}
