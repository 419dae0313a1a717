// A minimal VS Code extension: starts `tfjslint lsp` and hands it the
// JavaScript, TypeScript and HTML files of the workspace.
'use strict';
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration('tfjslint').get('path') || 'tfjslint';
  const run = { command, args: ['lsp'], transport: TransportKind.stdio };
  client = new LanguageClient('tfjslint', 'tfjslint', { run, debug: run }, {
    documentSelector: ['javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'html']
      .map((language) => ({ scheme: 'file', language })),
  });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
