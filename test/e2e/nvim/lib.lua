-- Shared by the headless Neovim scenarios. Neovim 0.7 API: vim.lsp.start_client + buf_attach_client
-- (vim.lsp.start arrived in 0.8). Each scenario records checks, writes them as JSON to
-- $SPECTRUM_NVIM_OUT and exits 0 when all held, 1 otherwise.
local M = {}

M.server = assert(os.getenv('SPECTRUM_SERVER'), 'SPECTRUM_SERVER: path of dist/server.js')
M.node = os.getenv('SPECTRUM_NODE') or 'node'
M.workspace = assert(os.getenv('SPECTRUM_WORKSPACE'), 'SPECTRUM_WORKSPACE: the fixture folder')
M.out = assert(os.getenv('SPECTRUM_NVIM_OUT'), 'SPECTRUM_NVIM_OUT: where the results go')
M.wait_ms = 20000

local results = { checks = {}, ok = true }
--- Raw LSP diagnostics as the server last published them, per URI.
M.published = {}

function M.check(name, cond, detail)
  if not cond and M.exited then detail = { detail = detail, server_exited = M.exited } end
  table.insert(results.checks, { name = name, ok = cond and true or false, detail = detail and vim.inspect(detail) or nil })
  if not cond then results.ok = false end
  return cond
end

function M.finish()
  local f = assert(io.open(M.out, 'w'))
  f:write(vim.fn.json_encode(results))
  f:close()
  if M.client_id then vim.lsp.stop_client(M.client_id, true) end
  vim.cmd(results.ok and 'qall!' or 'cquit!')
end

--- Runs the scenario; any Lua error becomes a failed check instead of a hung editor.
function M.run(scenario)
  local ok, err = xpcall(scenario, debug.traceback)
  if not ok then M.check('scenario ran without a Lua error', false, err) end
  M.finish()
end

--- Starts the server over stdio; `extra` is merged into the client config (e.g. `settings`).
function M.start(extra)
  M.client_id = vim.lsp.start_client(vim.tbl_extend('force', {
    name = 'spectrum-lint',
    cmd = { M.node, M.server, '--stdio' },
    root_dir = M.workspace,
    workspace_folders = { { uri = vim.uri_from_fname(M.workspace), name = 'workspace' } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        M.published[result.uri] = result.diagnostics
        return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
      end,
    },
    on_exit = function(code, signal)
      M.exited = { code = code, signal = signal }
    end,
  }, extra or {}))
  M.check('the server starts', M.client_id ~= nil)
  return M.client_id
end

--- Opens a fixture with `filetype` (default json) and attaches the client; returns bufnr and URI.
function M.open(rel, filetype)
  vim.cmd('edit ' .. vim.fn.fnameescape(M.workspace .. '/' .. rel))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = filetype or 'json'
  vim.lsp.buf_attach_client(bufnr, M.client_id)
  return bufnr, vim.uri_from_bufnr(bufnr)
end

function M.codes(diags)
  local codes = {}
  for _, d in ipairs(diags or {}) do table.insert(codes, tostring(d.code)) end
  table.sort(codes)
  return codes
end

function M.with_code(uri, code)
  local found = {}
  for _, d in ipairs(M.published[uri] or {}) do
    if tostring(d.code) == tostring(code) then table.insert(found, d) end
  end
  return found
end

--- Waits until the published diagnostics of `uri` satisfy `pred`; returns them (or nil on timeout).
function M.wait_diagnostics(uri, pred)
  local ok = vim.wait(M.wait_ms, function()
    return M.published[uri] ~= nil and pred(M.published[uri])
  end, 20)
  return ok and M.published[uri] or nil
end

function M.request(bufnr, method, params)
  local responses = vim.lsp.buf_request_sync(bufnr, method, params, M.wait_ms) or {}
  local r = responses[M.client_id]
  if r == nil then return nil, 'no response' end
  return r.result, r.err
end

--- Zero-based position of the first occurrence of `text` in the buffer (ASCII fixtures: bytes = UTF-16).
function M.find(bufnr, text)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local col = line:find(text, 1, true)
    if col then return { line = i - 1, character = col - 1 } end
  end
end

function M.text(bufnr)
  return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
end

return M
