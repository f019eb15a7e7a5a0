/// The report page's style sheet and script, inline so the page needs no network, fonts or files.
enum HTMLAssets {
  static let css = """
    :root{--ink:#1b1f24;--muted:#5b6570;--line:#d5dbe1;--accent:#1f5fa8}
    *{box-sizing:border-box}
    body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);margin:0 auto;max-width:1400px;padding:1em 1.5em}
    h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.25em;border-bottom:2px solid var(--accent);padding-bottom:.2em;margin-top:2em}
    h3{font-size:1.05em;margin:1.2em 0 .4em}h4{margin:.8em 0 .3em}
    dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1em 1em;font-size:.9em;color:var(--muted)}
    dl.meta dt{font-weight:600}dl.meta dd{margin:0;word-break:break-all}
    nav a{margin-right:1em;color:var(--accent)}
    .scroll{overflow-x:auto}
    table{border-collapse:collapse;margin:.5em 0}
    th,td{border:1px solid var(--line);padding:.25em .5em;vertical-align:top}
    table.heat td{text-align:right;cursor:pointer;min-width:3.2em;font-variant-numeric:tabular-nums}
    table.heat td:not([data-q]){cursor:default}
    table.heat td.selected{outline:3px solid #e08a00;outline-offset:-3px}
    table.heat thead th{position:sticky;top:0;background:#f3f5f7;font-weight:600;font-size:.85em;max-width:9em}
    th.sortable{cursor:pointer}th.sorted-asc::after{content:" ▲"}th.sorted-desc::after{content:" ▼"}
    th.concept{text-align:left;font-weight:500;white-space:nowrap;background:#fafbfc}
    button.fold{border:none;background:none;cursor:pointer;padding:0;font-size:.9em;color:var(--accent)}
    tr.folded button.fold{transform:rotate(-90deg)}
    .quotes{border:1px solid var(--line);border-left:4px solid #e08a00;padding:.5em 1em;margin:1em 0;background:#fffdf7}
    blockquote{margin:.3em 0;padding:.2em .6em;border-left:3px solid var(--line)}
    blockquote cite{display:block;font-size:.8em;color:var(--muted);font-style:normal}
    mark{background:#ffe08a;padding:0 .1em}
    .chip{display:inline-block;border:1px solid var(--accent);border-radius:1em;padding:0 .6em;margin:.1em;font-size:.9em}
    .groups{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:1em}
    article.group{border:1px solid var(--line);padding:.3em .8em}
    table.plain{font-size:.9em}table.plain td.num{text-align:right}
    tr.sig td:first-child{font-weight:700}
    tr.quote-row td{border-top:none;font-size:.9em}
    .small{font-size:.85em;color:var(--muted)}.warning{color:#8a4b00}
    .notes{font-size:.85em;color:var(--muted)}
    table.placemat td{min-width:12em}table.placemat ul{margin:.2em 0;padding-left:1.1em}
    .count{font-weight:600}
    footer{margin-top:3em;font-size:.8em;color:var(--muted)}
    @media print{
      body{max-width:none;padding:0;font-size:9pt}
      .no-print,#quotes,nav{display:none!important}
      *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      .scroll{overflow:visible}
      table{page-break-inside:auto}tr{break-inside:avoid}thead{display:table-header-group}
      table.heat thead th{position:static}
      section{break-before:auto}h2{break-after:avoid}
      .groups{display:block}article.group{break-inside:avoid;margin-bottom:.8em}
      tr.folded-away{display:table-row!important}
      a{color:inherit;text-decoration:none}
    }
    """

