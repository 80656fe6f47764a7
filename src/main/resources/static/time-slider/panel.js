// The side panel: a tie's facts in a year (quotes, endnotes, caveats and the archival documents
// the endnotes cite), or an actor with its ties of the year.
import { api } from './api.js';
import { el, formatNet, formatPeriod } from './dom.js';
import { swatch } from './palette.js';

export class Panel {
  constructor({ root, title, body, nameOf, onDyad }) {
    this.root = root;
    this.title = title;
    this.body = body;
    this.nameOf = nameOf;
    this.onDyad = onDyad;
    this.details = new Map();
  }

  /** One dyad in one year, with every fact that counts in it. */
  showDyad(year, dyad) {
    this.title.textContent = `${this.nameOf(dyad.a)} \u2013 ${this.nameOf(dyad.b)} in ${year}`;
    // The article's judgments first, then the facts that certainly fall in the year, then those that only possibly do.
    const rank = (fact) => (fact.type === 'relation' ? 0 : fact.certain ? 1 : 2);
    const facts = [...dyad.facts].sort((x, y) => rank(x) - rank(y));
    this.body.replaceChildren(
      el('p', { class: 'judgement' }, swatch(dyad.status), ' ',
        dyad.status === 'unknown' ? 'The article gives no judgment of this tie in this year (unknown).' : el('strong', {}, dyad.status),
        dyad.statuses.length > 1 ? ` (in ${year}, in turn: ${dyad.statuses.join(', ')}; shown, the one in force longest)` : ''),
      el('p', { class: 'scores' }, dyad.net == null
        ? 'Net index: no evidence. No scored fact counts in this year, so there is no score (not zero).'
        : `Net index ${formatNet(dyad.net)} = integration ${dyad.integration.toFixed(2)} \u2212 divergence ${dyad.divergence.toFixed(2)}`),
      el('h3', {}, `${facts.length} ${facts.length === 1 ? 'fact' : 'facts'} of the article`),
      el('ol', { class: 'facts' }, facts.map((fact) => el('li', {}, this.fact(fact, year)))));
    this.root.scrollTop = 0;
  }

  /** An actor, its names, and its ties of the year. */
  showActor(year, actor, dyads) {
    this.title.textContent = actor.name;
    const ties = dyads.filter((d) => d.a === actor.id || d.b === actor.id)
      .map((d) => ({ d, partner: d.a === actor.id ? d.b : d.a }))
      .sort((x, y) => this.nameOf(x.partner).localeCompare(this.nameOf(y.partner)));
    const facts = [
      ['kind', actor.kind],
      ['also called', actor.aliases.length ? actor.aliases.join('; ') : null],
      ['Correlates of War code', actor.cow],
      ['exists', existence(actor)],
      ['members', actor.members.length ? actor.members.map(this.nameOf).join(', ') : null],
    ].filter(([, value]) => value != null);
    this.body.replaceChildren(
      el('dl', { class: 'actor' }, facts.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, String(value))])),
      el('h3', {}, `Ties in ${year}`),
      ties.length
        ? el('ul', { class: 'actor-ties' }, ties.map(({ d, partner }) => el('li', {},
          el('button', { type: 'button', class: 'link', onclick: () => this.onDyad(`${d.a}/${d.b}`) }, this.nameOf(partner)),
          ' ', swatch(d.status), ` ${d.status}, net ${formatNet(d.net)}`)))
        : el('p', {}, `No fact of the article ties it to anyone in ${year}.`),
      el('p', { class: 'hint' }, 'The chart below shows its net index with each partner over the years.'));
    this.root.scrollTop = 0;
  }

  showNothing(text) {
    this.title.textContent = 'Details';
    this.body.replaceChildren(el('p', {}, text));
  }

  fact(fact, year) {
    const citations = el('div', { class: 'citations' });
    const notes = [...new Set(fact.sources.map((s) => s.note).filter((n) => n != null))];
    if (notes.length) this.citationsInto(citations, fact.id);
    return el('article', { class: `fact type-${fact.type}`, 'data-fact': fact.id },
      el('header', {},
        el('span', { class: 'type' }, fact.type),
        el('span', { class: 'when' }, formatPeriod(fact.start, fact.end)),
        fact.certain ? null : el('span', { class: 'possibly', title: 'Its dates are coarser than the year: it only possibly falls in it' }, `possibly in ${year}`),
        fact.certainty && fact.certainty !== 'stated' ? el('span', { class: 'certainty' }, fact.certainty) : null),
      el('p', { class: 'summary' }, fact.summary),
      fact.status ? el('p', { class: 'judges' }, 'The article judges the tie ', swatch(fact.status), ' ', el('strong', {}, fact.status)) : null,
      fact.claimant ? el('p', { class: 'claimant' }, `According to ${fact.claimant}`) : null,
      fact.sources.map((s) => el('blockquote', {},
        el('p', {}, `\u201C${s.quote}\u201D`),
        el('footer', {}, s.note != null ? el('span', { class: 'note' }, `note ${s.note}`) : 'no note', ` \u00B7 section \u201C${s.section}\u201D`))),
      fact.caveat ? el('p', { class: 'caveat' }, el('strong', {}, 'Caveat: '), fact.caveat) : null,
      fact.recordStart || fact.recordEnd ? el('p', { class: 'record' }, `Common record: ${formatPeriod(fact.recordStart ?? fact.start, fact.recordEnd ?? fact.end)}`) : null,
      citations,
      el('p', { class: 'fact-id' }, el('code', {}, fact.id)));
  }

  /** The works and archival documents the fact's endnotes cite, read from /api/facts/{id}. */
  async citationsInto(container, id) {
    container.append(el('p', { class: 'loading' }, 'Reading the endnotes\u2019 sources\u2026'));
    try {
      if (!this.details.has(id)) this.details.set(id, api.fact(id));
      const detail = await this.details.get(id);
      // A note quoted twice lists its sources once.
      const byNote = new Map();
      const seen = new Set();
      for (const c of detail.citations) {
        const key = `${c.note} ${c.kind} ${c.id} ${c.pages}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (!byNote.has(c.note)) byNote.set(c.note, []);
        byNote.get(c.note).push(c);
      }
      container.replaceChildren(...[...byNote].map(([note, cited]) => el('div', { class: 'cites' },
        el('p', {}, `Note ${note} cites`),
        el('ul', {}, cited.map((c) => el('li', { class: c.kind }, citation(c)))))));
    } catch (e) {
      container.replaceChildren(el('p', { class: 'error' }, `The sources could not be read: ${e.message}`));
    }
  }
}

function existence(actor) {
  if (actor.start && actor.end) return `${actor.start} to ${actor.end}`;
  if (actor.start) return `since ${actor.start}`;
  return actor.end ? `until ${actor.end}` : null;
}

function citation(c) {
  return [
    c.kind === 'document' ? el('span', { class: 'kind' }, 'archival document') : el('span', { class: 'kind' }, 'work'),
    ' ', el('cite', {}, c.title ?? c.id),
    c.date ? `, ${c.date}` : '',
    c.archive ? [', ', el('span', { class: 'archive', title: 'archive' }, c.archive)] : '',
    c.pages ? `, p. ${c.pages}` : '',
    c.citedIn ? [' (cited in ', el('span', { class: 'cited-in' }, c.citedIn), ')'] : '',
  ];
}
