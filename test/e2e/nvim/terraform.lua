-- A Terraform buffer (filetype terraform, as nvim-lspconfig's terraformls sees it): diagnostics with codes
-- on the HCL values, then the IPv6 quick fix applied and the buffer re-diagnosed without it.
local t = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':h') .. '/lib.lua')

t.run(function()
  t.start()
  local bufnr, uri = t.open('terraform/spectrum.tf', 'terraform')
  local diags = t.wait_diagnostics(uri, function(d) return #d >= 2 end)
  if not t.check('diagnostics arrive for the .tf buffer', diags ~= nil, t.published[uri]) then return end
  t.check('codes 11000 and 11002, nothing else', vim.deep_equal(t.codes(diags), { '11000', '11002' }), t.codes(diags))

  local d = t.with_code(uri, 11002)[1]
  local at = t.find(bufnr, '"tcp://2a01:4f8:c2c:123f::1:22"')
  t.check('11002 is an error from spectrum-lint', d.severity == vim.lsp.protocol.DiagnosticSeverity.Error and d.source == 'spectrum-lint', d)
  t.check('11002 covers the HCL string', d.range.start.line == at.line and d.range.start.character == at.character
    and d.range['end'].line == at.line and d.range['end'].character == at.character + #'"tcp://2a01:4f8:c2c:123f::1:22"', d.range)
  local both = t.with_code(uri, 11000)[1]
  local game = t.find(bufnr, '"game"')
  t.check('11000 is in the game resource', both.range.start.line > game.line, both.range)

  local actions = t.request(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = d.range,
    context = { diagnostics = { d }, only = { 'quickfix' } },
  }) or {}
  local fix
  for _, a in ipairs(actions) do
    if a.title == 'Write tcp://[2a01:4f8:c2c:123f::1]:22' then fix = a end
  end
  if not t.check('the bracket fix is offered with an edit', fix and fix.edit, vim.tbl_map(function(a) return a.title end, actions)) then return end
  vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
  t.check('the buffer has the bracketed address in HCL', t.text(bufnr):find('origin_direct = ["tcp://[2a01:4f8:c2c:123f::1]:22"]', 1, true) ~= nil, t.text(bufnr))
  local after = t.wait_diagnostics(uri, function() return #t.with_code(uri, 11002) == 0 end)
  t.check('re-diagnosed without 11002, 11000 kept', after ~= nil and vim.deep_equal(t.codes(after), { '11000' }), t.published[uri])
end)
