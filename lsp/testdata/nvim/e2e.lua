-- End-to-end check of `tfjslint lsp` in Neovim (0.7+), run headless by
-- lsp/e2e_test.go: push diagnostics arrive, a code action is applied, and
-- the diagnostic goes. Env: TFJSLINT (binary), TFJSLINT_FILE (a leaky
-- train.js), TFJSLINT_OUT (where "ok" or the failure is written).
local out = os.getenv('TFJSLINT_OUT')
local function finish(msg)
  local f = io.open(out, 'w')
  f:write(msg)
  f:close()
  vim.cmd('qall!')
end

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function find(buf, code)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if code_of(d) == code then return d end
  end
end

local function run()
  local file = os.getenv('TFJSLINT_FILE')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({
    name = 'tfjslint',
    cmd = { os.getenv('TFJSLINT'), 'lsp' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
  })
  assert(id, 'start_client failed')
  vim.lsp.buf_attach_client(buf, id)
  assert(vim.wait(60000, function() return find(buf, 'undisposed-tensor') ~= nil end, 20),
    'no undisposed-tensor diagnostic was pushed')
  local d = find(buf, 'undisposed-tensor')
  assert(d.source == 'tfjslint', 'source = ' .. tostring(d.source))
  local client = vim.lsp.get_client_by_id(id)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.lnum, character = d.col } },
    context = { diagnostics = {} },
  }
  local res = client.request_sync('textDocument/codeAction', params, 30000, buf)
  assert(res and res.result, 'codeAction failed: ' .. vim.inspect(res))
  local chosen
  for _, a in ipairs(res.result) do
    if a.title:find('^Dispose t') then chosen = a end
  end
  assert(chosen, 'no dispose action in ' .. vim.inspect(res.result))
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or 'utf-16')
  local text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
  assert(text:find('t.dispose();', 1, true), 'the edit was not applied:\n' .. text)
  assert(vim.wait(60000, function() return find(buf, 'undisposed-tensor') == nil end, 20),
    'the diagnostic stayed after the fix')
  client.stop()
end

local ok, err = pcall(run)
finish(ok and 'ok' or ('FAIL: ' .. tostring(err)))
