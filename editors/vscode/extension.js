'use strict';
// Starts the toc language server (`toc lsp`, over stdio) for .toc files.
// Highlighting comes from the TextMate grammar alone, so it works without toc installed.

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function serverOptions() {
  const settings = vscode.workspace.getConfiguration('toc.server');
  const command = settings.get('command', 'toc');
  const args = settings.get('args', ['lsp']);
  return { command, args, transport: TransportKind.stdio };
}

async function activate(context) {
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'toc' },
      { scheme: 'untitled', language: 'toc' },
    ],
    synchronize: {
      // Re-check a theory when a file it includes with `use` changes on disk.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.toc'),
    },
  };
  client = new LanguageClient('toc', 'Theory of change', serverOptions(), clientOptions);
  context.subscriptions.push(vscode.commands.registerCommand('toc.restartServer', () => client.restart()));
  try {
    await client.start();
  } catch (problem) {
    const { command } = serverOptions();
    vscode.window.showWarningMessage(
      `The toc language server could not start (${command} lsp): ${problem.message}. ` +
      'Install toc in a Python environment, or set "toc.server.command" to the full path of the toc program.');
  }
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
