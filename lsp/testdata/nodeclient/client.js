// End-to-end check of `tfjslint lsp` with the protocol package VS Code's
// client is built on: pull diagnostics, incremental edits, a code action
// applied, a config reload. Usage: node client.js TFJSLINT WORKSPACE
// (WORKSPACE holds train.js). Exits 0 and prints "ok" when all holds.
'use strict';
const cp = require('child_process');
const fs = require('fs');
const path = require('path');
const url = require('url');
const rpc = require('vscode-languageserver-protocol/node');

const [bin, dir] = process.argv.slice(2);
const file = path.join(dir, 'train.js');
const uri = url.pathToFileURL(file).href;
const cfgPath = path.join(dir, '.tfjslint.yaml');

const proc = cp.spawn(bin, ['lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));

let refreshes = 0;
const messages = [];
let registrations = [];
conn.onRequest(rpc.RegistrationRequest.type, (p) => { registrations = registrations.concat(p.registrations); return null; });
conn.onRequest(rpc.DiagnosticRefreshRequest.type, () => { refreshes++; return null; });
conn.onNotification(rpc.ShowMessageNotification.type, (p) => messages.push(p.message));
conn.onNotification(rpc.PublishDiagnosticsNotification.type, () => fail('a pulling client got a push'));
conn.listen();

function fail(msg) {
  console.error('FAIL: ' + msg);
  proc.kill();
  process.exit(1);
}
function expect(cond, msg) { if (!cond) fail(msg); }
const codes = (items) => items.map((d) => d.code).join(',');
async function until(what, cond) {
  for (let i = 0; i < 6000 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(cond(), 'gave up waiting for ' + what);
}

let text = fs.readFileSync(file, 'utf8');
let version = 1;
async function pull() {
  const rep = await conn.sendRequest(rpc.DocumentDiagnosticRequest.type, { textDocument: { uri } });
  expect(rep.kind === 'full', 'report kind ' + rep.kind);
  return rep.items;
}
function offsetAt(src, pos) { // LSP positions are UTF-16 code units, as JS strings
  const lines = src.split('\n');
  let off = 0;
  for (let i = 0; i < pos.line; i++) off += lines[i].length + 1;
  return off + pos.character;
}
// change sends edits as incremental changes, last first so that earlier
// ranges stay valid, and keeps text in step.
async function change(edits) {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  for (const e of sorted) {
    text = text.slice(0, offsetAt(text, e.range.start)) + e.newText + text.slice(offsetAt(text, e.range.end));
  }
  version++;
  await conn.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version },
    contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })),
  });
}

(async () => {
  const init = await conn.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid,
    rootUri: url.pathToFileURL(dir).href,
    workspaceFolders: [{ uri: url.pathToFileURL(dir).href, name: 'ws' }],
    capabilities: {
      textDocument: { diagnostic: { dynamicRegistration: false } },
      workspace: { diagnostics: { refreshSupport: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
    },
  });
  expect(init.capabilities.diagnosticProvider, 'no diagnosticProvider');
  expect(init.capabilities.textDocumentSync.change === rpc.TextDocumentSyncKind.Incremental, 'sync is not incremental');
  await conn.sendNotification(rpc.InitializedNotification.type, {});
  await conn.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'javascript', version, text } });

  let items = await pull();
  expect(codes(items) === 'unused-directive,undisposed-tensor', 'first pull: ' + codes(items));
  const leak = items[1];
  expect(leak.source === 'tfjslint' && leak.codeDescription.href.endsWith('/undisposed-tensor.md'), 'diagnostic fields: ' + JSON.stringify(leak));

  // Incremental edit: delete the directive's two lines.
  await change([{ range: { start: { line: 2, character: 0 }, end: { line: 4, character: 0 } }, newText: '' }]);
  items = await pull();
  expect(codes(items) === 'undisposed-tensor', 'after deleting the directive: ' + codes(items));

  // Code action: the dispose suggestion, applied.
  const actions = await conn.sendRequest(rpc.CodeActionRequest.type, {
    textDocument: { uri }, range: items[0].range, context: { diagnostics: [items[0]] },
  });
  const dispose = actions.find((a) => a.title.startsWith('Dispose t'));
  expect(dispose && dispose.kind === 'quickfix', 'no dispose action in ' + JSON.stringify(actions.map((a) => a.title)));
  expect(actions.some((a) => a.title === 'Disable undisposed-tensor for this line'), 'no disable action');
  const leaking = text;
  await change(dispose.edit.changes[uri]);
  expect(text.includes('t.dispose();'), 'text after the action:\n' + text);
  items = await pull();
  expect(codes(items) === '', 'after the fix: ' + codes(items));

  // Config reload: back to the leak; a broken config is reported and the
  // defaults apply; a fixed one that turns the rule off silences it.
  await change([{ range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } }, newText: leaking }]);
  expect(codes(await pull()) === 'undisposed-tensor', 'leak restored');
  await until('the watcher registration', () => registrations.length > 0);
  let seen = refreshes;
  fs.writeFileSync(cfgPath, 'rules:\n  undisposed-tensr: off\n');
  await conn.sendNotification(rpc.DidChangeWatchedFilesNotification.type, { changes: [{ uri: url.pathToFileURL(cfgPath).href, type: rpc.FileChangeType.Changed }] });
  await until('a message about the broken config', () => messages.some((m) => m.includes('undisposed-tensr')));
  const cfgItems = (await conn.sendRequest(rpc.DocumentDiagnosticRequest.type, { textDocument: { uri: url.pathToFileURL(cfgPath).href } })).items;
  expect(cfgItems.length === 1 && cfgItems[0].message.includes('did you mean'), 'config diagnostics: ' + JSON.stringify(cfgItems));
  await until('a refresh', () => refreshes > seen);
  expect(codes(await pull()) === 'undisposed-tensor', 'with a broken config');
  seen = refreshes;
  fs.writeFileSync(cfgPath, 'rules:\n  undisposed-tensor: off\n');
  await conn.sendNotification(rpc.DidChangeWatchedFilesNotification.type, { changes: [{ uri: url.pathToFileURL(cfgPath).href, type: rpc.FileChangeType.Changed }] });
  await until('a refresh', () => refreshes > seen);
  items = await pull();
  expect(codes(items) === '', 'after the config turned the rule off: ' + codes(items));

  await conn.sendRequest(rpc.ShutdownRequest.type);
  await conn.sendNotification(rpc.ExitNotification.type);
  proc.on('exit', (code) => {
    expect(code === 0, 'exit code ' + code);
    console.log('ok');
    process.exit(0);
  });
})().catch((e) => fail(e.stack || String(e)));
