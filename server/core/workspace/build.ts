import type { FileAssociations } from '../detect';
import { mayContainTargets, kindByPath } from '../detect';
import { terraformFrontEnd } from '../terraform/document';
import { summarizeText } from './summarize';
import { WorkspaceIndex } from './workspace-index';

/** Builds an index over files already read (the CLI's paths); files that cannot hold a target are skipped unparsed. */
export function buildWorkspaceIndex(files: Array<{ path: string; text: string }>, associations?: FileAssociations): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const f of files) {
    // Terraform files: the front end finds the resources (HCL has none of the JSON hints).
    if (!terraformFrontEnd(f.path) && !kindByPath(f.path, associations) && !mayContainTargets(f.text)) continue;
    const s = summarizeText(f.text, f.path, associations);
    if (s.apps.length || s.monitors.length || s.pools.length) index.set(s);
  }
  return index;
}
