// Renders vaultkit's golden notes (tests/golden/{due,themes,network,health}.{en,ru}.md) and
// the sample vault's Network.canvas to docs/pictures/*.png as Obsidian's reading view and
// canvas show them, and writes docs/pictures/rendered-from.json (the sha256 of each source).
// Run through docs/render.sh. Options: --strict (exit 1 when a Mermaid diagram's smallest
// text is under 12 px at the 700 px column), --chromium PATH (default /usr/bin/chromium).
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { canvasPage } from "./canvas.mjs";
import { hideBlockIds, makeMarkdown, splitFrontMatter, svgIcon } from "./markdown.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, "..", "..");
const GOLDEN = join(REPO, "tests", "golden");
const OUT = join(REPO, "docs", "pictures");
const NOTES = ["due", "themes", "network", "health"];
const LANGUAGES = ["en", "ru"];
const TODAY = "2026-11-24";
const MAX_HEIGHT = 2000; // a longer note is split at block boundaries into NAME.png, NAME.2.png ...
const MIN_FONT_PX = 12; // the issue's bound for text in a Mermaid diagram

const args = process.argv.slice(2);
const strict = args.includes("--strict");
const chromiumPath = args.includes("--chromium") ? args[args.indexOf("--chromium") + 1]
  : process.env.CHROMIUM || "/usr/bin/chromium";
const css = readFileSync(join(HERE, "obsidian.css"), "utf8");
const mermaidJs = join(HERE, "node_modules", "mermaid", "dist", "mermaid.min.js");
const sha256 = (path) => createHash("sha256").update(readFileSync(path)).digest("hex");
const rel = (path) => relative(REPO, path).split("\\").join("/");

/** The golden test's config: language plus the NEWS_AND_EVENTS block of tests/test_cli.py. */
function goldenConfig(language) {
  const source = readFileSync(join(REPO, "tests", "test_cli.py"), "utf8");
  const block = /NEWS_AND_EVENTS = """([\s\S]*?)"""/.exec(source);
  if (!block) throw new Error("tests/test_cli.py: NEWS_AND_EVENTS not found; update docs/render/render.mjs");
  return `language = "${language}"\n${block[1]}`;
}

function vaultkitCommand() {
  const venv = join(REPO, ".venv", "bin", "vaultkit");
  return existsSync(venv) ? [venv, []] : ["python3", ["-m", "vaultkit"]];
}

/** Rebuilds a copy of sample_vault as the golden test does; returns the copy's path. */
function rebuildSample(language, workdir) {
  const copy = join(workdir, `sample-${language}`);
  // as the tests' sample_copy: without a cache or notes an earlier rebuild left in sample_vault/
  const root = join(REPO, "sample_vault");
  const generatedHere = new Set([join(root, ".vaultkit"), join(root, "vaultkit")]);
  cpSync(root, copy, { recursive: true, filter: (src) => !generatedHere.has(src) });
  mkdirSync(join(copy, ".vaultkit"));
  writeFileSync(join(copy, ".vaultkit", "config.toml"), goldenConfig(language));
  const [cmd, pre] = vaultkitCommand();
  execFileSync(cmd, [...pre, "rebuild", copy, "--today", TODAY], { cwd: REPO, stdio: ["ignore", "ignore", "pipe"] });
  return copy;
}

/** The generated note of a kind in a rebuilt copy: { title, text }. */
function generated(copy, name) {
  for (const file of readdirSync(join(copy, "vaultkit"))) {
    if (!file.endsWith(".md")) continue;
    const text = readFileSync(join(copy, "vaultkit", file), "utf8");
    if (text.startsWith(`---\nvaultkit: ${name}\n`)) return { title: file.slice(0, -3), text };
  }
  throw new Error(`no generated note "${name}" in ${copy}/vaultkit`);
}

// Obsidian's property icons (lucide): text, and calendar for a date
const TEXT_ICON = '<path d="M4 7V4h16v3"/><path d="M9 20h6"/><path d="M12 4v16"/>';
const DATE_ICON = '<rect width="18" height="18" x="3" y="4" rx="2"/><path d="M16 2v4"/><path d="M8 2v4"/><path d="M3 10h18"/>';

