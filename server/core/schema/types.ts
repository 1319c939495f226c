import type { TargetKind } from '../kinds/types';

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/**
 * One documented field of an API object. The single description of a field: hovers, completion,
 * the wrong-type / enum / unknown-field rules and the generated JSON Schemas all read it.
 */
export interface FieldSpec {
  name: string;
  type: JsonType[];
  /** Markdown: what the field does. */
  description: string;
  enum?: string[];
  /** Markdown per enum value, for hovers and completion; on a free-form field, per value with a name of its own (`"rdp"`). */
  enumDocs?: Record<string, string>;
  default?: unknown;
  /** Plan or entitlement limits, e.g. "Enterprise only". */
  plan?: string;
  required?: boolean;
  readOnly?: boolean;
  /** Accepted by old clients only; reported by the legacy-field rule. */
  legacy?: boolean;
  minimum?: number;
  maximum?: number;
  /** Fields of a nested object. */
  fields?: FieldSpec[];
  /** Item description of an array. */
  items?: FieldSpec;
  /** An example value, used by completion snippets and the generated schemas. */
  example?: unknown;
}

export interface ObjectSchema {
  kind: TargetKind;
  title: string;
  description: string;
  docs: string;
  fields: FieldSpec[];
}
