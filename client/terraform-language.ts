import { readFileSync } from 'node:fs';
import { Disposable, extensions, languages, SyntaxTokenType, type ExtensionContext, type LanguageConfiguration, type LogOutputChannel } from 'vscode';

const LANGUAGE = 'terraform';
const CONFIGURATION_FILE = 'languages/terraform.language-configuration.json';

interface ConfigurationFile {
  comments?: LanguageConfiguration['comments'];
  brackets?: LanguageConfiguration['brackets'];
  autoClosingPairs?: { open: string; close: string; notIn?: string[] }[];
}

const TOKEN_TYPES: Record<string, SyntaxTokenType> = { comment: SyntaxTokenType.Comment, string: SyntaxTokenType.String, regex: SyntaxTokenType.RegEx };

/** Whether another installed extension (HashiCorp's) gives `terraform` a language configuration of its own. */
function otherTerraformConfiguration(ownId: string): boolean {
  return extensions.all.some(
    (ext) =>
      ext.id !== ownId &&
      (ext.packageJSON?.contributes?.languages ?? []).some((l: { id?: unknown; configuration?: unknown }) => l?.id === LANGUAGE && typeof l.configuration === 'string'),
  );
}

function readConfiguration(context: ExtensionContext): LanguageConfiguration {
  const file = JSON.parse(readFileSync(context.asAbsolutePath(CONFIGURATION_FILE), 'utf8')) as ConfigurationFile;
  return {
    comments: file.comments,
    brackets: file.brackets,
    autoClosingPairs: file.autoClosingPairs?.map(({ open, close, notIn }) => ({ open, close, notIn: notIn?.map((t) => TOKEN_TYPES[t]).filter((t) => t !== undefined) })),
  };
}

/**
 * The manifest contributes the `terraform` language for `.tf` without a configuration: VS Code merges the
 * configuration files of every extension field by field (the one loaded last wins) and one set through the
 * API wins over all files, so a static one of ours could replace HashiCorp's comments or brackets. Ours is
 * set here only while no other extension configures the language, and follows installs and removals.
 */
export function registerTerraformLanguage(context: ExtensionContext, output: LogOutputChannel): Disposable {
  let configured: Disposable | undefined;
  const update = () => {
    const wanted = !otherTerraformConfiguration(context.extension.id);
    if (wanted === Boolean(configured)) return;
    if (!wanted) {
      configured?.dispose();
      configured = undefined;
      output.info('Another extension configures the terraform language: its comments and brackets are used.');
      return;
    }
    try {
      configured = languages.setLanguageConfiguration(LANGUAGE, readConfiguration(context));
    } catch (err) {
      output.error(`The terraform language configuration could not be read: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  update();
  const watch = extensions.onDidChange(update);
  return new Disposable(() => {
    watch.dispose();
    configured?.dispose();
  });
}
