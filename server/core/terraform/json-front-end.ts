import type { Node } from 'jsonc-parser';
import type { TargetKind } from '../kinds/types';
import { elements, properties, propertyName, valueNode } from '../json';
import { container, leaf, objectOf, property, unknownNode, type ModelNode } from './hcl-tree';
import { convertPrimitives } from './convert';
import { mapV4, type FlaggedNode, type TerraformResource } from './model';
import { LIST_BLOCKS, META_ARGUMENTS, PATH_PARAMETERS, RESOURCE_KINDS, SINGLE_BLOCKS } from './resources';
import type { TerraformModel } from './front-end';
import { unknownSpans } from './unknown';
import { constraintMajor, renamedForm, versionOf, type VersionForm } from './version';

/**
 * `.tf.json`: the JSON tree stays the document's tree (JSON fixes write JSON); each checked resource's
 * body is copied as its API object, mapped as HCL bodies are, with `${...}` strings unknown.
 */
export function parseTerraformJson(_text: string, root: Node | undefined): TerraformModel {
  const resources: TerraformResource[] = [];
  const forms: VersionForm[] = [];
  const declared = jsonDeclaredMajor(root);
  // A single block's object may be a v4 block (whose "//" is a comment) unless the file says v5.
  const blocks = declared !== 5;
  for (const group of blocksOf(root, 'resource')) {
    for (const typeProp of properties(group)) {
      const type = propertyName(typeProp);
      const kind = type ? RESOURCE_KINDS[type] : undefined;
      if (!type || !kind) continue;
      for (const named of blocksOf(typeProp.children?.[1], undefined)) {
        for (const nameProp of properties(named)) {
          const name = propertyName(nameProp);
          const bodies = nameProp.children?.[1]?.type === 'array' ? elements(nameProp.children[1]) : [nameProp.children?.[1]];
          for (const b of bodies) {
            if (b?.type !== 'object' || !name) continue;
            const node = body(b, kind, true, blocks) as FlaggedNode;
            node.parent = b.parent as ModelNode | undefined;
            forms.push(...renamesIn(b, kind, node));
            mapV4(kind, node);
            convertPrimitives(kind, node);
            resources.push({ type, name, kind, node });
          }
        }
      }
    }
  }
  return { root: root as ModelNode, errors: [], resources, version: versionOf(declared, forms), forms, unknown: unknownSpans(resources), comments: [], tokenStarts: [] };
}

/**
 * The renamed attributes of one resource body (`default_pool_ids` / `default_pools`): the only forms
 * Terraform JSON tells apart, since a v4 block and a v5 nested attribute are both JSON objects.
 */
function renamesIn(obj: Node, kind: TargetKind, resource: FlaggedNode): VersionForm[] {
  const out: VersionForm[] = [];
  for (const p of properties(obj)) {
    const key = p.children?.[0];
    const n = propertyName(p);
    const renamed = n === undefined ? undefined : renamedForm(kind, n);
    if (!key || !n || !renamed) continue;
    const at = { offset: key.offset, length: key.length };
    out.push({ ...renamed, resource, name: n, ...at, edits: [{ ...at, content: JSON.stringify(renamed.instead) }] });
  }
  return out;
}

/** An object, or the objects of an array (Terraform JSON writes a repeated block either way). */
function blocksOf(parent: Node | undefined, key: string | undefined): Node[] {
  const v = key === undefined ? parent : valueNode(parent, key);
  if (v?.type === 'object') return [v];
  return elements(v).filter((e) => e.type === 'object');
}

/** `"${cloudflare_load_balancer_monitor.http.id}"`: a reference to a resource attribute, as in HCL (`<type>.<name>`). */
function referenceIn(s: string): { reference?: string } {
  const m = /^\$\{\s*(cloudflare_[A-Za-z0-9_]+)\.([A-Za-z_][A-Za-z0-9_-]*)(?:\.[A-Za-z_][A-Za-z0-9_-]*)+\s*\}$/.exec(s);
  return m ? { reference: `${m[1]}.${m[2]}` } : {};
}

