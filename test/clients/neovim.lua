-- Drives Neovim's built-in LSP client (0.7+) against foresight-language-server --stdio.
-- Writes what it received to FORESIGHT_OUT, one fact per line.
local server = os.getenv('FORESIGHT_SERVER')
local file = os.getenv('FORESIGHT_FILE')
local out = os.getenv('FORESIGHT_OUT')
local lines = {}

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local uri = vim.uri_from_bufnr(bufnr)
local received = nil

local client_id = vim.lsp.start_client({
  name = 'foresight',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      if result and result.uri == uri then received = result end
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
    end,
  },
})
if not client_id then
  vim.fn.writefile({ 'error: could not start the server' }, out)
  vim.cmd('qa!')
end
vim.lsp.buf_attach_client(bufnr, client_id)

vim.wait(20000, function() return received ~= nil end, 50)
if received then
  for _, d in ipairs(received.diagnostics) do
    table.insert(lines, string.format('diagnostic %d:%d %s %s', d.range.start.line + 1, d.range.start.character + 1, d.code, d.source))
  end
else
  table.insert(lines, 'error: no diagnostics within 20 s')
end

-- Hover on the first footnote reference of line 10 (0-based line 9).
local row = vim.fn.search('\\[\\^1\\]', 'n')
local col = vim.fn.match(vim.fn.getline(row), '\\[\\^1\\]')
local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
  textDocument = { uri = uri },
  position = { line = row - 1, character = col + 1 },
}, 10000)
for _, res in pairs(hover or {}) do
  if res.result and res.result.contents then
    local first = vim.split(res.result.contents.value, '\n')[1]
    table.insert(lines, 'hover ' .. first)
  end
end

vim.fn.writefile(lines, out)
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
