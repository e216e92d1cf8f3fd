// Small DOM helpers. Text from the store (articles, names) always goes in
// as text nodes, never as HTML.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function goldstein(value) {
  const v = Number(value ?? 0);
  return el('span', { class: `gold ${v > 0 ? 'pos' : v < 0 ? 'neg' : ''}` }, (v > 0 ? '+' : '') + v.toFixed(1));
}

export function party(code, name) {
  if (!code) return '—';
  return name && name !== code ? `${name} (${code})` : code;
}
