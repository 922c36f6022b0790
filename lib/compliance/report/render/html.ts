import { ComplianceReport } from '../model';
import { stringifyByLine } from './json';

/**
 * The report as one self-contained HTML page: the report's JSON embedded, inline CSS and script,
 * no external URL (a Content-Security-Policy forbids any load), readable offline. The script
 * renders the summary (counts per pack and status, each a link into the filtered detail), the
 * changes, the acknowledgement register, the rule catalogue and the detail table with filters by
 * pack, status, stack/cluster and text. Filters live in the URL fragment
 * (`#detail:pack=AwsSolutions&status=failing`), so a link can point at a filtered view.
 */
export function renderHtml(report: ComplianceReport): string {
  // One row a line, as in compliance.json, so the page diffs like the data; `<` escaped so no
  // value can close the script element (the JSON stays valid).
  const data = stringifyByLine(report).trimEnd().replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  const title = `Compliance report: ${report.project} ${report.environment}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p>Generated from <code>config/${escapeHtml(report.environment)}.yaml</code> by <code>npm run synth</code>; do not edit. The same data: <code>compliance.json</code>, <code>compliance.md</code>, <code>compliance.sarif</code>.</p>
<noscript><p class="warn">This page renders its tables with JavaScript; without it, read compliance.md beside this file.</p></noscript>
<nav><a href="#summary-section">Summary</a> · <a href="#changes">Changes</a> · <a href="#register">Acknowledgements</a> · <a href="#backups">Backups</a> · <a href="#rules">Rules and controls</a> · <a href="#detail">Detail</a> · <a href="#scope">Scope</a></nav>
</header>
<main>
<section id="summary-section"><h2>Summary</h2>
<p id="totals"></p>
<table id="summary"><thead><tr><th>pack</th><th>source</th><th>rules</th><th>resources</th><th>compliant</th><th>acknowledged</th><th>failing</th><th>total</th></tr></thead><tbody></tbody></table>
<h3>By stack and cluster</h3>
<table id="summary-targets"><thead><tr><th>stack / cluster</th><th>pack</th><th>compliant</th><th>acknowledged</th><th>failing</th><th>total</th></tr></thead><tbody></tbody></table>
</section>
<section id="changes"><h2>Changes since the previous report</h2><div id="changes-body"></div></section>
<section id="register"><h2>Acknowledgement register</h2>
<table id="register-table"><thead><tr><th>#</th><th>pack</th><th>id</th><th>given at</th><th>owner</th><th>review by</th><th>reason</th><th>covers</th><th>usage</th></tr></thead><tbody></tbody></table>
</section>
<section id="backups"><h2>Backups and restores</h2>
<table id="backups-table"><thead><tr><th>store</th><th>where</th><th>store of record</th><th>schedule</th><th>retention</th><th>copy outside its region</th><th>read from</th></tr></thead><tbody></tbody></table>
</section>
<section id="detail"><h2>Detail</h2>
<form id="filters" onsubmit="return false">
<label>pack <select id="f-pack"><option value="">all</option></select></label>
<label>status <select id="f-status"><option value="">all</option><option>compliant</option><option>acknowledged</option><option>failing</option></select></label>
<label>stack / cluster <select id="f-target"><option value="">all</option></select></label>
<label>text <input id="f-text" type="search" placeholder="rule, resource, reason…"></label>
<button id="f-reset" type="button">reset</button>
</form>
<p id="detail-count"></p>
<table id="detail-table"><thead><tr><th>stack / cluster</th><th>pack</th><th>rule</th><th>resource</th><th>type</th><th>status</th><th>note</th></tr></thead><tbody></tbody></table>
</section>
<section id="rules"><h2>Rules and the controls they map to</h2>
<table id="rules-table"><thead><tr><th>rule</th><th>pack</th><th>level</th><th>controls</th><th>checks that</th><th>why</th></tr></thead><tbody></tbody></table>
</section>
<section id="scope"><h2>Scope</h2><ul id="scope-list"></ul></section>
</main>
<script id="report-data" type="application/json">${data}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1400px;padding:0 1.5rem 3rem;color:#1b1f24}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa;position:sticky;top:0}td.n{text-align:right;font-variant-numeric:tabular-nums}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;word-break:break-all}
.compliant{color:#1a7f37}.acknowledged{color:#9a6700}.failing{color:#cf222e;font-weight:600}
tr.failing td{background:#ffebe9}tr.acknowledged td{background:#fff8c5}
form{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;background:#f6f8fa;padding:.5rem;border:1px solid #d0d7de}
.warn{background:#fff8c5;padding:.5rem}nav a{margin:0 .2rem}
`;

/** The page's script: plain ES2017, no library, builds every element with textContent. */
const SCRIPT = String.raw`
(function () {
  'use strict';
  var report = JSON.parse(document.getElementById('report-data').textContent);
  var STATUSES = ['compliant', 'acknowledged', 'failing'];

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'className') e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c !== null && c !== undefined) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  function td(content, className) {
    return el('td', className ? { className: className } : {}, [content === undefined || content === null ? '' : (typeof content === 'object' ? content : String(content))]);
  }
  function code(text) { return el('code', { text: text }); }
  function detailLink(filters, text) {
    var parts = Object.keys(filters).filter(function (k) { return filters[k]; }).map(function (k) { return k + '=' + encodeURIComponent(filters[k]); });
    return el('a', { href: '#detail:' + parts.join('&'), text: String(text) });
  }
  function ruleAnchor(id) { return 'rule-' + id.replace(/[^A-Za-z0-9_.-]/g, '_'); }

  // Summary: counts per pack and status; every count links into the detail, filtered.
  var totals = STATUSES.map(function (s) { return report.rows.filter(function (r) { return r.status === s; }).length + ' ' + s; });
  document.getElementById('totals').textContent = report.rows.length + ' rule × resource rows: ' + totals.join(', ') + '.';
  var summaryBody = document.querySelector('#summary tbody');
  report.summary.packs.forEach(function (s) {
    var tr = el('tr', { 'data-pack': s.pack });
    tr.appendChild(td(detailLink({ pack: s.pack }, s.pack)));
    tr.appendChild(td(s.source === 'cloudformation' ? 'CloudFormation' : 'Kubernetes'));
    tr.appendChild(td(s.rules, 'n'));
    tr.appendChild(td(s.resources, 'n'));
    STATUSES.forEach(function (st) {
      var c = td(detailLink({ pack: s.pack, status: st }, s[st]), 'n ' + (s[st] > 0 ? st : ''));
      c.setAttribute('data-status', st);
      tr.appendChild(c);
    });
    var total = td(s.total, 'n');
    total.setAttribute('data-status', 'total');
    tr.appendChild(total);
    summaryBody.appendChild(tr);
  });
  var targetBody = document.querySelector('#summary-targets tbody');
  report.summary.targets.forEach(function (s) {
    var tr = el('tr');
    tr.appendChild(td(detailLink({ target: s.target }, s.target)));
    tr.appendChild(td(detailLink({ target: s.target, pack: s.pack }, s.pack)));
    STATUSES.forEach(function (st) { tr.appendChild(td(detailLink({ target: s.target, pack: s.pack, status: st }, s[st]), 'n ' + (s[st] > 0 ? st : ''))); });
    tr.appendChild(td(s.total, 'n'));
    targetBody.appendChild(tr);
  });

  // Changes since the previous report.
  var changes = report.changes, body = document.getElementById('changes-body');
  function refText(r) { return r.target + ' · ' + r.pack + ' · ' + r.rule + (r.finding ? '[' + r.finding + ']' : '') + ' · ' + r.resource; }
  if (changes.baseline === 'none') body.appendChild(el('p', { text: 'First report: there is no previous report to compare with.' }));
  else if (!changes.added.length && !changes.removed.length && !changes.changed.length) body.appendChild(el('p', { text: 'No row was added, removed or changed.' }));
  else {
    body.appendChild(el('p', { text: changes.added.length + ' added, ' + changes.removed.length + ' removed, ' + changes.changed.length + ' changed.' }));
    var ul = el('ul');
    changes.added.forEach(function (a) { ul.appendChild(el('li', { text: 'added: ' + refText(a) + ' (' + a.status + ')' })); });
    changes.removed.forEach(function (a) { ul.appendChild(el('li', { text: 'removed: ' + refText(a) + ' (was ' + a.status + ')' })); });
    changes.changed.forEach(function (a) { ul.appendChild(el('li', { text: 'changed: ' + refText(a) + ': ' + a.from + ' → ' + a.to + (a.reasonFrom !== a.reasonTo ? '; reason: "' + (a.reasonFrom || '—') + '" → "' + (a.reasonTo || '—') + '"' : '') })); });
    body.appendChild(ul);
  }

  // Acknowledgement register.
  var registerBody = document.querySelector('#register-table tbody');
  report.acknowledgements.forEach(function (a, i) {
    var tr = el('tr', { id: 'ack-' + (i + 1) });
    tr.appendChild(td(i + 1, 'n'));
    tr.appendChild(td(a.pack));
    tr.appendChild(td(code(a.id)));
    tr.appendChild(td(code(a.at)));
    tr.appendChild(td(a.owner || '—'));
    tr.appendChild(td(a.reviewBy || '—'));
    tr.appendChild(td(a.reason));
    tr.appendChild(td(a.covers.length ? detailLink({ status: 'acknowledged', text: a.id }, a.covers.length + ' row(s)') : '—'));
    tr.appendChild(td(a.usage, a.usage === 'unused' ? 'failing' : ''));
    registerBody.appendChild(tr);
  });

  // Rule catalogue.
  var rulesBody = document.querySelector('#rules-table tbody');
  report.rules.forEach(function (r) {
    var tr = el('tr', { id: ruleAnchor(r.id) });
    tr.appendChild(td(code(r.id)));
    tr.appendChild(td(r.pack));
    tr.appendChild(td(r.level));
    tr.appendChild(td(r.controls.join(', ') || '—'));
    tr.appendChild(td(r.title));
    tr.appendChild(td(r.explanation));
    rulesBody.appendChild(tr);
  });

  // Backups.
  var backupsBody = document.querySelector('#backups-table tbody');
  (report.backups || []).forEach(function (b) {
    backupsBody.appendChild(el('tr', {}, [td(b.store), td(b.where), td(b.durable ? 'yes' : 'no'), td(b.schedule), td(b.retention), td(b.crossRegionCopy), td(code(b.source))]));
  });

  // Scope.
  var scope = document.getElementById('scope-list');
  scope.appendChild(el('li', { text: 'Stacks: ' + (report.scope.stacks.join(', ') || 'none') }));
  scope.appendChild(el('li', { text: 'Clusters (manifest folders): ' + (report.scope.clusters.join(', ') || 'none') }));
  Object.keys(report.scope.ruleSets).forEach(function (k) { scope.appendChild(el('li', { text: k + ': ' + report.scope.ruleSets[k] })); });
  report.scope.notes.forEach(function (n) { scope.appendChild(el('li', { text: n })); });

  // Detail with filters.
  var fPack = document.getElementById('f-pack'), fStatus = document.getElementById('f-status');
  var fTarget = document.getElementById('f-target'), fText = document.getElementById('f-text');
  report.summary.packs.forEach(function (s) { fPack.appendChild(el('option', { value: s.pack, text: s.pack })); });
  report.scope.stacks.concat(report.scope.clusters).forEach(function (t) { fTarget.appendChild(el('option', { value: t, text: t })); });
  var detailBody = document.querySelector('#detail-table tbody');
  var rows = report.rows.map(function (r, i) {
    var tr = el('tr', { id: 'row-' + (i + 1), className: r.status, 'data-status': r.status, 'data-pack': r.pack });
    tr.appendChild(td(r.target));
    tr.appendChild(td(r.pack));
    tr.appendChild(td(el('a', { href: '#' + ruleAnchor(r.rule) }, [code(r.rule + (r.finding ? '[' + r.finding + ']' : ''))])));
    tr.appendChild(td(el('span', {}, [code(r.resource), r.logicalId ? ' (' + r.logicalId + ')' : ''])));
    tr.appendChild(td(r.resourceType));
    tr.appendChild(td(r.status, r.status));
    tr.appendChild(td(r.acknowledgement ? r.acknowledgement.reason + ' (given at ' + r.acknowledgement.at + ')' : (r.detail || '')));
    var haystack = [r.target, r.pack, r.rule, r.finding, r.resource, r.logicalId, r.resourceType, r.detail, r.acknowledgement && r.acknowledgement.reason, r.acknowledgement && r.acknowledgement.id].join(' ').toLowerCase();
    return { row: r, tr: tr, haystack: haystack };
  });
  var controlRules = null;
  function apply() {
    var pack = fPack.value, status = fStatus.value, target = fTarget.value, text = fText.value.trim().toLowerCase();
    var shown = 0;
    while (detailBody.firstChild) detailBody.removeChild(detailBody.firstChild);
    rows.forEach(function (x) {
      if ((pack && x.row.pack !== pack) || (status && x.row.status !== status) || (target && x.row.target !== target) || (text && x.haystack.indexOf(text) < 0)) return;
      if (controlRules && controlRules.indexOf(x.row.rule) < 0) return;
      detailBody.appendChild(x.tr);
      shown++;
    });
    document.getElementById('detail-count').textContent = shown + ' of ' + rows.length + ' rows shown.';
  }
  function fromHash() {
    if (location.hash.indexOf('#detail:') !== 0) { apply(); return; }
    var params = {};
    location.hash.slice('#detail:'.length).split('&').forEach(function (p) {
      var i = p.indexOf('=');
      if (i > 0) params[p.slice(0, i)] = decodeURIComponent(p.slice(i + 1));
    });
    fPack.value = params.pack || ''; fStatus.value = params.status || ''; fTarget.value = params.target || ''; fText.value = params.text || '';
    // control=<framework>|<id>: the rows of the rules behind that control (links from compliance.md).
    var c = (report.controls || []).filter(function (x) { return params.control === x.framework + '|' + x.control; })[0];
    controlRules = c ? c.rules : null;
    apply();
    document.getElementById('detail').scrollIntoView();
  }
  [fPack, fStatus, fTarget].forEach(function (f) { f.addEventListener('change', apply); });
  fText.addEventListener('input', apply);
  document.getElementById('f-reset').addEventListener('click', function () { fPack.value = fStatus.value = fTarget.value = fText.value = ''; controlRules = null; apply(); });
  window.addEventListener('hashchange', fromHash);
  fromHash();
  document.body.setAttribute('data-rendered', 'true');
})();
`;
