import { NotificationType } from 'vscode-languageserver/node';
import { kindByPath } from '../core/detect';
import { describeContext } from '../core/context';
import type { TargetKind } from '../core';
import { isConfigFile } from './config';
import type { Linted, Server } from './server';
import { DOCUMENT_STATUS_NOTIFICATION, type DocumentStatus } from './status-protocol';

const DocumentStatusNotification = new NotificationType<DocumentStatus>(DOCUMENT_STATUS_NOTIFICATION);

const NAMES: Record<TargetKind, [one: string, many: string]> = {
  'spectrum-app': ['Spectrum app', 'Spectrum apps'],
  monitor: ['Load Balancing monitor', 'Load Balancing monitors'],
  pool: ['Load Balancing pool', 'Load Balancing pools'],
  'load-balancer': ['load balancer', 'load balancers'],
  'error-envelope': ['Cloudflare API error response', 'Cloudflare API error responses'],
  'health-events': ['health-check event', 'health-check events'],
  'pool-health': ['pool health report', 'pool health reports'],
};

/** The status of a lint result: made from the analysis the lint already has (no parse of its own). */
export function documentStatus(linted: Linted, isContextFile: (path: string | undefined) => boolean): DocumentStatus {
  const { doc, result, options } = linted;
  const kinds: Record<string, number> = {};
  for (const t of result.targets) kinds[t.kind] = (kinds[t.kind] ?? 0) + 1;
  const skipped = result.doc?.skipped?.detail;
  const context = options.account;
  return {
    uri: doc.uri,
    version: doc.version,
    summary: summary(kinds, options.path, skipped, () => kindByPath(options.path, options.files), isContextFile),
    kinds,
    ...(skipped ? { skipped } : {}),
    problems: result.findings.length,
    ...(context
      ? { context: { ...(context.source.path ? { path: context.source.path } : {}), description: describeContext(context), ...(context.source.pulledAt ? { pulledAt: context.source.pulledAt } : {}) } }
      : {}),
  };
}

function summary(
  kinds: Record<string, number>,
  path: string | undefined,
  skipped: string | undefined,
  byName: () => TargetKind | undefined,
  isContextFile: (path: string | undefined) => boolean,
): string {
  if (skipped) return 'not checked';
  if (isConfigFile(path)) return 'spectrum-lint configuration';
  if (isContextFile(path)) return 'account context';
  const found = Object.entries(kinds) as Array<[TargetKind, number]>;
  if (found.length === 0) {
    const kind = byName();
    return kind ? `${NAMES[kind][0]} file, empty` : 'not a Spectrum or LB document';
  }
  return found.map(([kind, n]) => (n === 1 ? NAMES[kind][0] : `${NAMES[kind][1]}: ${n}`)).join(', ');
}

/**
 * Tells the client what each linted document was taken for, once per new status (a document's
 * version, its kinds, its problem count or its context changing). Only to clients that ask for it
 * with `initializationOptions: { documentStatus: true }`; other editors never see the notification.
 */
export function registerDocumentStatus(server: Server, initializationOptions: unknown, isContextFile: (path: string | undefined) => boolean): void {
  if ((initializationOptions as { documentStatus?: unknown } | undefined)?.documentStatus !== true) return;
  const sent = new Map<string, string>();
  server.lintListeners.push((linted) => {
    const status = documentStatus(linted, isContextFile);
    const key = JSON.stringify(status);
    if (sent.get(status.uri) === key) return;
    sent.set(status.uri, key);
    server.connection.sendNotification(DocumentStatusNotification, status).catch((e) => server.log(`could not send the document status: ${String(e)}`));
  });
  server.documents.onDidClose((e) => sent.delete(e.document.uri));
}
