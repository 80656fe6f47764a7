// Building elements from data without innerHTML, so that no text from the graph is read as markup.

/** An element with attributes (`class`, `data-*`, `aria-*`, others) and children (nodes or text). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value == null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** A net as the page writes it: signed, two decimals, or "no evidence" where nothing scores. */
export function formatNet(net) {
  if (net == null) return 'no evidence';
  const text = Math.abs(net).toFixed(2);
  return net < 0 ? `\u2212${text}` : net > 0 ? `+${text}` : text;
}

/** A period as the source states it: "1962 to 1964", one bound when both are the same; ".." is an open bound. */
export function formatPeriod(start, end) {
  const open = (bound) => bound == null || bound === '..';
  if (open(start) && open(end)) return 'undated';
  if (open(end)) return `from ${start}, open-ended`;
  if (open(start)) return `until ${end}`;
  return end === start ? start : `${start} to ${end}`;
}
