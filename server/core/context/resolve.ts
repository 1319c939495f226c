import { dirname, isAbsolute, join } from 'node:path';
import type { Node } from 'jsonc-parser';
import { entry } from '../catalog';
import { JsonDocument } from '../document';
import type { Finding } from '../findings';
import { fromPointer, nodeAt, pointerOf } from '../json';
import type { AccountContext, ContextLocation } from './types';
import { validateAccount, type ContextProblem } from './validate';
import { plainText } from '../plain-text';

/** Reads a file's text; undefined when it does not exist or cannot be read. Injected so the core never touches fs. */
export type ReadText = (path: string) => string | undefined;

/** `config-invalid` findings for one file (the configuration file or the context file). */
export interface FileFindings {
  path: string;
  findings: Finding[];
}

export interface ResolvedAccount {
  /** Undefined when there is no usable context (no `account`, or a path that cannot be read). */
  context?: AccountContext;
  /** The file the context lives in (for watching it): the context file, or the configuration file. */
  contextPath?: string;
  diagnostics: FileFindings[];
}

/**
 * Turns the raw `account` value of a configuration file into an account context: an object is the
 * context itself; a string is the path (relative to the configuration file) of a JSON file holding it.
 * `configText`, when given, lets problems and context values point at their place in the file.
 */
export function resolveAccount(raw: unknown, configPath: string, read: ReadText, configText?: string): ResolvedAccount {
  if (raw === undefined || raw === null) return { diagnostics: [] };
  const configDoc = configText !== undefined ? new JsonDocument(configText, configPath) : undefined;
  const accountNode = configDoc?.root ? nodeAt(configDoc.root, ['account']) : undefined;

  if (typeof raw === 'string') {
    const path = isAbsolute(raw) ? raw : join(dirname(configPath), raw);
    const text = read(path);
    if (text === undefined) {
      return {
        contextPath: path,
        diagnostics: configDoc
          ? [{ path: configPath, findings: [finding(configDoc, accountNode, `The account context file \`${raw}\` cannot be read; account-dependent checks are off until it exists.`)] }]
          : [],
      };
    }
    const loaded = loadAccountText(text, path);
    return { context: loaded.context, contextPath: path, diagnostics: [{ path, findings: loaded.findings }] };
  }

  const { context, problems } = validateAccount(raw, { kind: 'file', path: configPath });
  if (configDoc && accountNode) context.locate = locator(configDoc, accountNode, configPath);
  const findings = configDoc ? problems.map((p) => problemFinding(configDoc, accountNode, p)) : [];
  return { context, contextPath: configPath, diagnostics: [{ path: configPath, findings }] };
}

/** Reads a context file's text: the context (when it parses) and `config-invalid` findings on the file. */
export function loadAccountText(text: string, path: string): { context?: AccountContext; findings: Finding[] } {
  const doc = new JsonDocument(text, path);
  if (doc.skipped) return { findings: [finding(doc, undefined, `The account context file was not read: ${doc.skipped.detail}.`)] };
  if (!doc.root || doc.errors.length > 0) {
    const at = doc.errors[0];
    return {
      findings: [
        at
          ? finding(doc, { offset: at.offset, length: at.length } as Node, 'The account context file is not valid JSON; account-dependent checks are off until it parses.')
          : finding(doc, undefined, 'The account context file is empty.'),
      ],
    };
  }
  // The tree's value, so comments and trailing commas (JSONC) are accepted as everywhere else.
  const { context, problems } = validateAccount(valueOf(doc.root), { kind: 'file', path });
  context.locate = locator(doc, doc.root, path);
  return { context, findings: problems.map((p) => problemFinding(doc, doc.root, p)) };
}

/** The JSON value of a parsed node (duplicate keys: the last wins, as JSON.parse does). */
export function valueOf(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const p of node.children ?? []) {
        const k = p.children?.[0]?.value;
        const v = p.children?.[1];
        if (typeof k === 'string' && v) o[k] = valueOf(v);
      }
      return o;
    }
    case 'array':
      return (node.children ?? []).map(valueOf);
    default:
      return node.value;
  }
}

export function locator(doc: JsonDocument, base: Node, path: string): (pointer: string) => ContextLocation | undefined {
  return (pointer) => {
    const node = nodeAt(base, fromPointer(pointer));
    return node ? { path, range: doc.rangeOf(node.offset, node.length) } : undefined;
  };
}

export function problemFinding(doc: JsonDocument, base: Node | undefined, p: ContextProblem): Finding {
  let node = base ? nodeAt(base, fromPointer(p.pointer)) : undefined;
  // An unknown key is best shown on the key itself.
  if (node && /Unknown (key|quota|entitlement) `/.test(p.message) && node.parent?.type === 'property') node = node.parent.children![0];
  return finding(doc, node ?? base, p.message);
}

export function finding(doc: JsonDocument, node: Node | undefined, message: string): Finding {
  const e = entry('config-invalid');
  const offset = node?.offset ?? 0;
  const length = node?.length ?? 0;
  let pointer = '';
  try {
    pointer = node && 'type' in node ? pointerOf(node) : '';
  } catch {
    pointer = '';
  }
  return { id: e.id, code: e.code, severity: e.severity, message: plainText(message), range: doc.rangeOf(offset, length), offset, length, pointer, docs: e.docs };
}
