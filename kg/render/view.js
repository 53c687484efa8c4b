// The interactive view: search, filters, detail panel. All text goes through textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var edgeById = {};
  data.edges.forEach(function (e) { edgeById[e.id] = e; });

  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, {}, data.options);
  window.kgReady = false;
  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;

  function ready() {
    network.setOptions({ physics: { enabled: false } });
    network.once("afterDrawing", function () {
      window.kgReady = true;
      window.kgReadyAt = performance.now();
      document.body.setAttribute("data-ready", "true");
    });
    network.fit({ animation: false });
    network.redraw();
  }
  network.once("stabilizationIterationsDone", ready);
  network.setData({ nodes: nodes, edges: edges });
  if (data.nodes.length === 0) { ready(); }

  // ---- detail panel -------------------------------------------------------
  var panel = document.getElementById("kg-panel");
  var body = document.getElementById("kg-panel-body");

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function section(heading, items, render) {
    if (!items || items.length === 0) { return; }
    body.appendChild(el("h3", heading));
    var ul = el("ul");
    items.forEach(function (item) { ul.appendChild(render(item)); });
    body.appendChild(ul);
  }
  function evidenceItem(ev) {
    var li = el("li", ev.text);
    var source = ev.document || ev.path;
    if (source) {
      li.appendChild(document.createElement("br"));
      li.appendChild(el("span", "—— " + source + (ev.document && ev.path ? "（" + ev.path + "）" : ""), "source"));
    }
    return li;
  }
  function plain(text) { return el("li", text); }
  function open(kind, id) {
    body.textContent = "";
    panel.hidden = false;
    panel.setAttribute("data-kind", kind);
    panel.setAttribute("data-id", id);
  }

  function showNode(id) {
    var n = byId[id];
    var d = data.details[id];
    open("node", id);
    body.appendChild(el("h2", n.label));
    body.appendChild(el("p", d.type_label, "type"));
    section("别名", n.aliases, plain);
    section("职务", d.title ? [d.title] : [], plain);
    section("任职", d.posts, function (p) { return plain(p.title + (p.org ? " @ " + p.org : "")); });
    section("所属行政区", n.districts, plain);
    section("关系", network.getConnectedEdges(id).map(function (eid) { return edgeById[eid]; }), function (e) {
      var li = el("li");
      var a = el("a", byId[e.from].label + " —" + e.label + "→ " + byId[e.to].label);
      a.href = "#";
      a.addEventListener("click", function (ev) { ev.preventDefault(); showEdge(e.id); });
      li.appendChild(a);
      return li;
    });
    section("来源文件", d.documents, plain);
    section("证据", d.evidence, evidenceItem);
  }

  function showEdge(id) {
    var e = edgeById[id];
    open("edge", id);
    body.appendChild(el("h2", byId[e.from].label + " —" + e.label + "→ " + byId[e.to].label));
    if (e.confidence !== null && e.confidence !== undefined) { body.appendChild(el("p", "置信度 " + e.confidence, "type")); }
    section("证据", e.evidence, evidenceItem);
  }

  document.getElementById("kg-panel-close").addEventListener("click", function () { panel.hidden = true; });
  network.on("click", function (params) {
    if (params.nodes.length) { showNode(params.nodes[0]); }
    else if (params.edges.length) { showEdge(params.edges[0]); }
  });

  // ---- search ---------------------------------------------------------------
  var names = [];
  data.nodes.forEach(function (n) {
    names.push([n.label, n.id]);
    n.aliases.forEach(function (a) { names.push([a, n.id]); });
  });
  names.sort(function (a, b) { return a[0].length - b[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); });
  var datalist = document.getElementById("kg-names");
  names.slice(0, 5000).forEach(function (pair) {
    var option = document.createElement("option");
    option.value = pair[0];
    datalist.appendChild(option);
  });
  var status = document.getElementById("kg-search-status");

  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) { return null; }
    var tests = [
      function (name) { return name === q; },
      function (name) { return name.indexOf(q) === 0; },
      function (name) { return name.indexOf(q) >= 0; }
    ];
    for (var t = 0; t < tests.length; t++) {
      for (var i = 0; i < names.length; i++) {
        if (tests[t](names[i][0].toLowerCase())) { return names[i][1]; }
      }
    }
    return null;
  }
  function select(id) {
    if (nodes.get(id).hidden) { resetFilters(); }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.4, animation: false });
    status.textContent = "已定位：" + byId[id].label;
    showNode(id);
  }
  var search = document.getElementById("kg-search");
  function runSearch() {
    var id = find(search.value);
    if (id === null) { status.textContent = search.value.trim() ? "未找到：" + search.value.trim() : ""; return; }
    select(id);
  }
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { runSearch(); } });
  search.addEventListener("change", runSearch);
  window.kgSelect = select;

  // ---- filters --------------------------------------------------------------
  var shown = document.getElementById("kg-shown");
  var typeBoxes = Array.prototype.slice.call(document.querySelectorAll(".kg-type"));
  var relationBoxes = Array.prototype.slice.call(document.querySelectorAll(".kg-relation"));
  var district = document.getElementById("kg-district");

  function checked(boxes) {
    var set = {};
    boxes.forEach(function (b) { if (b.checked) { set[b.value] = true; } });
    return set;
  }
  function applyFilters() {
    var types = checked(typeBoxes);
    var relations = checked(relationBoxes);
    var place = district.value;
    var visible = {};
    var count = 0;
    nodes.update(data.nodes.map(function (n) {
      var show = types[n.type] === true && (!place || n.districts.indexOf(place) >= 0);
      if (show) { visible[n.id] = true; count++; }
      return { id: n.id, hidden: !show };
    }));
    edges.update(data.edges.map(function (e) {
      return { id: e.id, hidden: !(relations[e.predicate] && visible[e.from] && visible[e.to]) };
    }));
    shown.textContent = "显示 " + count + " / " + data.nodes.length + " 个实体";
  }
  function resetFilters() {
    typeBoxes.concat(relationBoxes).forEach(function (b) { b.checked = true; });
    district.value = "";
    applyFilters();
  }
  typeBoxes.concat(relationBoxes).forEach(function (b) { b.addEventListener("change", applyFilters); });
  district.addEventListener("change", applyFilters);
  shown.textContent = "显示 " + data.nodes.length + " / " + data.nodes.length + " 个实体";
})();
