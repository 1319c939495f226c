-- Diagnostics with codes, severities, ranges and docs links, as Neovim receives them over stdio.
local t = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':h') .. '/lib.lua')

t.run(function()
  t.start()
  local bufnr, uri = t.open('apps/invalid-app.spectrum.json')
  local diags = t.wait_diagnostics(uri, function(d) return #d >= 2 end)
  if not t.check('diagnostics arrive', diags ~= nil, t.published[uri]) then return end
  t.check('codes 11002 and invalid-enum-value, nothing else', vim.deep_equal(t.codes(diags), { '11002', 'invalid-enum-value' }), t.codes(diags))

  local d = t.with_code(uri, 11002)[1]
  local at = t.find(bufnr, '"tcp://2a01:4f8:c0c:1::5:22"')
  t.check('11002 is an error', d.severity == vim.lsp.protocol.DiagnosticSeverity.Error, d.severity)
  t.check('11002 is a number code', type(d.code) == 'number', d.code)
  t.check('11002 from spectrum-lint', d.source == 'spectrum-lint', d.source)
  t.check('11002 covers the origin string', d.range.start.line == at.line and d.range.start.character == at.character
    and d.range['end'].line == at.line and d.range['end'].character == at.character + #'"tcp://2a01:4f8:c0c:1::5:22"', d.range)
  t.check('11002 links to its docs', d.codeDescription and d.codeDescription.href
    == 'https://developers.cloudflare.com/spectrum/reference/error-codes/#11002--invalid-origin-address', d.codeDescription)

  local e = t.with_code(uri, 'invalid-enum-value')[1]
  local v1 = t.find(bufnr, '"V1"')
  t.check('invalid-enum-value is an error on "V1"', e.severity == 1 and e.range.start.line == v1.line and e.range.start.character == v1.character, e)

  -- What the user sees: vim.diagnostic has both, with the code kept.
  local shown = vim.diagnostic.get(bufnr)
  t.check('vim.diagnostic shows both', #shown == 2, shown)
end)
