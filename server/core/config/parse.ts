import { dirname, resolve } from 'node:path';
import { getNodeValue, printParseErrorCode, type Node } from 'jsonc-parser';
import picomatch from 'picomatch';
import { findEntry, lookup } from '../catalog';
import { DETECTORS, type FileAssociations, type TargetKind } from '../detect';
import { JsonDocument } from '../document';
import type { Finding } from '../findings';
import { anchorOf, elements, keyNode, pointerOf, properties, propertyName, stringValue, valueNode } from '../json';
import { isRuleSetting, RULE_SETTINGS, type RuleSetting } from '../settings';
import { MIN_FILE_SIZE, parseSize } from '../size';
import { toolFinding } from '../tool-finding';
import type { ConfigLocation, IgnoreEntry, SpectrumLintConfig } from './types';

export interface ParsedConfig {
  config: SpectrumLintConfig;
  /** Problems in the configuration file itself (`config-invalid`, `suppression-without-reason`, `json-syntax`). */
  findings: Finding[];
  doc: JsonDocument;
}

export interface ParseConfigOptions {
  /** Report JSON syntax errors (the CLI does; an editor's JSON support already shows them). */
  syntaxErrors?: boolean;
}

export const TOP_LEVEL = ['$schema', 'rules', 'files', 'ignore', 'account', 'maxFileSize'];
export const IGNORE_KEYS = ['files', 'code', 'pointer', 'reason'];

interface Problem {
  id: string;
  node?: Node;
  offset?: number;
  length?: number;
  message: string;
}

/**
 * Reads a `spectrum-lint.config.json` text (JSONC). Invalid parts are reported and left out, so a
 * half-edited configuration still applies its valid parts.
 */
