// The five levels of 好差评 as faces: 5 非常满意 … 1 非常不满意, each a colour and a mouth, drawn
// as SVG (no image files, no inline script). The rating screen and the phone page share them.
const SVG = 'http://www.w3.org/2000/svg';

/** Best first, as the national rule lists them; 1 and 2 are 差评. */
export const SCORES = [5, 4, 3, 2, 1];
const COLOURS = { 5: '#136b3a', 4: '#3d7f1f', 3: '#8a5200', 2: '#b34a0c', 1: '#a3161d' };
// The mouth from a smile (5) to a frown (1): the control point of a quadratic curve.
const MOUTH = { 5: 84, 4: 76, 3: 66, 2: 56, 1: 50 };

function node(tag, attrs) {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  return n;
}

/** A face for the score, decorative (the button around it carries the words). */
export function face(score) {
  const svg = node('svg', { viewBox: '0 0 100 100', class: 'face', 'aria-hidden': 'true', focusable: 'false' });
  svg.append(
    node('circle', { cx: 50, cy: 50, r: 46, fill: COLOURS[score] }),
    node('circle', { cx: 34, cy: 40, r: 7, fill: '#fff' }),
    node('circle', { cx: 66, cy: 40, r: 7, fill: '#fff' }),
    node('path', {
      d: `M28 66 Q50 ${MOUTH[score]} 72 66`,
      stroke: '#fff', 'stroke-width': 7, fill: 'none', 'stroke-linecap': 'round',
    }),
  );
  return svg;
}

export const isBad = (score) => score <= 2;
