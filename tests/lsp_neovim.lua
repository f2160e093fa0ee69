-- Drive `toc lsp` from a real editor: headless Neovim (0.7 API, which later versions keep).
-- Reads its settings from the JSON file named by TOC_NVIM_CONFIG, writes what it saw as JSON.
local config = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv("TOC_NVIM_CONFIG")), "\n"))
local results = {}

local function request(buf, method, params)
  local answers = vim.lsp.buf_request_sync(buf, method, params, 20000) or {}
  for _, answer in pairs(answers) do
    if answer.err then
      return { error = answer.err.message }
    end
    return answer.result
  end
  return nil
end

local ok, problem = pcall(function()
  local client_id = vim.lsp.start_client({ name = "toc", cmd = config.cmd, root_dir = config.root })
  vim.cmd("edit " .. vim.fn.fnameescape(config.file))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  results.got_diagnostics = vim.wait(20000, function()
    return #vim.diagnostic.get(buf) > 0
  end, 50)
  results.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(results.diagnostics, {
      lnum = d.lnum, col = d.col, severity = d.severity, message = d.message,
      code = d.code or lsp.code,
    })
  end
  local document = { uri = vim.uri_from_bufnr(buf) }
  results.hover = request(buf, "textDocument/hover", { textDocument = document, position = config.hover })
  results.definition = request(buf, "textDocument/definition",
    { textDocument = document, position = config.definition })
  -- Quick fixes as a user asks for them on a line with a problem: apply the first one offered.
  local at = config.code_action
  local actions = request(buf, "textDocument/codeAction", { textDocument = document,
    range = { start = at, ["end"] = at },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, at.line) } }) or {}
  results.actions = {}
  for _, action in ipairs(actions) do
    table.insert(results.actions, { title = action.title, preferred = action.isPreferred or false })
  end
  if actions[1] ~= nil and actions[1].edit ~= nil then
    vim.lsp.util.apply_workspace_edit(actions[1].edit, "utf-16")
    results.lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
    -- The server hears of the change and takes the problem away.
    results.cleared = vim.wait(20000, function()
      for _, d in ipairs(vim.diagnostic.get(buf)) do
        if d.severity == vim.diagnostic.severity.ERROR then
          return false
        end
      end
      return true
    end, 50)
  end
end)
if not ok then
  results.error = tostring(problem)
end
vim.fn.writefile({ vim.fn.json_encode(results) }, config.output)
vim.cmd("qall!")
