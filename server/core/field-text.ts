import type { JsonDocument } from './document';
import type { TargetKind } from './kinds/types';
import { hclKey, hclValue, writtenAsBlock } from './terraform/hcl-edit';

/** A value as a message shows it, in backticks: JSON, or HCL in a Terraform file. */
export function valueText(doc: JsonDocument, value: unknown): string {
  return `\`${doc.language === 'terraform' ? hclValue(value) : JSON.stringify(value)}\``;
}

/**
 * A field with its value as a message shows it, in backticks, written as the document writes fields:
 * `"dns": {"type":"CNAME"}` in JSON (`.tf.json` included), `dns = { type = "CNAME" }` in Terraform. A
 * v4 single block of several attributes cannot be written on one line, so it is named in words. `kind`
 * is the kind of the object that holds the field, for its v4 blocks.
 */
export function fieldText(doc: JsonDocument, key: string, value: unknown, kind?: TargetKind): string {
  if (doc.language !== 'terraform') return `\`${JSON.stringify(key)}: ${JSON.stringify(value)}\``;
  if (!writtenAsBlock(doc.terraform?.version.major, kind, key, value)) return `\`${hclKey(key)} = ${hclValue(value)}\``;
  const attributes = Object.entries(value).map(([k, v]) => `\`${hclKey(k)} = ${hclValue(v)}\``);
  return attributes.length === 1 ? `\`${hclKey(key)} { ${attributes[0].slice(1, -1)} }\`` : `a \`${hclKey(key)}\` block with ${attributes.join(' and ')}`;
}
