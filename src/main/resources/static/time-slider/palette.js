// The status scale of the product (allied ... hostile, unknown apart) as colours and line styles.
// Colours: ColorBrewer's RdYlBu diverging scheme (colour-blind safe), blue for the positive states,
// red for the negative ones, its pale yellow for the neutral "cool"; unknown is grey. Colour never
// stands alone: the line style says the sign (solid +, long dashes for cool, short dashes -, dots
// for unknown) and every known state is written on its edge and in the list.

export const STATUSES = [
  { status: 'allied', colour: '#313695', sign: 1 },
  { status: 'close', colour: '#4575b4', sign: 1 },
  { status: 'normal', colour: '#74add1', sign: 1 },
  { status: 'cool', colour: '#fee090', sign: 0 },
  { status: 'strained', colour: '#fdae61', sign: -1 },
  { status: 'frozen', colour: '#f46d43', sign: -1 },
  { status: 'crisis', colour: '#d73027', sign: -1 },
  { status: 'hostile', colour: '#a50026', sign: -1 },
  { status: 'unknown', colour: '#969696', sign: null },
];

const BY_STATUS = new Map(STATUSES.map((s) => [s.status, s]));

/** The style of a status; an unexpected one is drawn as unknown. */
export function statusStyle(status) {
  const known = BY_STATUS.get(status) ?? BY_STATUS.get('unknown');
  return { ...known, ...lineOf(known.sign) };
}

function lineOf(sign) {
  if (sign === 1) return { lineStyle: 'solid', dash: [] };
  if (sign === 0) return { lineStyle: 'dashed', dash: [10, 4] };
  if (sign === -1) return { lineStyle: 'dashed', dash: [4, 3] };
  return { lineStyle: 'dotted', dash: [1, 4] };
}

/** A small SVG line in the status's colour and line style, for the legend and the list. */
export function swatch(status) {
  const style = statusStyle(status);
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', 'swatch');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '10');
  svg.setAttribute('aria-hidden', 'true');
  const outline = document.createElementNS(ns, 'line');
  const line = document.createElementNS(ns, 'line');
  for (const l of [outline, line]) {
    l.setAttribute('x1', '1');
    l.setAttribute('y1', '5');
    l.setAttribute('x2', '27');
    l.setAttribute('y2', '5');
    l.setAttribute('stroke-dasharray', style.dash.join(' '));
    svg.appendChild(l);
  }
  outline.setAttribute('stroke', '#555');
  outline.setAttribute('stroke-width', '6');
  line.setAttribute('stroke', style.colour);
  line.setAttribute('stroke-width', '4');
  return svg;
}

// Okabe and Ito's colour-blind-safe qualitative palette, for the chart's partners; its yellow comes
// last, being the faintest on white.
export const PARTNER_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];
