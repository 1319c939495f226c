-- Settings in Neovim 0.7, as in the README: 0.7 answers workspace/configuration but does not announce
-- it, so the settings go in `init_options`; a later workspace/didChangeConfiguration applies at once.
local t = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':h') .. '/lib.lua')

t.run(function()
  local rules = { ['11002'] = 'off', ['invalid-enum-value'] = 'warning' }
  t.start({ init_options = { spectrumLint = { rules = rules } } })
  local _, uri = t.open('apps/invalid-app.spectrum.json')
  local diags = t.wait_diagnostics(uri, function() return #t.with_code(uri, 'invalid-enum-value') == 1 end)
  if not t.check('diagnostics arrive', diags ~= nil, t.published[uri]) then return end
  t.check('11002 is turned off', #t.with_code(uri, 11002) == 0, t.published[uri])
  t.check('invalid-enum-value is a warning', t.with_code(uri, 'invalid-enum-value')[1].severity == vim.lsp.protocol.DiagnosticSeverity.Warning, t.published[uri])

  -- Back to the defaults without restarting the server.
  vim.lsp.get_client_by_id(t.client_id).notify('workspace/didChangeConfiguration', { settings = { spectrumLint = { rules = vim.empty_dict() } } })
  local back = t.wait_diagnostics(uri, function(d) return #t.with_code(uri, 11002) == 1 and #t.with_code(uri, "invalid-enum-value") == 1 and t.with_code(uri, "invalid-enum-value")[1].severity == 1 end)
  t.check('after didChangeConfiguration 11002 is reported again', back ~= nil, t.published[uri])
  t.check('and invalid-enum-value is an error again', back and t.with_code(uri, 'invalid-enum-value')[1].severity == vim.lsp.protocol.DiagnosticSeverity.Error, t.published[uri])
end)
