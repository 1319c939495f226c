import { pathToFileURL } from 'node:url';
import { CATALOG, type CatalogEntry, type Severity } from '../../core/catalog';
import type { Finding } from '../../core/findings';
import { version } from '../../../package.json';
import type { FileResult, Formatter } from './types';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** Entries a finding can carry: everything a rule or spectrum-lint itself reports (not explain-only ones). */
const REPORTABLE = CATALOG.filter((e) => e.detection !== 'explain');

/** "Invalid origin configuration" → "InvalidOriginConfiguration": SARIF's `name` is an identifier. */
const ruleName = (e: CatalogEntry) =>
  e.title
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

function rule(e: CatalogEntry) {
  return {
    id: e.id,
    name: ruleName(e),
    shortDescription: { text: e.title },
    fullDescription: { text: e.cause },
    help: { text: e.resolution, markdown: `${e.resolution}\n\n[Documentation](${e.docs})` },
    helpUri: e.docs,
    defaultConfiguration: { level: LEVEL[e.severity] },
    properties: { group: e.group, ...(e.http ? { http: e.http } : {}) },
  };
}

/**
 * SARIF 2.1.0 for code-scanning tools: rule metadata from the catalog, one result per finding with
 * one-based UTF-16 positions, and suppressed findings reported as suppressed with their reason.
 */
export const sarif: Formatter = (run) => {
  const rules = [...REPORTABLE];
  const index = new Map(rules.map((e, i) => [e.id, i]));
  const ruleIndex = (f: Finding) => {
    let i = index.get(f.id);
    if (i === undefined) {
      const e = CATALOG.find((x) => x.id === f.id)!;
      i = rules.push(e) - 1;
      index.set(f.id, i);
    }
    return i;
  };
  const artifacts = run.files.map((f) => ({ location: location(f) }));
  const results = run.files.flatMap((file, artifactIndex) => [
    ...file.findings.map((f) => result(f, file, artifactIndex, ruleIndex(f))),
    ...file.suppressed.map((s) => ({
      ...result(s.finding, file, artifactIndex, ruleIndex(s.finding)),
      suppressions: [{ kind: s.by === 'comment' ? 'inSource' : 'external', ...(s.reason ? { justification: s.reason } : {}) }],
    })),
  ]);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'spectrum-lint',
            version,
            informationUri: 'https://github.com/spectrum-lint/spectrum-lint',
            rules: rules.map(rule),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileUri(run.cwd, true) } },
        artifacts,
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function result(f: Finding, file: FileResult, artifactIndex: number, ruleIndex: number) {
  return {
    ruleId: f.id,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { ...location(file), index: artifactIndex },
          region: {
            startLine: f.range.start.line + 1,
            startColumn: f.range.start.character + 1,
            endLine: f.range.end.line + 1,
            endColumn: f.range.end.character + 1,
          },
        },
        ...(f.pointer ? { logicalLocations: [{ fullyQualifiedName: f.pointer, kind: 'object' }] } : {}),
      },
    ],
    ...(f.related?.length
      ? {
          relatedLocations: f.related.map((r, i) => ({
            id: i + 1,
            message: { text: r.message },
            physicalLocation: {
              artifactLocation: r.path ? { uri: pathToFileUri(r.path) } : { ...location(file), index: artifactIndex },
              region: { startLine: r.range.start.line + 1, startColumn: r.range.start.character + 1, endLine: r.range.end.line + 1, endColumn: r.range.end.character + 1 },
            },
          })),
        }
      : {}),
  };
}

/** Files under the working folder are relative to %SRCROOT% (what code scanning expects); others are file URIs. */
function location(f: FileResult): { uri: string; uriBaseId?: string } {
  if (!f.display.startsWith('/') && !f.display.startsWith('../') && !/^[A-Za-z]:/.test(f.display)) {
    return { uri: f.display.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileUri(f.path) };
}

function pathToFileUri(p: string, dir = false): string {
  const href = pathToFileURL(p).href;
  return dir && !href.endsWith('/') ? href + '/' : href;
}