function notePage(title, text, resolves) {
  const md = makeMarkdown(resolves);
  const [props, body] = splitFrontMatter(text);
  const rows = props.map(([k, v]) => `<div class="metadata-property"><div class="metadata-property-key">` +
    `${svgIcon(/^\d{4}-\d\d-\d\d$/.test(v) ? DATE_ICON : TEXT_ICON, "svg-icon")}${md.utils.escapeHtml(k)}</div><div>${md.utils.escapeHtml(v)}</div></div>`);
  const meta = rows.length ? `<div class="metadata-container"><div class="title">Properties</div>${rows.join("")}</div>` : "";
  const html = md.render(hideBlockIds(body)).replace(/<table>/g, '<div class="table-wrapper"><table>').replace(/<\/table>/g, "</table></div>");
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>
<div class="markdown-preview-view"><div class="inline-title">${md.utils.escapeHtml(title)}</div>${meta}
<div class="markdown-rendered">${html}</div></div></body></html>`;
}

/** In the page: draws every Mermaid block, then measures its smallest text in screen px. */
async function drawMermaid(page) {
  if (!(await page.$(".mermaid"))) return [];
  await page.addScriptTag({ path: mermaidJs });
  return page.evaluate(async () => {
    // handDrawnSeed: mermaid 11 draws node shapes through rough.js, randomly unless seeded,
    // which changed the map's pixels on every run
    mermaid.initialize({ startOnLoad: false, theme: "default", securityLevel: "loose", handDrawnSeed: 1,
      fontFamily: getComputedStyle(document.body).fontFamily });
    await mermaid.run({ querySelector: ".mermaid" });
    return [...document.querySelectorAll(".mermaid svg")].map((svg) => {
      const kind = svg.getAttribute("aria-roledescription") || "diagram";
      let smallest = null;
      for (const el of svg.querySelectorAll("*")) {
        const own = [...el.childNodes].filter((c) => c.nodeType === 3).map((c) => c.textContent).join("").trim();
        if (!own || el.closest("style, title, desc")) continue;
        const style = getComputedStyle(el);
        if (style.display === "none" || style.visibility === "hidden") continue;
        let holder = el;
        while (holder && !(holder instanceof SVGGraphicsElement)) holder = holder.parentElement;
        const m = holder.getScreenCTM();
        const px = parseFloat(style.fontSize) * Math.hypot(m.a, m.b);
        if (!smallest || px < smallest.px) smallest = { px: Math.round(px * 10) / 10, text: own };
      }
      const box = svg.getBoundingClientRect();
      const vb = svg.viewBox.baseVal;
      return { kind, smallest, width: Math.round(box.width), natural: Math.round(vb.width), height: Math.round(box.height) };
    });
  });
}

/** Where to split the note into pictures of at most MAX_HEIGHT px: [top, bottom] pairs in
 * page px, each cut at the end of a block (a paragraph, a heading, a list item, a table). */
async function splitPoints(page) {
  return page.evaluate((max) => {
    const view = document.querySelector(".markdown-preview-view");
    const top = view.getBoundingClientRect().top + window.scrollY;
    const bottom = view.getBoundingClientRect().bottom + window.scrollY;
    const body = view.querySelector(".markdown-rendered");
    const blocks = [...body.children, ...body.querySelectorAll(":scope > ul > li, :scope > ol > li")]
      .filter((b) => !/^H[1-6]$/.test(b.tagName)); // never end a picture on a heading
    const ends = [...new Set(blocks.map((b) => Math.ceil(b.getBoundingClientRect().bottom + window.scrollY)))]
      .sort((a, b) => a - b);
    const parts = [];
    let from = top;
    while (bottom - from > max + 300) { // no last part of a few px only
      const fits = ends.filter((y) => y > from + 200 && y <= from + max);
      const to = fits.length ? fits[fits.length - 1] + 1 : from + max;
      parts.push([from, to]);
      from = to;
    }
    parts.push([from, bottom]);
    return parts.map(([a, b]) => [Math.floor(a), Math.ceil(b)]);
  }, MAX_HEIGHT);
}

/** Screenshots the note, in parts when it is long; returns the file names written. */
async function shoot(page, stem) {
  const parts = await splitPoints(page);
  const files = [];
  for (const [i, [from, to]] of parts.entries()) {
    const file = i === 0 ? `${stem}.png` : `${stem}.${i + 1}.png`;
    await page.screenshot({ path: join(OUT, file), fullPage: true, clip: { x: 0, y: from, width: 764, height: to - from } });
    files.push(file);
  }
  return files;
}

/** docs/pictures/README.md: every picture, under the note it shows. */
function index(sources) {
  const lines = ["# What vaultkit's notes look like in Obsidian", "",
    "Rendered by `docs/render.sh` from `tests/golden/` and the sample vault's canvas (see Pictures",
    "in the main README); a long note is split into parts. Do not edit: the script rewrites this file.", ""];
  for (const [source, { pictures }] of Object.entries(sources)) {
    lines.push(`## ${source.startsWith("canvas.") ? `The canvas (${source.slice(7)})` : `\`${source}\``}`, "");
    for (const picture of pictures) lines.push(`![${picture}](${picture})`, "");
  }
  return lines.join("\n");
}

