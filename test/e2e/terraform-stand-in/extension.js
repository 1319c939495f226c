// A stand-in for a Terraform language extension, as the coexistence suite needs one: it publishes a
// diagnostic of its own (source `Terraform`) on every line of a terraform document holding `# stand-in-error`.
const vscode = require('vscode');

const MARK = '# stand-in-error';

function activate(context) {
  const collection = vscode.languages.createDiagnosticCollection('terraform-stand-in');
  const check = (doc) => {
    if (doc.languageId !== 'terraform') return;
    const found = [];
    for (let line = 0; line < doc.lineCount; line++) {
      const at = doc.lineAt(line).text.indexOf(MARK);
      if (at < 0) continue;
      const d = new vscode.Diagnostic(new vscode.Range(line, at, line, at + MARK.length), 'Stand-in error', vscode.DiagnosticSeverity.Warning);
      d.source = 'Terraform';
      found.push(d);
    }
    collection.set(doc.uri, found);
  };
  context.subscriptions.push(
    collection,
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeTextDocument((e) => check(e.document)),
    vscode.workspace.onDidCloseTextDocument((doc) => collection.delete(doc.uri)),
  );
  vscode.workspace.textDocuments.forEach(check);
}

module.exports = { activate };