export function parseConfig(text: string, path: string, options: ParseConfigOptions = {}): ParsedConfig {
  const doc = new JsonDocument(text, path);
  const config: SpectrumLintConfig = { path, rules: {}, files: {}, ignore: [] };
  const problems: Problem[] = [];
  const at = (node: Node): ConfigLocation => {
    const a = node.parent?.type === 'property' ? { offset: node.offset, length: node.length } : anchorOf(node);
    return { path, ...a, range: doc.rangeOf(a.offset, a.length), pointer: pointerOf(node) };
  };

  if (doc.skipped) {
    problems.push({ id: 'config-invalid', offset: 0, length: 0, message: `The configuration file was not read: ${doc.skipped.detail}.` });
  } else {
    if (options.syntaxErrors) {
      for (const e of doc.errors) {
        const what = printParseErrorCode(e.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
        problems.push({ id: 'json-syntax', offset: e.offset, length: e.length, message: `JSON syntax error: ${what}.` });
      }
    }
    const root = doc.root;
    if (root && root.type !== 'object') {
      problems.push({ id: 'config-invalid', node: root, message: 'The configuration must be an object with `rules`, `files`, `ignore` or `account`.' });
    } else if (root) {
      for (const prop of properties(root)) {
        const name = propertyName(prop);
        const value = prop.children?.[1];
        if (name === undefined || !TOP_LEVEL.includes(name)) {
          problems.push({ id: 'config-invalid', node: keyNode(prop) ?? prop, message: `Unknown property ${JSON.stringify(name)}; expected one of ${TOP_LEVEL.map((k) => '`' + k + '`').join(', ')}.` });
          continue;
        }
        if (!value) continue; // half-typed: the JSON syntax error says enough
        if (name === '$schema' && value.type !== 'string') problems.push({ id: 'config-invalid', node: value, message: '`$schema` must be a string.' });
        if (name === 'rules') config.rules = readRules(value, problems);
        if (name === 'files') config.files = readFiles(value, problems);
        if (name === 'ignore') config.ignore = readIgnore(value, path, problems, at);
        if (name === 'maxFileSize') readMaxFileSize(value, config, problems);
        if (name === 'account') {
          const file = typeof value.value === 'string' && value.type === 'string' ? resolve(dirname(path), value.value) : undefined;
          config.account = { value: plain(getNodeValue(value)), ...(file ? { file } : {}), location: at(value), node: value, doc };
        }
      }
    }
  }

  const findings: Finding[] = [];
  for (const p of problems) {
    const a = p.node ? (p.node.type === 'object' || p.node.type === 'array' ? anchorOf(p.node) : { offset: p.node.offset, length: p.node.length }) : { offset: p.offset ?? 0, length: p.length ?? 0 };
    const f = toolFinding(doc, p.id, a.offset, a.length, p.message, { pointer: p.node ? pointerOf(p.node) : '', rules: config.rules });
    if (f) findings.push(f);
  }
  findings.sort((a, b) => a.offset - b.offset);
  return { config, findings, doc };
}

/** The catalog id a user means by a code in the configuration or a directive ("11002", 11002, "Legacy-Field"). */
export function normaliseCode(code: unknown): string | undefined {
  if (typeof code === 'number' && Number.isInteger(code)) return findEntry(String(code))?.id;
  if (typeof code !== 'string' || code.trim() === '') return undefined;
  return (findEntry(code.trim()) ?? lookup(code))?.id;
}

function readRules(node: Node, problems: Problem[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  if (node.type !== 'object') {
    problems.push({ id: 'config-invalid', node, message: '`rules` must be an object mapping codes to a severity, e.g. `{ "11002": "warning" }`.' });
    return rules;
  }
  for (const prop of properties(node)) {
    const key = propertyName(prop);
    const value = prop.children?.[1];
    const id = normaliseCode(key);
    if (!id) {
      problems.push({ id: 'config-invalid', node: keyNode(prop) ?? prop, message: `${JSON.stringify(key)} is not a spectrum-lint code; \`spectrum-lint explain <code>\` lists what a code means.` });
      continue;
    }
    if (!value) continue;
    if (!isRuleSetting(value.value) || value.type !== 'string') {
      problems.push({ id: 'config-invalid', node: value, message: `The severity of ${key} must be one of ${RULE_SETTINGS.map((s) => `"${s}"`).join(', ')}.` });
      continue;
    }
    rules[id] = value.value;
  }
  return rules;
}

function readMaxFileSize(node: Node, config: SpectrumLintConfig, problems: Problem[]): void {
  const size = node.type === 'number' || node.type === 'string' ? parseSize(node.value) : undefined;
  if (size === undefined || size < MIN_FILE_SIZE) {
    problems.push({ id: 'config-invalid', node, message: `\`maxFileSize\` must be a size of at least ${MIN_FILE_SIZE} bytes: a number, or a string such as "64M" or "512k".` });
  } else config.maxFileSize = size;
}

function readFiles(node: Node, problems: Problem[]): FileAssociations {
  const files: FileAssociations = {};
  const kinds = associationKeys();
  if (node.type !== 'object') {
    problems.push({ id: 'config-invalid', node, message: `\`files\` must be an object mapping a kind (${kinds.join(', ')}) to an array of globs.` });
    return files;
  }
  for (const prop of properties(node)) {
    const kind = kinds.find((k) => k === propertyName(prop));
    const value = prop.children?.[1];
    if (!kind) {
      problems.push({ id: 'config-invalid', node: keyNode(prop) ?? prop, message: `Unknown kind ${JSON.stringify(propertyName(prop))}; expected one of ${kinds.join(', ')}.` });
      continue;
    }
    if (!value) continue;
    if (value.type !== 'array') {
      problems.push({ id: 'config-invalid', node: value, message: `The globs for ${kind} must be an array of strings, e.g. ["spectrum/**/*.json"].` });
      continue;
    }
    const globs: string[] = [];
    for (const g of elements(value)) {
      const s = stringValue(g);
      if (s === undefined || s.trim() === '') problems.push({ id: 'config-invalid', node: g, message: 'A glob must be a non-empty string.' });
      else if (!validGlob(s)) problems.push({ id: 'config-invalid', node: g, message: `${JSON.stringify(s)} is not a valid glob.` });
      else globs.push(s);
    }
    files[kind] = globs;
  }
  return files;
}

/** The keys of `files`: the kinds, and `patch` (files of partial updates, whatever their kind). */
export function associationKeys(): Array<keyof FileAssociations> {
  return [...fileKinds(), 'patch'];
}

/** Kinds that file names can select in `files` (the others are recognised by content alone). */
export function fileKinds(): TargetKind[] {
  return DETECTORS.filter((d) => d.globs.length > 0).map((d) => d.kind);
}

function readIgnore(node: Node, path: string, problems: Problem[], at: (n: Node) => ConfigLocation): IgnoreEntry[] {
  const out: IgnoreEntry[] = [];
  if (node.type !== 'array') {
    problems.push({ id: 'config-invalid', node, message: '`ignore` must be an array of `{ "files", "code", "pointer", "reason" }` entries.' });
    return out;
  }
  for (const item of elements(node)) {
    if (item.type !== 'object') {
      problems.push({ id: 'config-invalid', node: item, message: 'An `ignore` entry must be an object such as `{ "files": "apps/*.json", "code": 11002, "reason": "..." }`.' });
      continue;
    }
    let ok = true;
    for (const prop of properties(item)) {
      const name = propertyName(prop);
      if (name === undefined || !IGNORE_KEYS.includes(name)) {
        problems.push({ id: 'config-invalid', node: keyNode(prop) ?? prop, message: `Unknown property ${JSON.stringify(name)} in an \`ignore\` entry; expected ${IGNORE_KEYS.map((k) => '`' + k + '`').join(', ')}.` });
      }
    }
    const codeNode = valueNode(item, 'code');
    const code = normaliseCode(codeNode?.value);
    if (!codeNode) {
      problems.push({ id: 'config-invalid', node: item, message: 'This `ignore` entry names no `code`; every entry must say which code it ignores.' });
      ok = false;
    } else if (!code) {
      problems.push({ id: 'config-invalid', node: codeNode, message: `${JSON.stringify(codeNode.value)} is not a spectrum-lint code, so this entry ignores nothing.` });
      ok = false;
    }
    const filesNode = valueNode(item, 'files');
    const files = stringValue(filesNode);
    if (filesNode && (files === undefined || files.trim() === '' || !validGlob(files))) {
      problems.push({ id: 'config-invalid', node: filesNode, message: '`files` must be a glob relative to this configuration file, e.g. "spectrum/*.json".' });
      ok = false;
    }
    const pointerNode = valueNode(item, 'pointer');
    const pointer = stringValue(pointerNode);
    if (pointerNode && (pointer === undefined || (pointer !== '' && !pointer.startsWith('/')))) {
      problems.push({ id: 'config-invalid', node: pointerNode, message: '`pointer` must be a JSON pointer starting with "/", e.g. "/result/3/origin_direct/0".' });
      ok = false;
    }
    const reasonNode = valueNode(item, 'reason');
    const reason = stringValue(reasonNode)?.trim();
    if (reasonNode && reasonNode.type !== 'string') {
      problems.push({ id: 'config-invalid', node: reasonNode, message: '`reason` must be a string saying why the finding is accepted.' });
    }
    if (!ok || !code) continue;
    const anchor = codeNode ?? item;
    if (!reason) {
      problems.push({ id: 'suppression-without-reason', node: anchor, message: `This \`ignore\` entry for ${code} gives no reason; add \`"reason"\` saying why the finding is accepted.` });
    }
    out.push({
      code,
      ...(files !== undefined ? { files } : {}),
      base: dirname(path),
      ...(pointer !== undefined ? { pointer } : {}),
      ...(reason ? { reason } : {}),
      source: at(anchor),
    });
  }
  return out;
}

function validGlob(g: string): boolean {
  try {
    picomatch.makeRe(g);
    return true;
  } catch {
    return false;
  }
}

/** Ordinary objects (jsonc-parser builds null-prototype ones), so consumers can compare and spread them freely. */
function plain(v: unknown): unknown {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}