async function main() {
  if (!existsSync(chromiumPath)) {
    console.error(`No Chromium at ${chromiumPath}: apt-get install -y chromium (or pass --chromium PATH)`);
    return 2;
  }
  mkdirSync(OUT, { recursive: true });
  for (const old of readdirSync(OUT)) if (old.endsWith(".png")) rmSync(join(OUT, old));
  const work = mkdtempSync(join(tmpdir(), "vaultkit-pictures-"));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--font-render-hinting=none"],
    ignoreDefaultArgs: ["--hide-scrollbars"] }); // a wide table's scrollbar shows that it scrolls
  const sources = {};
  const small = [];
  try {
    const page = await browser.newPage({ viewport: { width: 764, height: 1200 }, deviceScaleFactor: 1 });
    for (const language of LANGUAGES) {
      const copy = rebuildSample(language, work);
      const resolves = (path) => existsSync(join(copy, path)) || existsSync(join(copy, `${path}.md`));
      for (const name of NOTES) {
        const goldenPath = join(GOLDEN, `${name}.${language}.md`);
        const text = readFileSync(goldenPath, "utf8");
        const now = generated(copy, name);
        if (now.text !== text) console.warn(`warning: ${rel(goldenPath)} differs from what vaultkit writes now (run the golden test)`);
        await page.setViewportSize({ width: 764, height: 1200 });
        await page.setContent(notePage(now.title, text, resolves), { waitUntil: "load" });
        await page.evaluate(() => document.fonts.ready);
        const diagrams = await drawMermaid(page);
        diagrams.forEach((d, i) => {
          const s = d.smallest;
          const where = `${name}.${language} ${d.kind} #${i + 1}`;
          console.log(`mermaid ${where}: smallest text ${s ? s.px : "?"} px ("${s ? s.text : ""}"), drawn ${d.width}x${d.height} px of ${d.natural} px natural width`);
          if (s && s.px < MIN_FONT_PX) small.push(where);
        });
        const files = await shoot(page, `${name}.${language}`);
        sources[rel(goldenPath)] = { sha256: sha256(goldenPath), pictures: files };
        console.log(`wrote ${files.map((f) => rel(join(OUT, f))).join(", ")}`);
      }
      const canvasFile = readdirSync(join(copy, "vaultkit")).find((f) => f.endsWith(".canvas"));
      if (!canvasFile) throw new Error(`no .canvas written in ${copy}/vaultkit`);
      const canvasPath = join(copy, "vaultkit", canvasFile);
      const { html, width, height } = canvasPage(JSON.parse(readFileSync(canvasPath, "utf8")), makeMarkdown(resolves), css);
      await page.setViewportSize({ width, height });
      await page.setContent(html, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      const out = join(OUT, `canvas.${language}.png`);
      await page.screenshot({ path: out, clip: { x: 0, y: 0, width, height } });
      sources[`canvas.${language}`] = {
        from: `vaultkit/${canvasFile} of sample_vault rebuilt as the golden test does (${language})`,
        sha256: sha256(canvasPath), pictures: [`canvas.${language}.png`],
      };
      console.log(`wrote ${rel(out)}`);
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
  writeFileSync(join(OUT, "rendered-from.json"), JSON.stringify(sources, null, 2) + "\n");
  writeFileSync(join(OUT, "README.md"), index(sources));
  console.log(`wrote ${rel(join(OUT, "rendered-from.json"))}`);
  if (small.length) {
    console.log(`Mermaid text under ${MIN_FONT_PX} px in: ${small.join(", ")}${strict ? "" : " (not an error without --strict)"}`);
    if (strict) return 1;
  }
  return 0;
}

process.exitCode = await main();
