// The time-slider view: the alliance network year by year, built on the public REST API alone.
// State lives in the address (?year=1963&actor=dprk&dyad=dprk/ussr), so that every view can be
// linked to and reloaded.
import { api } from './api.js';
import { el, formatNet } from './dom.js';
import { Network } from './network.js';
import { NetChart } from './chart.js';
import { TiesTable } from './ties.js';
import { Panel } from './panel.js';
import { STATUSES, swatch } from './palette.js';

const PLAY_STEP_MS = 1500;
const DEFAULT_ACTOR = 'dprk';
const $ = (id) => document.getElementById(id);

// The example query cypher/queries/triangle-1951.cypher, for any year.
export function triangleQuery(year) {
  return `MATCH (a:Actor)-[t:TIE {year: ${year}}]->(b:Actor)\n`
    + "WHERE a.id IN ['dprk', 'ussr', 'prc'] AND b.id IN ['dprk', 'ussr', 'prc']\n"
    + 'RETURN a, t, b;';
}

class TimeSlider {
  constructor(meta, actors, relations) {
    this.meta = meta;
    this.actors = actors;
    this.relations = relations;
    this.nameOf = (id) => actors.get(id)?.shortName ?? id;
    this.state = { year: meta.years.from, actor: DEFAULT_ACTOR, dyad: null, focus: null };
    this.triangles = new Map();
    this.indexes = new Map();
    this.timer = null;
  }

  /** Every tie of every year, with the number of years it holds: what the layout places. */
  union() {
    const ties = new Map();
    for (const dyads of this.relations.values()) {
      for (const d of dyads) {
        const id = `${d.a}/${d.b}`;
        const tie = ties.get(id) ?? { a: d.a, b: d.b, years: 0 };
        tie.years += 1;
        ties.set(id, tie);
      }
    }
    return [...ties.values()];
  }

  async start(params) {
    const union = this.union();
    this.inNetwork = new Set(union.flatMap((d) => [d.a, d.b]));
    this.network = new Network($('cy'), {
      actors: this.actors,
      union,
      onActor: (id) => this.chooseActor(id),
      onDyad: (id) => this.chooseDyad(id),
    });
    await this.network.place();
    this.chart = new NetChart($('chart'), { years: this.meta.years, nameOf: this.nameOf, onYear: (y) => this.setYear(y) });
    this.ties = new TiesTable({ caption: $('ties-caption'), own: $('ties-own'), other: $('ties-other'), nameOf: this.nameOf, onDyad: (id) => this.chooseDyad(id) });
    this.panel = new Panel({ root: $('panel'), title: $('panel-title'), body: $('panel-body'), nameOf: this.nameOf, onDyad: (id) => this.chooseDyad(id) });
    this.controls();
    this.legend();
    await this.readAddress(params);
    window.addEventListener('resize', () => {
      this.network.resize();
      this.chart.resize();
    });
    await this.showIndex();
    this.render();
    document.documentElement.dataset.ready = 'true';
  }

  /** Takes the view the address asks for; what it gets wrong is said, and the rest still opens. */
  async readAddress(params) {
    const problems = [];
    const { from, to } = this.meta.years;
    if (params.has('year')) {
      const year = Number(params.get('year'));
      if (Number.isInteger(year) && year >= from && year <= to) this.state.year = year;
      else problems.push(`year ${params.get('year')} is outside the data's range, ${from} to ${to}`);
    }
    if (params.has('actor')) {
      try {
        const actor = await api.actor(params.get('actor'));
        if (this.inNetwork.has(actor.id)) {
          this.state.actor = actor.id;
          this.state.focus = 'actor';
        } else problems.push(`${actor.name} has no tie of its own in the data`);
      } catch (e) {
        problems.push(e.message);
      }
    }
    if (params.has('dyad')) {
      const [a, b] = (params.get('dyad') ?? '').split('/').sort();
      if (this.inNetwork.has(a) && this.inNetwork.has(b)) {
        this.state.dyad = `${a}/${b}`;
        this.state.focus = 'dyad';
      } else problems.push(`no tie ${params.get('dyad')} in the data`);
    }
    this.say(problems.length ? `Not shown: ${problems.join('; ')}.` : '');
  }

