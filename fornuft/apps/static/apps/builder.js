/* The no-code app builder: a Drawflow canvas over the app JSON. Blocks come from the
   server's catalogue (typed ports, settings, nb/en text); every wire is checked by the
   server (/api/v1/apps/connections) as it is made, and refused wires are removed with the
   reason shown. The side panel edits the chosen block's settings; Save stores a version;
   Test run runs the latest version in the worker and shows each block's output. */
(function () {
  "use strict";
  const root = document.getElementById("builder");
  if (!root || typeof Drawflow === "undefined") return;
  const nb = (root.dataset.language || "en").startsWith("nb");
  const text = JSON.parse(document.getElementById("builder-text").textContent);
  const catalogue = JSON.parse(document.getElementById("block-catalogue").textContent);
  const app = JSON.parse(document.getElementById("app-definition").textContent);
  const blocks = Object.fromEntries(catalogue.map((b) => [b.key, b]));
  const csrf = root.dataset.csrf;
  const message = document.getElementById("connect-message");
  const editor = new Drawflow(document.getElementById("drawflow"));
  editor.reroute = false;
  editor.start();
  const nodes = {};        // drawflow id -> {id, block, config}
  let loading = false;

  const label = (o, base) => (nb ? o[base + "_nb"] : o[base + "_en"]) || o[base + "_en"] || o[base];
  const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));

  function nodeHtml(id, block) {
    const ins = block.inputs.map((p) => `<li>${esc(label(p, "label"))} <small>${p.type}</small></li>`).join("");
    const outs = block.outputs.map((p) => `<li>${esc(label(p, "label"))} <small>${p.type}</small></li>`).join("");
    return `<div class="block-title">${esc(label(block, "name"))}</div><div class="block-id">${esc(id)}</div>` +
      `<div class="ports"><ul class="ins">${ins}</ul><ul class="outs">${outs}</ul></div>`;
  }

  function newId(block) {
    const base = block.key.split(".")[1].replace(/[^A-Za-z0-9]/g, "_");
    const used = new Set(Object.values(nodes).map((n) => n.id));
    let id = base, i = 2;
    while (used.has(id)) id = base + i++;
    return id;
  }

  function addBlock(key, x, y, id, config) {
    const block = blocks[key];
    if (!block) return null;
    id = id || newId(block);
    const dfId = editor.addNode(key, block.inputs.length, block.outputs.length, x, y,
      "block block-" + block.category, {}, nodeHtml(id, block));
    nodes[dfId] = { id: id, block: key, config: config || {} };
    document.getElementById("node-" + dfId).dataset.node = id;
    return dfId;
  }

  function port(dfId, cls, kind) {
    const node = nodes[dfId];
    const list = blocks[node.block][kind === "in" ? "inputs" : "outputs"];
    const index = parseInt(cls.split("_")[1], 10) - 1;
    return node.id + "." + list[index].name;
  }

  function definition() {
    const out = Object.assign({}, app, { nodes: [], edges: [] });
    const data = editor.export().drawflow.Home.data;
    for (const [dfId, n] of Object.entries(data)) {
      const node = nodes[dfId];
      if (!node) continue;
      out.nodes.push({ id: node.id, block: node.block, config: node.config, x: Math.round(n.pos_x), y: Math.round(n.pos_y) });
      for (const [outCls, output] of Object.entries(n.outputs)) {
        for (const c of output.connections) {
          out.edges.push({ from: port(dfId, outCls, "out"), to: port(c.node, c.output, "in") });
        }
      }
    }
    return out;
  }

  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST", credentials: "same-origin", body: JSON.stringify(body),
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
    });
    let data = {};
    try { data = await response.json(); } catch (e) { data = {}; }
    return { ok: response.ok, status: response.status, data: data };
  }

  editor.on("connectionCreated", async (c) => {
    if (loading) return;
    const source = port(c.output_id, c.output_class, "out");
    const target = port(c.input_id, c.input_class, "in");
    const all = definition();
    all.edges = all.edges.filter((e) => !(e.from === source && e.to === target));
    const result = await post(root.dataset.checkUrl, { definition: all, source: source, target: target });
    if (!result.ok || !result.data.ok) {
      editor.removeSingleConnection(c.output_id, c.input_id, c.output_class, c.input_class);
      message.textContent = (result.data && result.data.message) || (result.data.error && result.data.error.message) || text.refused;
      message.dataset.refused = "1";
    } else {
      message.textContent = "";
      delete message.dataset.refused;
    }
  });

  editor.on("nodeRemoved", (dfId) => { delete nodes[dfId]; showApp(); });
  editor.on("nodeSelected", (dfId) => showNode(dfId));
  editor.on("nodeUnselected", () => showApp());

  // ------------------------------------------------------------- side panel
  const panelTitle = document.getElementById("panel-title");
  const panelBody = document.getElementById("panel-body");

  function field(name, labelText, input) {
    return `<div class="setting"><label for="set-${name}">${esc(labelText)}</label>${input}</div>`;
  }

  function settingValue(setting, value) {
    if (value === undefined || value === null) value = setting.default;
    if (value === undefined || value === null) return "";
    switch (setting.kind) {
      case "list": case "fields": return (value || []).join("\n");
      case "categories": return Object.entries(value || {}).flatMap(([k, v]) => v.map((t) => `${k}: ${t}`)).join("\n");
      case "criteria": return (value || []).map((c) => [c.name, c.formula, c.weight, c.worst, c.best].join(" | ")).join("\n");
      case "rules": return (value || []).map((r) => `${r.when} | ${r.then}`).join("\n");
      default: return String(value);
    }
  }

  function parseSetting(setting, raw) {
    const lines = raw.split("\n").map((l) => l.trim()).filter(Boolean);
    switch (setting.kind) {
      case "number": return raw.trim() === "" ? undefined : Number(raw.replace(",", "."));
      case "list": case "fields": return lines;
      case "categories": {
        const out = {};
        for (const line of lines) {
          const at = line.indexOf(":");
          if (at < 1) continue;
          const key = line.slice(0, at).trim();
          (out[key] = out[key] || []).push(line.slice(at + 1).trim());
        }
        return out;
      }
      case "criteria": return lines.map((l) => {
        const [name, formula, weight, worst, best] = l.split("|").map((s) => s.trim());
        return { name: name, formula: formula || name, weight: Number(weight || 1), worst: Number(worst || 0), best: Number(best || 1) };
      });
      case "rules": return lines.map((l) => { const [when, then] = l.split("|").map((s) => s.trim()); return { when: when, then: then }; });
      default: return raw;
    }
  }

  function showNode(dfId) {
    const node = nodes[dfId];
    if (!node) return;
    const block = blocks[node.block];
    panelTitle.textContent = label(block, "name") + " (" + node.id + ")";
    let html = `<p>${esc(label(block, "description"))}</p>`;
    for (const s of block.settings) {
      const value = esc(settingValue(s, node.config[s.name]));
      const name = esc(label(s, "label")) + (s.required ? " *" : "");
      let input;
      if (s.kind === "choice") {
        input = `<select id="set-${s.name}" data-setting="${s.name}">` + s.choices.map((c) =>
          `<option value="${esc(c)}"${settingValue(s, node.config[s.name]) === c ? " selected" : ""}>${esc(c)}</option>`).join("") + "</select>";
      } else if (["list", "fields", "categories", "criteria", "rules"].includes(s.kind)) {
        input = `<textarea id="set-${s.name}" data-setting="${s.name}" rows="4">${value}</textarea><small>${esc(text["hint_" + s.kind] || "")}</small>`;
      } else {
        input = `<input id="set-${s.name}" data-setting="${s.name}" value="${value}"${s.kind === "number" ? ' inputmode="decimal"' : ""}>`;
      }
      html += field(s.name, name, input);
    }
    if (!block.settings.length) html += `<p>${esc(text.no_settings)}</p>`;
    panelBody.innerHTML = html;
    panelBody.querySelectorAll("[data-setting]").forEach((el) => {
      el.addEventListener("change", () => {
        const s = block.settings.find((x) => x.name === el.dataset.setting);
        const parsed = parseSetting(s, el.value);
        if (parsed === undefined || parsed === "" || (Array.isArray(parsed) && !parsed.length)) delete node.config[s.name];
        else node.config[s.name] = parsed;
      });
    });
  }

  function showApp() {
    panelTitle.textContent = text.app;
    const use = app.use || {};
    panelBody.innerHTML =
      field("name", text.name, `<input id="set-name" data-app="name" value="${esc(app.name || "")}" maxlength="200">`) +
      field("purpose", text.purpose, `<textarea id="set-purpose" data-app="purpose" rows="3">${esc(app.purpose || "")}</textarea>`) +
      `<fieldset><legend>${esc(text.use)}</legend>` + ["employment", "credit", "education", "biometrics"].map((k) =>
        `<label><input type="checkbox" data-use="${k}"${use[k] ? " checked" : ""}> ${esc(text["use_" + k])}</label>`).join("<br>") +
      "</fieldset>";
    panelBody.querySelectorAll("[data-app]").forEach((el) => el.addEventListener("change", () => { app[el.dataset.app] = el.value; }));
    panelBody.querySelectorAll("[data-use]").forEach((el) => el.addEventListener("change", () => {
      app.use = Object.assign({}, app.use || {}, { [el.dataset.use]: el.checked });
    }));
  }

  // ------------------------------------------------------------- palette (click or drag)
  const palette = document.getElementById("palette");
  const order = ["trigger", "understanding", "data", "decision", "action"];
  palette.innerHTML = order.map((cat) => `<h3>${esc(text["cat_" + cat])}</h3>` + catalogue.filter((b) => b.category === cat)
    .map((b) => `<div class="palette-block" draggable="true" data-block="${b.key}" title="${esc(label(b, "description"))}">${esc(label(b, "name"))}</div>`).join("")).join("");
  palette.querySelectorAll(".palette-block").forEach((el) => {
    el.addEventListener("dragstart", (ev) => ev.dataTransfer.setData("text/plain", el.dataset.block));
    el.addEventListener("dblclick", () => addBlock(el.dataset.block, 60 + 30 * Object.keys(nodes).length, 60 + 20 * Object.keys(nodes).length));
  });
  const canvas = document.getElementById("drawflow");
  canvas.addEventListener("dragover", (ev) => ev.preventDefault());
  canvas.addEventListener("drop", (ev) => {
    ev.preventDefault();
    const key = ev.dataTransfer.getData("text/plain");
    const rect = editor.precanvas.getBoundingClientRect();
    const x = (ev.clientX - rect.x) / editor.zoom, y = (ev.clientY - rect.y) / editor.zoom;
    addBlock(key, x, y);
  });

  // ------------------------------------------------------------- load the saved version
  loading = true;
  const byId = {};
  for (const n of app.nodes || []) byId[n.id] = addBlock(n.block, n.x || 40, n.y || 40, n.id, n.config || {});
  for (const e of app.edges || []) {
    const [src, srcPort] = [e.from.slice(0, e.from.lastIndexOf(".")), e.from.slice(e.from.lastIndexOf(".") + 1)];
    const [dst, dstPort] = [e.to.slice(0, e.to.lastIndexOf(".")), e.to.slice(e.to.lastIndexOf(".") + 1)];
    if (!byId[src] || !byId[dst]) continue;
    const o = blocks[nodes[byId[src]].block].outputs.findIndex((p) => p.name === srcPort);
    const i = blocks[nodes[byId[dst]].block].inputs.findIndex((p) => p.name === dstPort);
    if (o >= 0 && i >= 0) editor.addConnection(byId[src], byId[dst], "output_" + (o + 1), "input_" + (i + 1));
  }
  loading = false;
  showApp();
  root.dataset.readyMs = String(Math.round(performance.now()));
  root.dataset.ready = "1";

  // ------------------------------------------------------------- save and test run
  document.getElementById("save").addEventListener("click", async () => {
    const result = await post(root.dataset.saveUrl, { definition: definition(), note: document.getElementById("note").value });
    const out = document.getElementById("save-result");
    const problems = document.getElementById("problems");
    problems.innerHTML = "";
    if (!result.ok) { out.textContent = result.data.error || text.failed; return; }
    out.textContent = text.saved.replace("%s", result.data.number);
    out.dataset.version = result.data.number;
    for (const p of result.data.problems) problems.insertAdjacentHTML("beforeend", `<li>${esc(p)}</li>`);
  });

  document.getElementById("test-run").addEventListener("click", async () => {
    const target = document.getElementById("test-output");
    let rows;
    try { rows = JSON.parse(document.getElementById("example").value); } catch (e) { target.textContent = text.bad_json; return; }
    const result = await post(root.dataset.testUrl, { rows: rows });
    if (!result.ok) { target.textContent = result.data.error || text.failed; return; }
    for (let i = 0; i < 60; i++) {
      const page = await fetch(result.data.url, { headers: { "HX-Request": "true" }, credentials: "same-origin" });
      target.innerHTML = await page.text();
      const status = target.querySelector("#run-status");
      if (status && !["received", "running"].includes(status.textContent.trim())) break;
      await new Promise((r) => setTimeout(r, 500));
    }
  });
})();
