// The year's network drawn with cytoscape.js. Node positions are computed once, over every actor
// and tie of every year, so that an actor stays where it is while the years change.
import { statusStyle } from './palette.js';

export const TRIANGLE = ['dprk', 'ussr', 'prc'];
// How far a tie of the triangle bows out, as a share of its length.
const BOW = 0.2;
// The triangle's ties are underlaid with a grey shadow, which changes no status colour; its actors are filled with a light purple.
const TRIANGLE_HALO = '#4a4a4a';

// Where the layout starts the triangle (Moscow north, Beijing west, P'yongyang east) and, after
// it, how it turns the drawing so that the triangle stands that way up.
const TRIANGLE_AT = { ussr: { x: -40, y: -150 }, prc: { x: -230, y: 40 }, dprk: { x: 90, y: 40 } };

const SHAPES = {
  state: 'ellipse',
  group: 'round-hexagon',
  'international organization': 'round-rectangle',
  command: 'round-diamond',
  party: 'round-triangle',
};

export function shapeOf(kind) {
  return SHAPES[kind] ?? 'round-tag';
}

/** The width of an edge: thin where no fact scores (no evidence), wider as the net grows either way. */
function widthOf(net) {
  return net == null ? 2 : 3 + Math.min(Math.abs(net), 12) * 1.1;
}

