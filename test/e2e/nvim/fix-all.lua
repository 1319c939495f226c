-- source.fixAll.spectrum-lint: every safe fix at once (the code action an on-save hook would run).
local t = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':h') .. '/lib.lua')

t.run(function()
  t.start()
  local bufnr, uri = t.open('apps/invalid-app.spectrum.json')
  local diags = t.wait_diagnostics(uri, function() return #t.with_code(uri, 'invalid-enum-value') == 1 end)
  if not t.check('invalid-enum-value arrives', diags ~= nil, t.published[uri]) then return end

  local actions = t.request(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } },
    context = { diagnostics = {}, only = { 'source.fixAll.spectrum-lint' } },
  }) or {}
  local all = actions[1]
  if not t.check('one fix-all action', #actions == 1 and all.kind == 'source.fixAll.spectrum-lint' and all.edit, actions) then return end

  vim.lsp.util.apply_workspace_edit(all.edit, 'utf-16')
  t.check('"V1" became "v1"', t.text(bufnr):find('"proxy_protocol": "v1"', 1, true) ~= nil, t.text(bufnr))
  local after = t.wait_diagnostics(uri, function() return #t.with_code(uri, 'invalid-enum-value') == 0 end)
  t.check('re-diagnosed without invalid-enum-value', after ~= nil, t.published[uri])
  -- The ambiguous 11002 needs a choice, so fix-all leaves it.
  t.check('11002 stays (its fixes need a choice)', #t.with_code(uri, 11002) == 1, t.published[uri])
end)
