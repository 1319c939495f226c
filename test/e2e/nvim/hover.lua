-- Hover on a Cloudflare code in an API error response, and on a field name.
local t = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':h') .. '/lib.lua')

local function hover_text(bufnr, uri, pos)
  local result, err = t.request(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = pos })
  if err or not result then return '', err end
  local c = result.contents
  return type(c) == 'table' and (c.value or vim.inspect(c)) or tostring(c)
end

t.run(function()
  t.start()
  local bufnr, uri = t.open('api/error-response.json')
  t.wait_diagnostics(uri, function(d) return #d >= 1 end)
  local pos = t.find(bufnr, '11044')
  local text = hover_text(bufnr, uri, { line = pos.line, character = pos.character + 2 })
  t.check('hover names 11044', text:find('11044', 1, true) ~= nil, text)
  t.check('hover gives the title', text:lower():find('virtual network route not found', 1, true) ~= nil, text)
  t.check('hover links the docs', text:find('https://developers.cloudflare.com/spectrum/reference/error-codes/#11044', 1, true) ~= nil, text)

  local app, app_uri = t.open('apps/invalid-app.spectrum.json')
  t.wait_diagnostics(app_uri, function(d) return #d >= 1 end)
  local field = t.find(app, '"traffic_type"')
  local doc = hover_text(app, app_uri, { line = field.line, character = field.character + 3 })
  t.check('hover on a field explains it', doc:find('traffic_type', 1, true) ~= nil and #doc > 40, doc)
end)
