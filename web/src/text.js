// Text by code points: the record's offsets count Unicode code points
// (SPEC.md §3), while JavaScript strings index UTF-16 units, so texts are
// split with Array.from before slicing.
import { el } from './dom.js';

export function codePoints(text) {
  return Array.from(text ?? '');
}

export function slice(points, start, end) {
  return points.slice(start, end).join('');
}

// Renders `points` with the spans marked: spans are {start, end, make(text)}
// where make returns the element to show; overlapping spans after the first
// are dropped (mentions never overlap; evidence is drawn separately).
export function renderSpans(points, spans) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start < at || span.end <= span.start || span.end > points.length) continue;
    if (span.start > at) out.push(slice(points, at, span.start));
    out.push(span.make(slice(points, span.start, span.end)));
    at = span.end;
  }
  if (at < points.length) out.push(slice(points, at, points.length));
  return out;
}

// The sentence around [start, end): back to the previous sentence end and
// on to the next one, so a span is shown in its context.
export function sentenceAround(points, start, end) {
  const isEnd = (c) => c === '.' || c === '!' || c === '?' || c === '\n';
  let from = start;
  while (from > 0 && !isEnd(points[from - 1]) && start - from < 400) from--;
  while (from < start && /\s/.test(points[from])) from++;
  let to = end;
  while (to < points.length && !isEnd(points[to - 1] ?? '') && to - end < 400) to++;
  return { from, to };
}

// A passage with the evidence span highlighted.
export function evidenceQuote(points, span, hash) {
  const { from, to } = sentenceAround(points, span.start, span.end);
  return el('blockquote', {},
    from > 0 ? '… ' : '',
    slice(points, from, span.start),
    el('mark', { class: 'evidence', dataset: { start: span.start, end: span.end, doc: hash } },
      slice(points, span.start, span.end)),
    slice(points, span.end, to),
    to < points.length ? ' …' : '');
}
