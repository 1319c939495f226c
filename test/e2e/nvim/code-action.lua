-- A quick fix requested, applied to the buffer, and the document re-diagnosed without the problem.
local t = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':h') .. '/lib.lua')

t.run(function()
  t.start()
  local bufnr, uri = t.open('apps/quick-fix.spectrum.json')
  local diags = t.wait_diagnostics(uri, function() return #t.with_code(uri, 11002) == 1 end)
  if not t.check('11002 arrives', diags ~= nil, t.published[uri]) then return end
  local d = t.with_code(uri, 11002)[1]

  local actions = t.request(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = d.range,
    context = { diagnostics = { d }, only = { 'quickfix' } },
  }) or {}
  local titles = vim.tbl_map(function(a) return a.title end, actions)
  local wanted = 'Write tcp://[2a01:4f8:c0c:1::5]:22'
  local fix
  for _, a in ipairs(actions) do
    if a.title == wanted then fix = a end
  end
  t.check('both readings offered', vim.tbl_contains(titles, wanted) and vim.tbl_contains(titles, 'Write tcp://[2a01:4f8:c0c:1::5:22]:22'), titles)
  if not t.check('the fix carries an edit', fix and fix.edit, fix) then return end
  t.check('an ambiguous fix is not preferred', not fix.isPreferred, fix)

  vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
  t.check('the buffer has the bracketed address', t.text(bufnr):find('"tcp://[2a01:4f8:c0c:1::5]:22"', 1, true) ~= nil, t.text(bufnr))
  local after = t.wait_diagnostics(uri, function() return #t.with_code(uri, 11002) == 0 end)
  t.check('re-diagnosed without 11002', after ~= nil, t.published[uri])
end)
