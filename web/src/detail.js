// The side panel: a page of events (a dyad's, or the timeline filter's),
// one event with every evidence sentence in its article, or one article.
import { api, getDocument } from './api.js';
import { el, goldstein, party } from './dom.js';
import { codePoints, evidenceQuote, renderSpans } from './text.js';

const kPage = 50;
// Documents fetched to show evidence in context; later reports show the span alone.
const kReportsWithContext = 25;

export async function renderEventList(target, title, filter, offset = 0) {
  const page = await api('/api/events', { ...filter, limit: kPage, offset });
  const rows = page.events.map((e) => el('tr', {
    class: 'event-row', dataset: { eventId: e.id, actor: e.actor, recipient: e.recipient },
    onclick: () => { location.hash = `#event/${e.id}`; },
  }, el('td', {}, e.date ?? '—'), el('td', {}, e.type), el('td', {}, party(e.actor, e.actor_name), ' → ',
    party(e.recipient, e.recipient_name)), el('td', {}, String(e.num_sources)), el('td', {}, goldstein(e.goldstein))));
  const last = Math.min(page.total, offset + page.events.length);
  const pager = el('div', { class: 'pager' },
    el('button', { disabled: offset === 0, onclick: () => renderEventList(target, title, filter, offset - kPage) }, '‹ prev'),
    el('span', { class: 'muted' }, page.total ? `${offset + 1}–${last} of ${page.total}` : 'no event'),
    el('button', { disabled: last >= page.total, onclick: () => renderEventList(target, title, filter, offset + kPage) }, 'next ›'));
  target.replaceChildren(el('h2', {}, title), pager,
    el('table', { class: 'events', id: 'event-list' },
      el('thead', {}, el('tr', {}, ['date', 'type', 'actor → recipient', 'src', 'gold'].map((h) => el('th', {}, h)))),
      el('tbody', {}, rows)));
}

function facts(pairs) {
  return el('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== undefined && v !== null && v !== '')
    .flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

// Date sources of the reports, e.g. "explicit ×2, publication".
function dateSources(reports) {
  const counts = new Map();
  for (const r of reports) counts.set(r.date_source ?? 'none', (counts.get(r.date_source ?? 'none') ?? 0) + 1);
  return [...counts].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ');
}

async function renderReport(report, index) {
  const link = el('a', { href: `#doc/${report.content_hash}` }, report.title || report.doc);
  const box = el('div', { class: 'report' },
    el('div', {}, link),
    el('div', { class: 'meta' }, [report.outlet, report.published, `${report.date ?? 'undated'} (${report.date_source ?? 'no date'})`]
      .filter(Boolean).join(' · '), report.url ? [' · ', el('a', { href: report.url, target: '_blank', rel: 'noopener noreferrer' }, 'source')] : null));
  if (index < kReportsWithContext) {
    const doc = await getDocument(report.content_hash);
    const points = codePoints(doc.text);
    for (const span of report.evidence) box.append(evidenceQuote(points, span, report.content_hash));
  } else {
    for (const span of report.evidence) box.append(el('blockquote', {}, el('mark', {
      class: 'evidence', dataset: { start: span.start, end: span.end, doc: report.content_hash } }, span.text)));
  }
  return box;
}

export async function renderEvent(target, id) {
  target.replaceChildren(el('p', { class: 'muted' }, 'loading…'));
  const { event: e, reports } = await api(`/api/events/${encodeURIComponent(id)}`);
  const header = [
    el('h2', {}, `${e.type} · ${party(e.actor, e.actor_name)}${e.recipient ? ' → ' + party(e.recipient, e.recipient_name) : ''}`),
    facts([['type', e.type], ['mode', e.mode ?? '—'], ['context', e.context.join(', ') || '—'],
      ['date', e.date ?? 'undated'], ['date source', dateSources(reports)], ['actor', party(e.actor, e.actor_name)],
      ['recipient', party(e.recipient, e.recipient_name)], ['modality', e.aux ?? 'asserted'], ['CAMEO', e.cameo],
      ['Goldstein', goldstein(e.goldstein)], ['location', e.location],
      ['sources', `${e.num_sources} (${e.num_articles} articles, ${e.num_reports} reports)`]]),
    el('h3', {}, `Evidence in ${reports.length} report${reports.length === 1 ? '' : 's'}`),
  ];
  const boxes = await Promise.all(reports.map(renderReport));
  target.replaceChildren(...header, ...boxes);
  target.dataset.event = id;
}

const kKinds = ['person', 'state', 'org', 'group', 'place'];

export async function renderDocument(target, hash) {
  target.replaceChildren(el('p', { class: 'muted' }, 'loading…'));
  const doc = await getDocument(hash);
  const points = codePoints(doc.text);
  const mentions = doc.mentions.map((m) => ({ start: m.start, end: m.end, make: (text) => el('span', {
    class: `mention kind-${m.kind}`, title: `${m.name} (${m.kind}${m.country ? ', ' + m.country : ''})`,
    dataset: { entity: m.entity, start: m.start, end: m.end } }, text) }));
  // What cleaning dropped, apart from the article: one line per block with
  // the rule that removed it. Records ingested as JSON never had it.
  const removed = doc.removed.length
    ? el('ul', { class: 'removed', id: 'removed-list' }, doc.removed.map((b) =>
      el('li', {}, el('span', { class: 'rule' }, b.rule), ' ', b.text)))
    : el('div', { class: 'removed', id: 'removed-note' },
      'Nothing recorded: cleaning removed nothing, or the document was ingested as a JSON record.');
  target.replaceChildren(
    el('h2', {}, doc.title || doc.doc),
    facts([['document', doc.doc], ['outlet', doc.outlet], ['published', doc.published], ['language', doc.lang],
      ['author', doc.author], ['duplicate of', doc.duplicate_of],
      ['source', doc.url ? el('a', { href: doc.url, target: '_blank', rel: 'noopener noreferrer' }, doc.url) : null],
      ['events', String(doc.events.length)], ['mentions', String(doc.mentions.length)]]),
    el('p', { class: 'kinds' }, 'Mentions: ', kKinds.map((k) => el('span', { class: `mention kind-${k}` }, k))),
    el('div', { class: 'article', id: 'article-text' }, renderSpans(points, mentions)),
    el('h3', {}, 'What cleaning removed'), removed,
    el('h3', {}, `Events coded in this article (${doc.events.length})`),
    doc.events.map((e) => el('div', { class: 'report' },
      el('div', {}, el('b', {}, e.type), ' · ', e.actors.map((a) => party(a.code, a.name)).join(', '),
        e.recipients.length ? ' → ' + e.recipients.map((r) => party(r.code, r.name)).join(', ') : '',
        el('span', { class: 'meta' }, ` · ${e.date ?? 'undated'} (${e.date_source ?? 'no date'})`)),
      e.evidence.map((span) => evidenceQuote(points, span, hash)))));
}
