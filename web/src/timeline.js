// The timeline (vis-timeline): the events themselves while the filter
// matches few of them, else one bar per month or year holding their count,
// as /api/timeline answers. Clicking an event opens it; clicking a bar
// narrows the filter to its period.
import { Timeline } from 'vis-timeline/standalone';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { api } from './api.js';

// The start and end of a period "YYYY", "YYYY-MM" or "YYYY-MM-DD".
export function periodRange(period) {
  const [y, m, d] = period.split('-').map(Number);
  if (d) return [new Date(Date.UTC(y, m - 1, d)), new Date(Date.UTC(y, m - 1, d + 1))];
  if (m) return [new Date(Date.UTC(y, m - 1, 1)), new Date(Date.UTC(y, m, 1))];
  return [new Date(Date.UTC(y, 0, 1)), new Date(Date.UTC(y + 1, 0, 1))];
}

const relation = (g) => (g > 0 ? 'coop' : g < 0 ? 'conflict' : 'neutral');

export class TimelineView {
  constructor(container, { onEvent, onPeriod }) {
    this.timeline = new Timeline(container, [], {
      stack: true, zoomKey: 'ctrlKey', height: '100%', margin: { item: 2 }, orientation: 'top',
      showCurrentTime: false, maxHeight: '100%',
    });
    this.items = new Map();
    this.timeline.on('select', ({ items }) => {
      const item = this.items.get(items[0]);
      if (!item) return;
      if (item.event) onEvent(item.event.id);
      else onPeriod(item.period);
    });
  }

  async load(filter) {
    const answer = await api('/api/timeline', filter);
    this.items.clear();
    const items = [];
    if (answer.mode === 'events') {
      for (const e of answer.events) {
        if (!e.date) continue;
        const [start, end] = periodRange(e.date);
        const id = `e${e.id}`;
        this.items.set(id, { event: e });
        const label = `${e.type} ${e.actor}${e.recipient ? '→' + e.recipient : ''}`;
        items.push({ id, start, end: e.date.length < 10 ? end : undefined, content: label,
          title: `${e.date} ${label}: ${e.evidence}`, className: relation(e.goldstein) });
      }
    } else {
      for (const b of answer.buckets) {
        const [start, end] = periodRange(b.period);
        const id = `b${b.period}`;
        this.items.set(id, { period: b.period });
        items.push({ id, start, end, content: String(b.events), className: relation(b.goldstein),
          title: `${b.period}: ${b.events} events (${b.cooperation} cooperative, ${b.conflict} conflictual)` });
      }
    }
    this.timeline.setItems(items);
    if (items.length) this.timeline.fit({ animation: false });
    return answer;
  }
}