  controls() {
    const { from, to } = this.meta.years;
    const slider = $('year');
    slider.min = from;
    slider.max = to;
    slider.disabled = false;
    slider.addEventListener('input', () => this.setYear(Number(slider.value)));
    const decades = [];
    for (let y = Math.ceil(from / 10) * 10; y <= to; y += 10) decades.push(y);
    $('decades').replaceChildren(...[from, ...decades.filter((y) => y !== from)].map((y) => el('option', { value: y })));
    // The labels under the slider stand where the thumb's centre passes their year.
    $('ticks').replaceChildren(...[from, ...decades.filter((y) => y - from >= 4 && to - y >= 4), to].map((y) =>
      el('span', { style: `left: calc(${thumbAt(y, from, to)})` }, String(y))));
    $('previous').addEventListener('click', () => this.setYear(this.state.year - 1));
    $('next').addEventListener('click', () => this.setYear(this.state.year + 1));
    $('play').addEventListener('click', () => (this.timer ? this.pause() : this.play()));
    const select = $('actor');
    const choices = [...this.inNetwork].map((id) => this.actors.get(id) ?? { id, shortName: id, name: id })
      .sort((x, y) => x.shortName.localeCompare(y.shortName));
    select.replaceChildren(...choices.map((a) => el('option', { value: a.id, title: a.name }, a.shortName)));
    select.disabled = false;
    select.addEventListener('change', () => this.chooseActor(select.value));
  }

  legend() {
    const items = STATUSES.map((s) => el('li', {}, swatch(s.status), ' ', s.status));
    items.push(el('li', { class: 'legend-note' }, 'width: the size of the net index; thin: no evidence'));
    items.push(el('li', { class: 'legend-note' }, el('span', { class: 'triangle-key' }), el('span', { class: 'shadow-key' }), 'the Sino-Soviet-DPRK triangle'));
    items.push(el('li', { class: 'legend-note' }, '\u25CB state \u00B7 \u2B21 group \u00B7 \u25A2 organization \u00B7 \u25C7 command \u00B7 \u25B3 party'));
    $('legend').replaceChildren(...items);
  }

  play() {
    if (this.state.year >= this.meta.years.to) this.setYear(this.meta.years.from);
    this.timer = setInterval(() => {
      if (this.state.year >= this.meta.years.to) this.pause();
      else this.setYear(this.state.year + 1);
    }, PLAY_STEP_MS);
    $('play').textContent = 'Pause';
    $('play').setAttribute('aria-pressed', 'true');
  }

  pause() {
    clearInterval(this.timer);
    this.timer = null;
    $('play').textContent = 'Play';
    $('play').setAttribute('aria-pressed', 'false');
  }

  setYear(year) {
    const { from, to } = this.meta.years;
    const next = Math.max(from, Math.min(to, year));
    if (next === this.state.year) return;
    this.state.year = next;
    this.render();
  }

  async chooseActor(id) {
    this.state.actor = id;
    this.state.dyad = null;
    this.state.focus = 'actor';
    this.render();
    await this.showIndex();
  }

  chooseDyad(id) {
    this.state.dyad = id;
    this.state.focus = 'dyad';
    this.render();
    $('panel').focus({ preventScroll: true });
  }

  async showIndex() {
    const actor = this.state.actor;
    $('chart-title').textContent = `Net index of ${this.nameOf(actor)} with each partner`;
    try {
      if (!this.indexes.has(actor)) this.indexes.set(actor, api.index(actor));
      const index = await this.indexes.get(actor);
      if (actor === this.state.actor) this.chart.show(index, this.state.year);
    } catch (e) {
      this.say(`The index of ${this.nameOf(actor)} could not be read: ${e.message}`);
    }
  }

