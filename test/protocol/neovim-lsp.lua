-- Drives Neovim's built-in LSP client (0.7+: vim.lsp.start_client + buf_attach_client) against
-- dist/server.js: opens a report, waits for diagnostics, asks for a hover and a definition, and
-- writes what it got as JSON. Parameters come from the environment (set by neovim.test.ts):
--   XREF_SERVER  path to dist/server.js     XREF_REPORT  the Markdown report to open
--   XREF_OUT     where to write the JSON     XREF_LINE / XREF_CHAR  position (0-based, UTF-16) to hover
local out = { ok = false, steps = {} }
local function step(s) table.insert(out.steps, s) end
local function finish()
  vim.fn.writefile({ vim.fn.json_encode(out) }, os.getenv('XREF_OUT'))
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  local report = os.getenv('XREF_REPORT')
  vim.cmd('edit ' .. vim.fn.fnameescape(report))
  vim.bo.filetype = 'markdown'
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'stargate-xref',
    cmd = { 'node', os.getenv('XREF_SERVER'), '--stdio' },
    root_dir = vim.fn.fnamemodify(report, ':h'),
    settings = { ['stargate-xref'] = { useBundledSources = true } },
  })
  if not client_id then error('start_client failed') end
  out.version = vim.version and tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) or '?'
  vim.lsp.buf_attach_client(bufnr, client_id)
  step('attached')

  local got = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  step(got and 'diagnostics' or 'no diagnostics')
  out.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(out.diagnostics, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      message = d.message, severity = d.severity, source = d.source,
      code = d.code or lsp.code,
    })
  end

  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = tonumber(os.getenv('XREF_LINE')), character = tonumber(os.getenv('XREF_CHAR')) },
  }
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 10000) or {}
  for _, r in pairs(hover) do
    if r.result and r.result.contents then
      local c = r.result.contents
      out.hover = type(c) == 'table' and (c.value or vim.fn.json_encode(c)) or tostring(c)
    end
    if r.err then out.hover_error = vim.inspect(r.err) end
  end
  step('hover')

  local def = vim.lsp.buf_request_sync(bufnr, 'textDocument/definition', params, 10000) or {}
  out.definition = {}
  for _, r in pairs(def) do
    for _, loc in ipairs(r.result or {}) do
      table.insert(out.definition, {
        uri = loc.targetUri or loc.uri,
        line = (loc.targetSelectionRange or loc.range).start.line,
      })
    end
  end
  step('definition')
  vim.lsp.stop_client(client_id)
  out.ok = true
end)
if not ok then out.error = tostring(err) end
finish()
