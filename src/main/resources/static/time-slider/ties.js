// The accessible list of the year's ties beside the drawing: first the chosen actor's, by partner,
// then every other tie of the year. Each tie is a button that opens its facts.
import { el, formatNet } from './dom.js';
import { swatch } from './palette.js';
import { TRIANGLE } from './network.js';

export class TiesTable {
  constructor({ caption, own, other, nameOf, onDyad }) {
    this.caption = caption;
    this.own = own;
    this.other = other;
    this.nameOf = nameOf;
    this.onDyad = onDyad;
  }

  show(year, dyads, actor, chosen) {
    const mine = dyads.filter((d) => d.a === actor || d.b === actor)
      .map((d) => ({ dyad: d, label: this.nameOf(d.a === actor ? d.b : d.a) }))
      .sort((x, y) => x.label.localeCompare(y.label));
    const rest = dyads.filter((d) => d.a !== actor && d.b !== actor)
      .map((d) => ({ dyad: d, label: `${this.nameOf(d.a)} \u2013 ${this.nameOf(d.b)}` }))
      .sort((x, y) => x.label.localeCompare(y.label));
    this.caption.textContent = `Ties of ${this.nameOf(actor)} in ${year}: ${mine.length} of the year's ${dyads.length}`;
    this.own.replaceChildren(...(mine.length
      ? mine.map((row) => this.row(row, chosen))
      : [el('tr', {}, el('td', { colspan: 4, class: 'none' }, `No fact of the article ties ${this.nameOf(actor)} to anyone in ${year}.`))]));
    this.other.replaceChildren(...(rest.length
      ? [el('tr', { class: 'group' }, el('th', { scope: 'rowgroup', colspan: 4 }, `Other ties in ${year}`)), ...rest.map((row) => this.row(row, chosen))]
      : []));
  }

  row({ dyad, label }, chosen) {
    const id = `${dyad.a}/${dyad.b}`;
    const inTriangle = TRIANGLE.includes(dyad.a) && TRIANGLE.includes(dyad.b);
    const statuses = dyad.statuses.length > 1 ? ` (in the year: ${dyad.statuses.join(', ')})` : '';
    return el('tr', { 'data-dyad': id, 'aria-current': id === chosen ? 'true' : null, class: id === chosen ? 'chosen' : null },
      el('th', { scope: 'row' },
        el('button', { type: 'button', class: 'link', title: 'Open the facts of this tie', onclick: () => this.onDyad(id) }, label),
        inTriangle ? el('span', { class: 'in-triangle', title: 'a tie of the Sino-Soviet-DPRK triangle' }, ' \u25B2') : null),
      el('td', { class: 'status', 'data-status': dyad.status }, swatch(dyad.status), ' ', dyad.status, statuses ? el('span', { class: 'statuses' }, statuses) : null),
      el('td', { class: dyad.net == null ? 'num no-evidence' : 'num' }, formatNet(dyad.net)),
      el('td', { class: 'num facts' }, String(dyad.facts.length)));
  }
}
