'use strict';
// Loads extension.js with stand-ins for the VS Code API and the language client, and
// checks that activating it starts `toc lsp` over stdio for .toc documents.

const test = require('node:test');
const assert = require('node:assert/strict');
const Module = require('node:module');
const path = require('node:path');

function standIns(settings) {
  const made = { clients: [], commands: {}, warnings: [] };
  class LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions, started: false, stopped: false });
      made.clients.push(this);
    }
    async start() {
      if (settings.failStart) throw new Error('spawn toc ENOENT');
      this.started = true;
    }
    stop() { this.stopped = true; return Promise.resolve(); }
    restart() { this.restarted = true; }
  }
  const vscode = {
    workspace: {
      getConfiguration: (section) => ({ get: (key, fallback) => settings[`${section}.${key}`] ?? fallback }),
      createFileSystemWatcher: (glob) => ({ glob }),
    },
    commands: { registerCommand: (name, handler) => { made.commands[name] = handler; return { dispose() {} }; } },
    window: { showWarningMessage: (message) => { made.warnings.push(message); } },
  };
  const client = { LanguageClient, TransportKind: { stdio: 0, ipc: 1, pipe: 2 } };
  return { made, modules: { vscode, 'vscode-languageclient/node': client } };
}

function loadExtension(settings = {}) {
  const { made, modules } = standIns(settings);
  const file = path.join(__dirname, '..', 'extension.js');
  delete require.cache[require.resolve(file)];
  const load = Module._load;
  Module._load = (request, parent, isMain) => (request in modules ? modules[request] : load(request, parent, isMain));
  try {
    return { extension: require(file), made };
  } finally {
    Module._load = load;
  }
}

test('activating starts toc lsp over stdio for .toc documents', async () => {
  const { extension, made } = loadExtension();
  const context = { subscriptions: [] };
  await extension.activate(context);
  const [client] = made.clients;
  assert.deepEqual(client.serverOptions, { command: 'toc', args: ['lsp'], transport: 0 });
  assert.deepEqual(client.clientOptions.documentSelector.map((s) => s.language), ['toc', 'toc']);
  assert.equal(client.clientOptions.synchronize.fileEvents.glob, '**/*.toc');
  assert.ok(client.started);
  made.commands['toc.restartServer']();
  assert.ok(client.restarted);
  await extension.deactivate();
  assert.ok(client.stopped);
});

test('the server command comes from the settings', async () => {
  const { extension, made } = loadExtension({ 'toc.server.command': '/opt/toc/bin/toc', 'toc.server.args': ['lsp', '--lang', 'nl'] });
  await extension.activate({ subscriptions: [] });
  assert.deepEqual(made.clients[0].serverOptions, { command: '/opt/toc/bin/toc', args: ['lsp', '--lang', 'nl'], transport: 0 });
});

test('a missing toc program gives a warning in words, not a crash', async () => {
  const { extension, made } = loadExtension({ failStart: true });
  await extension.activate({ subscriptions: [] });
  assert.equal(made.warnings.length, 1);
  assert.match(made.warnings[0], /could not start \(toc lsp\).*toc\.server\.command/);
});
