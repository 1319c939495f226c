-- The README's fix-all for Neovim 0.7+, as written: the 0.7 form of vim.lsp.buf.code_action (the
-- context as the argument, a pick from vim.ui.select), the :SpectrumLintFixAll command, and on save.
local t = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':h') .. '/lib.lua')

--- The Lua block of README.md that starts with `-- spectrum-lint fix-all (Neovim 0.7+)`.
local function readme_snippet()
  local readme = table.concat(vim.fn.readfile(vim.fn.fnamemodify(t.workspace, ':h:h:h') .. '/README.md'), '\n')
  local block = readme:match('```lua\n(%-%- spectrum%-lint fix%-all %(Neovim 0%.7%+%)\n.-)```')
  return assert(block, 'the README fix-all snippet')
end

local APP = table.concat({
  '{',
  '  "protocol": "udp/53",',
  '  "dns": { "type": "CNAME", "name": "ns.example.com" },',
  '  "origin_direct": ["udp://192.0.2.53:53"],',
  '  "traffic_type": "direct",',
  '  "ip_firewall": "true",',
  '  "proxy_protocol": "V1"',
  '}',
}, '\n')

t.run(function()
  assert(loadstring(readme_snippet()))()
  t.start()
  -- A scratch copy: saving must not touch the fixtures.
  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir, 'p')
  local file = dir .. '/dns.spectrum.json'
  vim.fn.writefile(vim.split(APP, '\n'), file)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'json'
  vim.lsp.buf_attach_client(bufnr, t.client_id)
  local uri = vim.uri_from_bufnr(bufnr)
  local diags = t.wait_diagnostics(uri, function() return #t.with_code(uri, 'wrong-type') == 1 and #t.with_code(uri, 'invalid-enum-value') == 1 end)
  if not t.check('wrong-type and invalid-enum-value arrive', diags ~= nil, t.published[uri]) then return end

  -- 0.7 form: the context as the argument; the one action is picked from the menu.
  local offered
  vim.ui.select = function(items, _, on_choice)
    offered = items
    on_choice(items[1], 1)
  end
  vim.lsp.buf.code_action({ only = { 'source.fixAll.spectrum-lint' } })
  local picked = vim.wait(t.wait_ms, function() return t.text(bufnr):find('"ip_firewall": true', 1, true) ~= nil end, 20)
  t.check('vim.lsp.buf.code_action({ only = ... }) offers the one fix-all and applies it', picked and #offered == 1, { offered = offered, text = t.text(bufnr) })
  t.check('fix-all leaves the other values', t.text(bufnr):find('"proxy_protocol": "v1"', 1, true) ~= nil, t.text(bufnr))

  -- :SpectrumLintFixAll after a new mistake, without a prompt.
  vim.api.nvim_buf_set_lines(bufnr, 6, 7, false, { '  "proxy_protocol": "V1"' })
  t.wait_diagnostics(uri, function() return #t.with_code(uri, 'invalid-enum-value') == 1 end)
  vim.cmd('SpectrumLintFixAll')
  t.check(':SpectrumLintFixAll applies it', t.text(bufnr):find('"proxy_protocol": "v1"', 1, true) ~= nil, t.text(bufnr))

  -- On save (BufWritePre): the file on disk holds the fix.
  vim.api.nvim_buf_set_lines(bufnr, 6, 7, false, { '  "proxy_protocol": "V1"' })
  t.wait_diagnostics(uri, function() return #t.with_code(uri, 'invalid-enum-value') == 1 end)
  vim.cmd('write')
  local saved = table.concat(vim.fn.readfile(file), '\n')
  t.check('saving writes the fixed text', saved:find('"proxy_protocol": "v1"', 1, true) ~= nil, saved)
  t.check('ip_firewall is kept (its removal is never fix-all\'s)', saved:find('"ip_firewall": true', 1, true) ~= nil, saved)
end)