const STYLE = [
  {
    selector: 'node',
    style: {
      'background-color': '#ffffff',
      'border-width': 1.5,
      'border-color': '#4a4a4a',
      shape: 'data(shape)',
      width: 32,
      height: 32,
      label: 'data(label)',
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'font-size': 20,
      color: '#1d1d1d',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-outline-color': '#ffffff',
      'text-outline-width': 3,
      'z-index': 10,
      'z-index-compare': 'manual',
    },
  },
  { selector: 'node.triangle', style: { width: 48, height: 48, 'border-width': 4, 'border-color': '#1d1d1d', 'font-size': 24, 'font-weight': 'bold', 'background-color': '#ece3fa' } },
  { selector: 'node.idle', style: { opacity: 0.3 } },
  { selector: 'node.selected', style: { 'border-width': 5, 'border-color': '#0b5394', 'underlay-color': '#0b5394', 'underlay-opacity': 0.25, 'underlay-padding': 6, 'underlay-shape': 'ellipse' } },
  {
    selector: 'edge',
    style: {
      'curve-style': 'straight',
      width: 'data(width)',
      'line-color': 'data(colour)',
      'line-style': 'data(lineStyle)',
      'line-dash-pattern': 'data(dash)',
      'line-outline-width': 0.8,
      'line-outline-color': '#5a5a5a',
      label: 'data(label)',
      'font-size': 17,
      color: '#1d1d1d',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': 1,
      'z-index': 1,
      'z-index-compare': 'manual',
    },
  },
  // The triangle's ties bow outwards, so that an actor standing between two corners is not read as on their tie.
  { selector: 'edge.triangle', style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': 'data(bow)', 'control-point-weights': 0.5, 'underlay-color': TRIANGLE_HALO, 'underlay-opacity': 0.18, 'underlay-padding': 6, 'font-size': 20, 'font-weight': 'bold', 'z-index': 20 } },
  { selector: 'edge.selected', style: { 'underlay-color': '#0b5394', 'underlay-opacity': 0.3, 'underlay-padding': 7, 'z-index': 21 } },
];

export class Network {
  /**
   * @param container the element to draw in
   * @param actors    actor records by id
   * @param union     every tie of every year: [{a, b, years}]
   * @param onActor   called with an actor's id when its node is chosen
   * @param onDyad    called with a dyad's id ("a/b") when its edge is chosen
   */
  constructor(container, { actors, union, onActor, onDyad }) {
    this.actors = actors;
    const ids = [...new Set(union.flatMap((d) => [d.a, d.b]))].sort();
    const others = ids.filter((id) => !TRIANGLE.includes(id));
    const nodes = ids.map((id) => ({
      group: 'nodes',
      data: { id, label: actors.get(id)?.shortName ?? id, shape: shapeOf(actors.get(id)?.kind) },
      // The layout starts from these places, the others on a circle in id order: no random
      // start, so that every load draws alike.
      position: TRIANGLE_AT[id] ?? onCircle(others.indexOf(id), others.length, 300),
      classes: TRIANGLE.includes(id) ? 'triangle' : '',
    }));
    const edges = union.map((d) => ({ group: 'edges', data: { id: `all:${d.a}/${d.b}`, source: d.a, target: d.b, years: d.years } }));
    this.cy = cytoscape({
      container,
      elements: [...nodes, ...edges],
      // Without it cytoscape would first lay the nodes out in a grid sized by the window.
      layout: { name: 'preset' },
      style: STYLE,
      autoungrabify: true,
      boxSelectionEnabled: false,
      minZoom: 0.3,
      maxZoom: 3,
      wheelSensitivity: 0.3,
    });
    this.cy.on('tap', 'node', (event) => onActor(event.target.id()));
    this.cy.on('tap', 'edge', (event) => onDyad(event.target.data('dyad')));
  }

  /**
   * Places every actor once, with cytoscape's cose layout over the ties of all the years, then
   * drops those ties. The triangle's three actors repel everyone far more than the others do, so
   * that the triangle opens wide with the actors tied to two of its corners between them; its
   * own three ties are left out of the layout (cose's springs only pull, and would close it).
   */
  async place() {
    const triangleTies = this.cy.edges().filter((e) => TRIANGLE.includes(e.source().id()) && TRIANGLE.includes(e.target().id()));
    const layout = this.cy.elements().difference(triangleTies).layout({
      name: 'cose',
      randomize: false,
      animate: false,
      fit: false,
      nodeDimensionsIncludeLabels: false,
      // Ties of many years pull harder than ties of one.
      idealEdgeLength: (edge) => 70 - Math.min(edge.data('years'), 20),
      edgeElasticity: () => 100,
      nodeRepulsion: (node) => (TRIANGLE.includes(node.id()) ? 4000000 : 150000),
      gravity: 1,
      numIter: 2000,
    });
    const stopped = layout.promiseOn('layoutstop');
    layout.run();
    await stopped;
    this.turnTriangleUpright();
    this.cy.edges().remove();
    this.cy.fit(undefined, 24);
  }

  /**
   * Turns (and if need be mirrors) the whole drawing so that the PRC and the DPRK stand level
   * with the USSR above them. Written by hand: cytoscape's layouts cannot fix where a few nodes
   * go without breaking (cose moves locked and free nodes apart when it packs components), and a
   * rigid turn changes no distance the layout chose.
   */
  turnTriangleUpright() {
    const at = (id) => this.cy.$id(id).position();
    const [ussr, prc, dprk] = [at('ussr'), at('prc'), at('dprk')];
    const centre = { x: (ussr.x + prc.x + dprk.x) / 3, y: (ussr.y + prc.y + dprk.y) / 3 };
    const angle = -Math.atan2(dprk.y - prc.y, dprk.x - prc.x);
    const turn = (p) => ({
      x: (p.x - centre.x) * Math.cos(angle) - (p.y - centre.y) * Math.sin(angle),
      y: (p.x - centre.x) * Math.sin(angle) + (p.y - centre.y) * Math.cos(angle),
    });
    const mirror = turn(ussr).y > 0 ? -1 : 1;
    this.cy.nodes().positions((node) => {
      const p = turn(node.position());
      return { x: p.x, y: mirror * p.y };
    });
  }

  /** Where each actor stands (model coordinates), for anyone checking that it never moves. */
  positions() {
    return Object.fromEntries(this.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  }

  /**
   * Draws one year: its ties, the actors without a tie faded, the chosen actor and tie marked.
   *
   * @param dyads   the year's dyads as /api/relations gives them
   * @param actor   the chosen actor's id
   * @param dyad    the chosen dyad's id, or null
   */
  show(dyads, actor, dyad) {
    const cy = this.cy;
    cy.batch(() => {
      cy.edges().remove();
      cy.add(dyads.map((d) => {
        const style = statusStyle(d.status);
        const id = `${d.a}/${d.b}`;
        const classes = [];
        if (TRIANGLE.includes(d.a) && TRIANGLE.includes(d.b)) classes.push('triangle');
        if (id === dyad) classes.push('selected');
        return {
          group: 'edges',
          data: {
            id,
            dyad: id,
            source: d.a,
            target: d.b,
            width: widthOf(d.net),
            colour: style.colour,
            lineStyle: style.lineStyle,
            dash: style.dash.length ? style.dash : [1, 0],
            label: d.status === 'unknown' ? '' : d.status,
            bow: this.bowOf(d.a, d.b),
          },
          classes: classes.join(' '),
        };
      }));
      const active = new Set(dyads.flatMap((d) => [d.a, d.b]));
      cy.nodes().forEach((n) => {
        n.toggleClass('idle', !active.has(n.id()));
        n.toggleClass('selected', n.id() === actor);
      });
    });
  }

  /** How far a tie of the triangle bows outwards, away from its third corner (0 for the other ties). */
  bowOf(a, b) {
    if (!TRIANGLE.includes(a) || !TRIANGLE.includes(b)) return 0;
    const third = TRIANGLE.find((id) => id !== a && id !== b);
    const [p, q, r] = [a, b, third].map((id) => this.cy.$id(id).position());
    const side = Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
    return -side * BOW * Math.hypot(q.x - p.x, q.y - p.y);
  }

  resize() {
    this.cy.resize();
    this.cy.fit(undefined, 24);
  }
}

function onCircle(i, n, radius) {
  const angle = (2 * Math.PI * i) / Math.max(n, 1) - Math.PI / 2;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}
