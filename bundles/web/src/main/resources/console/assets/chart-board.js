// The charts of one page (the dashboard's sixty-odd for the district): each is drawn when it comes within a screen of
// the visible part of the page, not all at once. Drawing every chart before the first screen was usable cost about
// 0.6 s of script on this machine's Chromium, and the first screen shows four to six of them. Nothing is hidden
// until then: every chart's figures are in its text alternative and its data table from the start, and printing
// draws the rest before the page is laid out for paper.
export class ChartBoard {
  constructor(echarts) {
    this.echarts = echarts;
    this.waiting = new Map(); // element → the option it will be drawn with
    this.drawn = new Map(); // element → its chart
    this.nearby = new IntersectionObserver((entries) => entries.forEach(({ target, isIntersecting }) => {
      if (isIntersecting) this.draw(target);
    }), { rootMargin: '100% 0px' });
    // only a chart whose box changed draws again: observing reports every chart's first size, which it was drawn at
    this.resized = new ResizeObserver((entries) => entries.forEach(({ target }) => {
      const chart = this.drawn.get(target);
      if (chart && (chart.getWidth() !== target.clientWidth || chart.getHeight() !== target.clientHeight)) chart.resize();
    }));
    this.beforePrint = () => [...this.waiting.keys()].forEach((element) => this.draw(element));
    window.addEventListener('beforeprint', this.beforePrint);
  }

  /** Draws the chart in `element` (sized by the style sheet) once the element is in the document near the screen. */
  place(element, option) {
    this.waiting.set(element, option);
    // the page puts the element into the document after this call: look where it is from the next frame on
    requestAnimationFrame(() => {
      if (this.waiting.get(element) === option) this.nearby.observe(element);
    });
  }

  draw(element) {
    const option = this.waiting.get(element);
    this.waiting.delete(element);
    this.nearby.unobserve(element);
    if (!option || !element.isConnected) return;
    const chart = this.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({ animation: false, textStyle: { fontFamily: 'inherit' }, ...option });
    this.drawn.set(element, chart);
    this.resized.observe(element);
  }

  /** Forgets every chart (drawn or not), before the page draws new figures. */
  clear() {
    this.nearby.disconnect();
    this.waiting.clear();
    this.drawn.forEach((chart, element) => {
      this.resized.unobserve(element);
      chart.dispose();
    });
    this.drawn.clear();
  }

  /** When the page is left. */
  dispose() {
    this.clear();
    this.resized.disconnect();
    window.removeEventListener('beforeprint', this.beforePrint);
  }
}
