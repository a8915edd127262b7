// Building the page: el('li', {class: 'x', dataset: {seq: 1}, onclick: fn}, 'text', child, [more]).

/** Makes an element. Attributes: class, dataset, text, on<event> (a function), the rest as is. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    node.append(c instanceof Node ? c : String(c));
  }
  return node;
}

/** The element with this id. */
export const $ = (id) => document.getElementById(id);

/** Shows a short outcome in the page's #status box (kind: ok or error). */
export function status(message, kind = 'ok') {
  const box = $('status');
  if (!box) return;
  box.className = 'status ' + kind;
  box.textContent = message;
}

/** Calls fn once, `wait` ms after the last call of a burst. */
export function debounce(fn, wait) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
