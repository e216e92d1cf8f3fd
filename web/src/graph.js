// The actor network (cytoscape): one node per actor code sized by its
// events, one edge per directed dyad coloured from its mean Goldstein value
// (red = conflict, grey = neutral, green = cooperation). The API sends the
// graph already aggregated; past kMaxNodes nodes only the most active are
// drawn, so a store of any size stays readable.
import cytoscape from 'cytoscape';
import { api } from './api.js';
import { el } from './dom.js';

const kMaxNodes = 120;
// Past this many dyads only the ones with most events are drawn: a dense
// graph of thousands of edges is neither readable nor quick to lay out.
const kMaxEdges = 600;

// Goldstein [-10, 10] to a colour between red, grey and green.
export function goldsteinColour(g) {
  const t = Math.max(-1, Math.min(1, g / 6));
  const mix = (a, b, f) => Math.round(a + (b - a) * f);
  const grey = [154, 160, 166], red = [198, 40, 40], green = [46, 125, 50];
  const target = t < 0 ? red : green;
  const f = Math.abs(t);
  return `rgb(${mix(grey[0], target[0], f)},${mix(grey[1], target[1], f)},${mix(grey[2], target[2], f)})`;
}

export class GraphView {
  constructor(container, chips, { onNode, onEdge }) {
    this.chips = chips;
    this.cy = cytoscape({
      container,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          label: 'data(code)', width: 'data(size)', height: 'data(size)', 'background-color': '#3d5a80',
          color: '#1d2430', 'font-size': 11, 'text-valign': 'center', 'text-halign': 'center',
          'text-outline-color': '#fff', 'text-outline-width': 2 } },
        { selector: 'edge', style: {
          width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.85 } },
        { selector: ':selected', style: { 'border-width': 3, 'border-color': '#ffb300', 'line-color': '#ffb300',
          'target-arrow-color': '#ffb300' } },
      ],
    });
    this.cy.on('tap', 'node', (e) => onNode(e.target.id()));
    this.cy.on('tap', 'edge', (e) => onEdge(e.target.data('source'), e.target.data('target'), e.target.data()));
  }

  async load(since, until) {
    const graph = await api('/api/graph', { since, until });
    const nodes = [...graph.nodes].sort((a, b) => b.events - a.events).slice(0, kMaxNodes);
    const shown = new Set(nodes.map((n) => n.code));
    const max = Math.max(1, ...nodes.map((n) => n.events));
    // Smaller nodes when there are many, so a dense network still shows its edges.
    const [base, span] = nodes.length > 30 ? [10, 26] : [18, 42];
    const elements = nodes.map((n) => ({ data: {
      id: n.code, code: n.code, name: n.name, events: n.events, size: base + span * Math.sqrt(n.events / max) } }));
    const edges = graph.edges.filter((e) => shown.has(e.source) && shown.has(e.target))
      .sort((a, b) => b.events - a.events).slice(0, kMaxEdges);
    for (const e of edges) {
      elements.push({ data: {
        id: `${e.source}->${e.target}`, source: e.source, target: e.target, events: e.events,
        goldstein: e.goldstein, relation: e.relation, colour: goldsteinColour(e.goldstein),
        width: 1 + Math.min(9, Math.log2(1 + e.events) * 1.5) } });
    }
    this.cy.elements().remove();
    this.cy.add(elements);
    this.cy.layout({ name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90,
      randomize: true, padding: 20 }).run();
    this.cy.fit(undefined, 20);
    this.renderChips(nodes, graph.nodes.length, graph.edges.length - edges.length);
    return graph;
  }

  // The nodes as a list in the page too: readable without the canvas, and
  // what tests look for.
  renderChips(nodes, total, hiddenEdges) {
    const more = [];
    if (total > nodes.length) more.push(el('li', { class: 'muted' }, `+${total - nodes.length} less active actors not drawn`));
    if (hiddenEdges > 0) more.push(el('li', { class: 'muted' }, `${hiddenEdges} weaker dyads not drawn`));
    this.chips.replaceChildren(
      ...nodes.map((n) => el('li', { dataset: { code: n.code }, title: `${n.name}: ${n.events} events`,
        onclick: () => this.cy.$id(n.code).emit('tap') }, `${n.code} ${n.events}`)),
      ...more);
  }
}