  render() {
    const { year, actor, dyad, focus } = this.state;
    const dyads = this.relations.get(year) ?? [];
    $('year').value = String(year);
    $('year-value').textContent = String(year);
    $('actor').value = actor;
    $('previous').disabled = year <= this.meta.years.from;
    $('next').disabled = year >= this.meta.years.to;
    document.title = `${year}: North Korea's alliances, year by year`;
    $('network-title').textContent = `The network in ${year}: ${dyads.length} ${dyads.length === 1 ? 'tie' : 'ties'}`;
    const empty = $('empty-year');
    empty.hidden = dyads.length > 0;
    empty.textContent = `No fact of the article counts in ${year}.`;
    this.network.show(dyads, actor, dyad);
    this.ties.show(year, dyads, actor, dyad);
    this.chart.mark(year);
    this.showTriangle(year);
    this.showBrowserLink(year);
    if (focus === 'dyad' && dyad) {
      const found = dyads.find((d) => `${d.a}/${d.b}` === dyad);
      if (found) this.panel.showDyad(year, found);
      else {
        const [a, b] = dyad.split('/');
        this.panel.showNothing(`No fact of the article ties ${this.nameOf(a)} and ${this.nameOf(b)} in ${year}: the source is silent, which is not the same as no relation.`);
      }
    } else if (focus === 'actor') {
      this.panel.showActor(year, this.actors.get(actor) ?? { id: actor, name: actor, kind: '', aliases: [], members: [] }, dyads);
    }
    this.writeAddress();
  }

  async showTriangle(year) {
    const caption = $('triangle');
    try {
      if (!this.triangles.has(year)) this.triangles.set(year, api.triangle(year));
      const triangle = await this.triangles.get(year);
      if (year !== this.state.year) return;
      const edges = triangle.edges.map((e) => `${this.nameOf(e.a)}\u2013${this.nameOf(e.b)} ${e.status} (${e.net == null ? 'no evidence' : `net ${formatNet(e.net)}`})`);
      caption.textContent = `Triangle ${triangle.actors.map(this.nameOf).join('\u2013')}: ${triangle.balance}. ${edges.join('; ')}.`;
    } catch (e) {
      if (year === this.state.year) caption.textContent = '';
    }
  }

  /** The link to the same year's triangle in Neo4j Browser, where /api/meta says one runs. */
  showBrowserLink(year) {
    const link = $('browser-link');
    const browser = this.meta.browser;
    if (!browser) {
      link.hidden = true;
      return;
    }
    const query = new URLSearchParams({ dbms: browser.bolt, cmd: 'edit', arg: triangleQuery(year) });
    if (!browser.authentication) query.set('preselectAuthMethod', 'NO_AUTH');
    link.href = `${browser.url}?${query}`;
    link.textContent = `The ${year} triangle in Neo4j Browser`;
    link.target = '_blank';
    link.rel = 'noopener';
    link.hidden = false;
  }

  writeAddress() {
    const params = new URLSearchParams({ year: this.state.year, actor: this.state.actor });
    if (this.state.focus === 'dyad' && this.state.dyad) params.set('dyad', this.state.dyad);
    history.replaceState(null, '', `?${params.toString().replaceAll('%2F', '/')}`);
  }

  say(text) {
    $('message').textContent = text;
    $('message').hidden = !text;
  }
}

/** Where a range input's thumb centre stands for a value, as a CSS length (the thumb is 16px wide). */
function thumbAt(value, min, max) {
  const share = (value - min) / (max - min);
  return `${share * 100}% + ${(0.5 - share) * 16}px`;
}

async function main() {
  const message = $('message');
  try {
    const [meta, actorList] = await Promise.all([api.meta(), api.actors()]);
    const actors = new Map(actorList.map((a) => [a.id, a]));
    const source = meta.sources[0];
    if (source) $('source').textContent = `From ${source.citation}. Every tie rests on the article's words; every score on its facts.`;
    const { from, to } = meta.years;
    message.textContent = `Reading the ties of ${to - from + 1} years\u2026`;
    const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const answers = await Promise.all(years.map((y) => api.relations(y)));
    const relations = new Map(answers.map((r) => [r.year, r.dyads]));
    const view = new TimeSlider(meta, actors, relations);
    // For the browser's console, and for the end-to-end test that checks what is drawn.
    window.timeSlider = view;
    message.hidden = true;
    await view.start(new URLSearchParams(location.search));
  } catch (e) {
    message.hidden = false;
    message.textContent = `The graph could not be read: ${e.message}`;
    document.documentElement.dataset.ready = 'failed';
  }
}

main();
