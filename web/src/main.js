// The page of `veille serve`: actor network, timeline, side panel. The
// address hash names what the side panel shows (#event/ID, #doc/HASH), so
// the back button and links work. The views are exposed as window.veille
// for scripts and tests.
import './style.css';
import { api } from './api.js';
import { el } from './dom.js';
import { GraphView } from './graph.js';
import { TimelineView } from './timeline.js';
import { renderDocument, renderEvent, renderEventList } from './detail.js';

const kTypes = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const kContexts = ['military', 'political', 'diplomatic', 'economic', 'humanitarian', 'security', 'terrorism',
  'territory', 'resource', 'cyber', 'legal', 'human rights', 'migration', 'health', 'environment', 'election'];

const $ = (id) => document.getElementById(id);
const side = $('side-content');
const form = $('filters');
let months = [];  // "YYYY-MM" of the graph slider, first to last

function filter() {
  const f = Object.fromEntries(new FormData(form));
  for (const k of Object.keys(f)) f[k] = f[k].trim();
  return f;
}

function showError(error) {
  side.replaceChildren(el('p', { class: 'error' }, String(error.message ?? error)));
}

async function showList() {
  const f = filter();
  const title = f.either ? `Events of ${f.either}` : 'Events';
  await renderEventList(side, title, f);
}

async function route() {
  const [kind, ...rest] = location.hash.slice(1).split('/');
  const arg = decodeURIComponent(rest.join('/'));
  try {
    if (kind === 'event' && arg) await renderEvent(side, arg);
    else if (kind === 'doc' && arg) await renderDocument(side, arg);
    else await showList();
  } catch (error) {
    showError(error);
  }
}

async function refreshTimeline() {
  const answer = await window.veille.timeline.load(filter());
  $('timeline-info').textContent = answer.mode === 'events'
    ? `${answer.total} events` : `${answer.total} events, counted per ${answer.by}`;
}

function rangeLabel() {
  const from = months[Number($('range-from').value)], to = months[Number($('range-to').value)];
  $('range-label').textContent = from ? `${from} – ${to}` : 'no dated event';
  return [from, to];
}

let rangeTimer = 0;
function onRange() {
  const a = $('range-from'), b = $('range-to');
  if (Number(a.value) > Number(b.value)) [a.value, b.value] = [b.value, a.value];
  const [since, until] = rangeLabel();
  clearTimeout(rangeTimer);
  rangeTimer = setTimeout(() => window.veille.graph.load(since, until).catch(showError), 250);
}

function setupRange(stats) {
  const years = stats.years.map((y) => Number(y.period));
  months = [];
  if (years.length) {
    for (let y = years[0]; y <= years[years.length - 1]; y++)
      for (let m = 1; m <= 12; m++) months.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  for (const input of [$('range-from'), $('range-to')]) {
    input.max = Math.max(0, months.length - 1);
    input.addEventListener('input', onRange);
  }
  $('range-from').value = 0;
  $('range-to').value = Math.max(0, months.length - 1);
  rangeLabel();
}

async function main() {
  form.elements.type.append(...kTypes.map((t) => el('option', { value: t }, t)));
  form.elements.context.append(...kContexts.map((c) => el('option', { value: c }, c)));
  const graph = new GraphView($('graph'), $('graph-nodes'), {
    onNode: (code) => { form.elements.either.value = code; location.hash = ''; apply(); },
    onEdge: (source, target, data) => {
      history.replaceState(null, '', location.pathname);
      renderEventList(side, `${source} → ${target}: ${data.events} events`, {
        actor: source, recipient: target, since: months.length ? rangeLabel()[0] : '',
        until: months.length ? rangeLabel()[1] : '' }).catch(showError);
    },
  });
  const timeline = new TimelineView($('timeline'), {
    onEvent: (id) => { location.hash = `#event/${id}`; },
    onPeriod: (period) => { form.elements.since.value = period; form.elements.until.value = period; apply(); },
  });
  window.veille = { graph, timeline, cy: graph.cy, ready: false };
  const stats = await api('/api/stats');
  $('stats').textContent = `${stats.documents} documents · ${stats.events} events · ${stats.entities} entities`;
  setupRange(stats);
  async function apply() {
    await Promise.all([refreshTimeline(), location.hash ? Promise.resolve() : showList()]).catch(showError);
  }
  form.addEventListener('submit', (e) => { e.preventDefault(); history.replaceState(null, '', location.pathname); apply(); });
  $('reset').addEventListener('click', () => { form.reset(); history.replaceState(null, '', location.pathname); apply(); });
  window.addEventListener('hashchange', route);
  await Promise.all([graph.load(), refreshTimeline(), route()]);
  window.veille.ready = true;
  document.body.dataset.ready = 'true';
}

main().catch(showError);
