// The chosen actor's net index with each partner over the years, drawn with ECharts. A year
// without a scored fact is null in the API and stays null here: ECharts leaves a gap.
import { PARTNER_COLOURS } from './palette.js';

const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin', 'arrow', 'emptyCircle'];
const SHOWN_AT_FIRST = 6;
// The article covers 1945 to the early 1970s; the chart opens on those years and zooms out on demand.
const FIRST_VIEW_END = 1975;

export class NetChart {
  constructor(container, { years, nameOf, onYear }) {
    this.years = years;
    this.nameOf = nameOf;
    this.chart = echarts.init(container, null, { renderer: 'svg' });
    this.chart.on('click', (event) => {
      if (Array.isArray(event.value)) onYear(event.value[0]);
    });
    this.year = years.from;
  }

  /** Draws the index of `index.actor` (an /api/index answer); the partners with most scored years show first. */
  show(index, year) {
    this.index = index;
    this.year = year;
    const partners = [...index.partners]
      .map((p) => ({ ...p, scored: p.years.filter((y) => y.net != null).length }))
      .sort((a, b) => b.scored - a.scored || a.partner.localeCompare(b.partner));
    const selected = Object.fromEntries(partners.map((p, i) => [this.nameOf(p.partner), i < SHOWN_AT_FIRST]));
    const series = partners.map((p, i) => ({
      name: this.nameOf(p.partner),
      type: 'line',
      connectNulls: false,
      showSymbol: true,
      symbol: SYMBOLS[i % SYMBOLS.length],
      symbolSize: 6,
      lineStyle: { width: 2, type: i < PARTNER_COLOURS.length ? 'solid' : 'dashed' },
      color: PARTNER_COLOURS[i % PARTNER_COLOURS.length],
      data: p.years.map((y) => [y.year, y.net]),
      emphasis: { focus: 'series' },
    }));
    series.push(this.yearMarker(year));
    this.chart.setOption({
      aria: { enabled: true },
      animation: false,
      color: PARTNER_COLOURS,
      grid: { left: 48, right: 20, top: 58, bottom: 62 },
      legend: { type: 'scroll', top: 0, data: series.slice(0, -1).map((s) => s.name), selected },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v) => (v == null || Number.isNaN(v) ? 'no evidence' : v.toFixed(2)),
      },
      xAxis: { type: 'value', min: this.years.from, max: this.years.to, minInterval: 1, axisLabel: { formatter: (v) => String(v) } },
      yAxis: { type: 'value', name: 'net', nameLocation: 'end', splitLine: { lineStyle: { color: '#e6e6e6' } } },
      dataZoom: [
        { type: 'slider', xAxisIndex: 0, startValue: this.years.from, endValue: Math.min(FIRST_VIEW_END, this.years.to), bottom: 8, height: 22, labelFormatter: (v) => String(Math.round(v)) },
        { type: 'inside', xAxisIndex: 0 },
      ],
      series,
    }, { notMerge: true });
    this.keepInView(year);
  }

  /** Moves the line that marks the slider's year. */
  mark(year) {
    this.year = year;
    if (!this.index) return;
    this.chart.setOption({ series: [{ id: 'year-marker', markLine: this.yearMarker(year).markLine }] });
    this.keepInView(year);
  }

  yearMarker(year) {
    return {
      id: 'year-marker',
      name: 'year',
      type: 'line',
      data: [],
      silent: true,
      markLine: {
        silent: true,
        symbol: 'none',
        animation: false,
        lineStyle: { color: '#1d1d1d', type: 'solid', width: 1.5 },
        label: { formatter: String(year), position: 'end' },
        data: [{ xAxis: year }, { yAxis: 0, lineStyle: { color: '#8a8a8a', width: 1, type: 'solid' }, label: { show: false } }],
      },
    };
  }

  /** Shifts the zoomed window when the year leaves it, keeping its width. */
  keepInView(year) {
    const zoom = this.chart.getOption().dataZoom?.[0];
    if (!zoom) return;
    const from = zoom.startValue;
    const to = zoom.endValue;
    if (year >= from && year <= to) return;
    const width = to - from;
    const start = Math.max(this.years.from, Math.min(year - Math.round(width / 2), this.years.to - width));
    this.chart.dispatchAction({ type: 'dataZoom', startValue: start, endValue: start + width });
  }

  /** The values drawn for one partner, year by year (null where there is no evidence). */
  valuesOf(partner) {
    const series = this.chart.getOption().series.find((s) => s.name === this.nameOf(partner));
    return series ? Object.fromEntries(series.data.map(([year, net]) => [year, net])) : null;
  }

  resize() {
    this.chart.resize();
  }
}