const interpolated = (s: string) => /(^|[^$])\$\{|(^|[^%])%\{/.test(s);

function value(n: Node): ModelNode {
  switch (n.type) {
    case 'string': {
      const s = n.value as string;
      if (interpolated(s)) return Object.assign(unknownNode(n.offset, n.length), referenceIn(s));
      return leaf('string', s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{'), n.offset, n.length);
    }
    case 'array':
      return container('array', n.offset, n.length, elements(n).map(value));
    case 'object':
      return objectOf(n.offset, n.length, properties(n).flatMap((p) => member(p) ?? []));
    default:
      return leaf(n.type, n.value, n.offset, n.length);
  }
}

function member(p: Node): ModelNode | undefined {
  const k = p.children?.[0];
  const v = p.children?.[1];
  if (!k || typeof k.value !== 'string') return undefined;
  return property(k.value, k, v ? value(v) : unknownNode(p.offset + p.length, 0), p.colonOffset);
}

/**
 * A resource body (or a nested block's): Terraform's meta-arguments and the path parameters left out,
 * and `"//"`, which Terraform JSON reads as a comment in any object that stands for a block.
 */
function body(obj: Node, kind: TargetKind, top: boolean, blocks: boolean): ModelNode {
  const props: ModelNode[] = [];
  const dynamic: Node[] = [];
  for (const p of properties(obj)) {
    const key = propertyName(p);
    const v = p.children?.[1];
    if (!key || key === '//' || (top && (META_ARGUMENTS.has(key) || PATH_PARAMETERS.has(key)))) continue;
    if (key === 'dynamic' && v?.type === 'object') {
      dynamic.push(...properties(v));
      continue;
    }
    const m = member(p);
    if (!m || !v) continue;
    const single = SINGLE_BLOCKS[kind].includes(key) && (v.type === 'array' ? elements(v).length === 1 && elements(v)[0]!.type === 'object' : blocks && v.type === 'object');
    if (single) m.children![1] = Object.assign(body(v.type === 'array' ? elements(v)[0]! : v, kind, false, blocks), { parent: m });
    else if (LIST_BLOCKS.has(key) && v.type === 'array') m.children![1] = Object.assign(container('array', v.offset, v.length, elements(v).map((e) => (e.type === 'object' ? body(e, kind, false, blocks) : value(e)))), { parent: m });
    props.push(m);
  }
  for (const d of dynamic) withDynamic(props, d, kind, blocks);
  return objectOf(obj.offset, obj.length, props);
}

/**
 * Adds what `"dynamic": { "origins": {..} }` generates to a list of blocks: any number of elements
 * made from its `content`, next to the written ones. A dynamic single block makes the field unknown.
 */
function withDynamic(props: ModelNode[], d: Node, kind: TargetKind, blocks: boolean): void {
  const label = d.children?.[0];
  if (!label) return;
  const key = String(label.value);
  const written = props.find((p) => p.children?.[0]?.value === key);
  const list = written?.children?.[1];
  if (!LIST_BLOCKS.has(key) || (written && list?.type !== 'array')) {
    const unknown = unknownNode(d.offset, d.length);
    if (written) written.children![1] = Object.assign(unknown, { parent: written });
    else props.push(property(key, label, unknown));
    return;
  }
  const content = valueNode(d.children?.[1], 'content');
  const element: FlaggedNode = content?.type === 'object' ? body(content, kind, false, blocks) : unknownNode(d.offset, d.length);
  element.repeated = true;
  if (list) {
    element.parent = list;
    list.children!.push(element);
  } else {
    const made: FlaggedNode = container('array', d.offset, d.length, [element]);
    made.synthetic = true;
    props.push(property(key, label, made));
  }
}

/** `terraform.required_providers.cloudflare.version` (or the older string form). */
export function jsonDeclaredMajor(root: Node | undefined): 4 | 5 | undefined {
  for (const t of blocksOf(root, 'terraform')) {
    for (const rp of blocksOf(t, 'required_providers')) {
      const major = constraintMajor(valueNode(rp, 'cloudflare'));
      if (major) return major;
    }
  }
  return undefined;
}
