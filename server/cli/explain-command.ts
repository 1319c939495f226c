import { explainMarkdown, explainText, searchCatalog } from '../core/explain';
import { UsageError, type CliIo } from './io';

/** `spectrum-lint explain <code> [--markdown]`: the catalog's explanation of a code; exit 2 when unknown. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const markdown = args.includes('--markdown');
  const words = args.filter((a) => a !== '--markdown');
  const unknownOption = words.find((a) => a.startsWith('-') && !/^-?\d+$/.test(a));
  if (unknownOption) throw new UsageError(`explain: unknown option ${unknownOption}`);
  const query = words.join(' ').trim();
  if (!query) throw new UsageError('explain needs a code, e.g. `spectrum-lint explain 11002`');
  const text = markdown ? explainMarkdown(query) : explainText(query);
  if (text === undefined) {
    const similar = searchCatalog(query).slice(0, 5);
    const hint = similar.length ? `\nDid you mean: ${similar.map((e) => `${e.code} (${e.title})`).join(', ')}?` : '';
    io.stderr.write(`spectrum-lint: unknown code "${query}".${hint}\n`);
    return 2;
  }
  io.stdout.write(text.endsWith('\n') ? text : text + '\n');
  return 0;
}