  static let script = """
    (function(){
      "use strict";
      var data = JSON.parse(document.getElementById("quote-data").textContent);
      var panel = document.getElementById("quotes");
      var list = document.getElementById("quotes-list");
      var heading = document.getElementById("quotes-title");
      var selected = null;
      function showQuotes(cell){
        var key = cell.getAttribute("data-q");
        if(!key){ return; }
        if(selected){ selected.classList.remove("selected"); }
        selected = cell; cell.classList.add("selected");
        var quotes = data.quotes[key] || [];
        var total = data.totals[key] || 0;
        heading.textContent = cell.getAttribute("data-concept") + " \\u2014 " + cell.getAttribute("data-group") +
          ": " + total + " coded segment" + (total === 1 ? "" : "s") + (quotes.length < total ? " (best " + quotes.length + " shown)" : "");
        while(list.firstChild){ list.removeChild(list.firstChild); }
        quotes.forEach(function(q){
          var item = document.createElement("li");
          var block = document.createElement("blockquote");
          var chars = Array.from(q.t);
          var spans = q.m.map(function(m, i){ return {s:m[0], e:m[1], os:m[2], oe:m[3], c:q.c[i]}; })
            .sort(function(a, b){ return a.s - b.s; });
          var pos = 0;
          spans.forEach(function(m){
            if(m.s < pos){ return; }
            block.appendChild(document.createTextNode(chars.slice(pos, m.s).join("")));
            var mark = document.createElement("mark");
            mark.textContent = chars.slice(m.s, m.e).join("");
            mark.title = m.c + ", original characters " + m.os + "\\u2013" + m.oe;
            block.appendChild(mark);
            pos = m.e;
          });
          block.appendChild(document.createTextNode(chars.slice(pos).join("")));
          var cite = document.createElement("cite");
          cite.textContent = q.d + " (version " + q.v + "), segment " + (q.o + 1) + ", characters " + q.s + "\\u2013" + q.e;
          block.appendChild(cite);
          item.appendChild(block);
          list.appendChild(item);
        });
        panel.hidden = false;
      }
      function rowsOf(table){ return Array.prototype.slice.call(table.tBodies[0].rows); }
      function sortBy(table, th){
        var col = parseInt(th.getAttribute("data-col"), 10);
        var desc = !th.classList.contains("sorted-desc");
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function(h){ h.classList.remove("sorted-asc", "sorted-desc"); });
        var rows = rowsOf(table);
        rows.sort(function(a, b){
          if(col === 0){ return parseInt(a.getAttribute("data-order"), 10) - parseInt(b.getAttribute("data-order"), 10); }
          var x = parseFloat(a.cells[col].getAttribute("data-v")), y = parseFloat(b.cells[col].getAttribute("data-v"));
          return desc ? y - x : x - y;
        });
        if(col !== 0){ th.classList.add(desc ? "sorted-desc" : "sorted-asc"); }
        rows.forEach(function(r){ table.tBodies[0].appendChild(r); });
      }
      function fold(row){
        var depth = parseInt(row.getAttribute("data-depth"), 10);
        var folding = !row.classList.contains("folded");
        row.classList.toggle("folded", folding);
        var next = row.nextElementSibling;
        while(next && parseInt(next.getAttribute("data-depth"), 10) > depth){
          next.hidden = folding;
          if(!folding){ next.classList.remove("folded"); }
          next = next.nextElementSibling;
        }
      }
      function setMeasure(measure){
        Array.prototype.forEach.call(document.querySelectorAll("table.heat td"), function(td){
          var text = td.getAttribute("data-" + measure);
          td.textContent = text;
          td.setAttribute("data-v", text === "\\u25cf" ? 1 : (parseFloat(text) || 0));
        });
      }
      Array.prototype.forEach.call(document.querySelectorAll("table.heat"), function(table){
        table.addEventListener("click", function(event){
          var target = event.target;
          if(target.classList.contains("fold")){ fold(target.closest("tr")); return; }
          var th = target.closest("th.sortable");
          if(th){ sortBy(table, th); return; }
          var td = target.closest("td");
          if(td){ showQuotes(td); }
        });
      });
      var select = document.getElementById("measure");
      if(select){ select.addEventListener("change", function(){ setMeasure(select.value); }); }
      // A link to "report.html#cell=NODE:GROUP" opens that cell's quotes.
      if(location.hash.indexOf("#cell=") === 0){
        var wanted = decodeURIComponent(location.hash.slice(6));
        var cells = document.querySelectorAll("td[data-q]");
        for(var i = 0; i < cells.length; i++){
          if(cells[i].getAttribute("data-q") === wanted){ showQuotes(cells[i]); break; }
        }
      }
      document.documentElement.setAttribute("data-ready", "1");
    })();
    """
}
