// A JSON Canvas file drawn as Obsidian's canvas shows it (light theme), as one HTML page:
// groups with their labels above, cards with markdown text or a file's name, colour presets
// 1-6, edges as straight lines between the chosen sides with the label at the midpoint.
import { basename, dirname } from "node:path";

// Obsidian's light theme: canvas colour presets 1-6 (red, orange, yellow, green, cyan, purple).
const PRESET = {
  1: "233, 49, 71", 2: "236, 117, 0", 3: "224, 172, 0",
  4: "8, 185, 78", 5: "0, 191, 188", 6: "120, 82, 238",
};
const NEUTRAL = "171, 171, 171";
const LABEL_ROOM = 44; // a group's label sits above its top edge

function colour(value) {
  if (!value) return NEUTRAL;
  if (PRESET[value]) return PRESET[value];
  const hex = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
  return hex ? hex.slice(1).map((h) => parseInt(h, 16)).join(", ") : NEUTRAL;
}

function esc(text) {
  return String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

function side(node, name) {
  const { x, y, width: w, height: h } = node;
  return {
    top: [x + w / 2, y], bottom: [x + w / 2, y + h],
    left: [x, y + h / 2], right: [x + w, y + h / 2],
  }[name];
}

/** The side facing the other node, when the edge names none. */
function facing(node, other) {
  const dx = other.x + other.width / 2 - (node.x + node.width / 2);
  const dy = other.y + other.height / 2 - (node.y + node.height / 2);
  if (Math.abs(dx) > Math.abs(dy)) return dx > 0 ? "right" : "left";
  return dy > 0 ? "bottom" : "top";
}

function arrowHead(to, from, rgb) {
  const [x, y] = to;
  const angle = Math.atan2(y - from[1], x - from[0]);
  const len = 14, half = 7;
  const bx = x - len * Math.cos(angle), by = y - len * Math.sin(angle);
  const px = -Math.sin(angle) * half, py = Math.cos(angle) * half;
  return `<polygon points="${x},${y} ${bx + px},${by + py} ${bx - px},${by - py}" fill="rgb(${rgb})"/>`;
}

/** The page for one canvas, scaled to `width` px; returns { html, width, height }. */
export function canvasPage(canvas, md, css, width = 1400) {
  const nodes = canvas.nodes || [];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const minX = Math.min(...nodes.map((n) => n.x)) - 40;
  const minY = Math.min(...nodes.map((n) => n.y - (n.type === "group" ? LABEL_ROOM : 0))) - 40;
  const maxX = Math.max(...nodes.map((n) => n.x + n.width)) + 40;
  const maxY = Math.max(...nodes.map((n) => n.y + n.height)) + 40;
  const worldW = maxX - minX, worldH = maxY - minY;
  const scale = width / worldW;
  const place = (n) => `left:${n.x - minX}px;top:${n.y - minY}px;width:${n.width}px;height:${n.height}px`;

  const groups = nodes.filter((n) => n.type === "group").map((n) =>
    `<div class="group" style="${place(n)};--c:${colour(n.color)}">` +
    (n.label ? `<div class="group-label">${esc(n.label)}</div>` : "") + "</div>");
  const cards = nodes.filter((n) => n.type !== "group").map((n) => {
    let body;
    if (n.type === "text") body = `<div class="text">${md.render(n.text || "")}</div>`;
    else if (n.type === "file") {
      const name = basename(n.file).replace(/\.md$/, "");
      const folder = dirname(n.file);
      body = `<div class="file"><div class="file-name">${esc(name)}</div>` +
        (folder !== "." ? `<div class="file-folder">${esc(folder)}</div>` : "") + "</div>";
    } else if (n.type === "link") body = `<div class="text"><a>${esc(n.url)}</a></div>`;
    else body = "";
    return `<div class="card${n.color ? " themed" : ""}" style="${place(n)};--c:${colour(n.color)}">${body}</div>`;
  });
  const lines = [], labels = [];
  for (const e of canvas.edges || []) {
    const a = byId.get(e.fromNode), b = byId.get(e.toNode);
    if (!a || !b) continue;
    const p = side(a, e.fromSide || facing(a, b)).map((v, i) => v - (i ? minY : minX));
    const q = side(b, e.toSide || facing(b, a)).map((v, i) => v - (i ? minY : minX));
    const rgb = e.color ? colour(e.color) : "150, 150, 150";
    lines.push(`<line x1="${p[0]}" y1="${p[1]}" x2="${q[0]}" y2="${q[1]}" stroke="rgb(${rgb})" stroke-width="2.5"/>`);
    if ((e.toEnd || "arrow") === "arrow") lines.push(arrowHead(q, p, rgb));
    if (e.fromEnd === "arrow") lines.push(arrowHead(p, q, rgb));
    if (e.label) {
      labels.push(`<div class="edge-label" style="left:${(p[0] + q[0]) / 2}px;top:${(p[1] + q[1]) / 2}px">${esc(e.label)}</div>`);
    }
  }
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { width: ${width}px; overflow: hidden; }
.world { position: relative; width: ${worldW}px; height: ${worldH}px; transform: scale(${scale}); transform-origin: 0 0;
  background-color: #ffffff; background-image: radial-gradient(#e0e0e0 1.5px, transparent 1.5px);
  background-size: 20px 20px; background-position: ${-minX % 20}px ${-minY % 20}px; }
.group, .card { position: absolute; border-radius: 8px; }
.group { border: 3px solid rgba(var(--c), 0.9); background: rgba(var(--c), 0.07); }
.group-label { position: absolute; bottom: 100%; left: 0; margin-bottom: 6px; padding: 2px 10px; border-radius: 6px;
  font-size: 22px; font-weight: 500; color: var(--text-normal); background: rgba(var(--c), 0.18); white-space: nowrap; }
.card { border: 2px solid rgb(var(--c)); background: #ffffff; overflow: hidden; }
.card.themed { border-width: 3px; }
.card.themed > div { background: rgba(var(--c), 0.08); }
.card > div { height: 100%; padding: 8px 16px; }
.card .text { font-size: 16px; line-height: 1.5; }
.card .text > :first-child { margin-top: 0; }
.card .text p { margin: 0 0 0.6em; }
.card .text ul { margin: 0.2em 0 0.6em; }
.card .file { display: flex; flex-direction: column; justify-content: center; }
.file-name { font-size: 18px; font-weight: 700; line-height: 1.35; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.file-folder { font-size: 13px; line-height: 1.3; color: var(--text-muted); }
svg.edges { position: absolute; left: 0; top: 0; overflow: visible; }
.edge-label { position: absolute; transform: translate(-50%, -50%); background: #ffffff; padding: 1px 6px;
  border-radius: 4px; font-size: 15px; color: var(--text-muted); white-space: nowrap; }
</style></head><body><div class="world">${groups.join("")}
<svg class="edges" width="${worldW}" height="${worldH}">${lines.join("")}</svg>
${cards.join("")}${labels.join("")}</div></body></html>`;
  return { html, width, height: Math.ceil(worldH * scale) };
}
