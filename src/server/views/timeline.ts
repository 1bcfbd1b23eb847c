// A speaker's quotations over time as server-rendered SVG: one lollipop per cluster at its first
// appearance, as tall as the number of times it was reported. Each point links to the cluster.
// Presentation attributes (fill, stroke) are not inline styles, so the CSP allows them.
import type { SpeakerDetail } from '../../corpus/store.js';
import { html, type Html } from '../html.js';
import { links } from '../links.js';
import { formatDate } from './layout.js';

const width = 640;
const height = 180;
const pad = { left: 36, right: 16, top: 16, bottom: 36 };

export function timelineChart(clusters: SpeakerDetail['clusters'], label: string): Html {
  const dated = clusters
    .map((c) => ({ ...c, time: c.firstSeen.published ? Date.parse(c.firstSeen.published) : NaN }))
    .filter((c) => Number.isFinite(c.time));
  if (dated.length === 0) return html`<p class="muted">No dated quotations to chart.</p>`;
  const t0 = Math.min(...dated.map((c) => c.time));
  const t1 = Math.max(...dated.map((c) => c.time));
  const span = t1 - t0 || 1;
  const most = Math.max(...dated.map((c) => c.appearances), 1);
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const x = (t: number) => (dated.length === 1 || t1 === t0 ? pad.left + plotW / 2 : pad.left + ((t - t0) / span) * plotW);
  const y = (n: number) => pad.top + plotH - (n / most) * plotH;
  const baseline = pad.top + plotH;
  const first = dated.reduce((a, b) => (a.time <= b.time ? a : b));
  const last = dated.reduce((a, b) => (a.time >= b.time ? a : b));
  return html`<figure class="timeline">
<svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="timeline-title">
<title id="timeline-title">${label}</title>
<line x1="${pad.left}" y1="${baseline}" x2="${width - pad.right}" y2="${baseline}" stroke="currentColor" stroke-width="1"/>
<line x1="${pad.left}" y1="${pad.top}" x2="${pad.left}" y2="${baseline}" stroke="currentColor" stroke-width="1"/>
<text x="${pad.left - 6}" y="${pad.top + 4}" text-anchor="end" font-size="11" fill="currentColor">${most}</text>
<text x="${pad.left - 6}" y="${baseline}" text-anchor="end" font-size="11" fill="currentColor">0</text>
<text x="${pad.left}" y="${height - 12}" font-size="11" fill="currentColor">${formatDate(first.firstSeen.published)}</text>
${t1 !== t0 ? html`<text x="${width - pad.right}" y="${height - 12}" text-anchor="end" font-size="11" fill="currentColor">${formatDate(last.firstSeen.published)}</text>` : ''}
${dated.map((c) => {
  const cx = x(c.time).toFixed(1);
  const cy = y(c.appearances).toFixed(1);
  return html`<a href="${links.quote(c.id)}" class="point"><title>${formatDate(c.firstSeen.published)}: ${c.text} (${c.appearances}×)</title><line x1="${cx}" y1="${baseline}" x2="${cx}" y2="${cy}" stroke="#3465a4" stroke-width="2"/><circle cx="${cx}" cy="${cy}" r="6" fill="#3465a4"/></a>`;
})}
</svg>
<figcaption>Quotations by date first seen; height is the number of times each was reported.</figcaption>
</figure>`;
}
