// Markdown as Obsidian's reading view shows it: markdown-it plus the Obsidian parts
// vaultkit's notes use (callouts, foldable callouts, task lists, [[wiki-links]], hidden
// ^block-ids, single newlines as line breaks, mermaid fences left for mermaid to draw).
import MarkdownIt from "markdown-it";
import taskLists from "markdown-it-task-lists";

const ICON = {
  info: '<circle cx="12" cy="12" r="10"/><path d="M12 16v-4"/><path d="M12 8h.01"/>',
  note: '<path d="M12 20h9"/><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z"/>',
  quote:
    '<path d="M3 21c3 0 7-1 7-8V5c0-1.25-.756-2.017-2-2H4c-1.25 0-2 .75-2 1.972V11c0 1.25.75 2 2 2 1 0 1 0 1 1v1c0 1-1 2-2 2s-1 .008-1 1.031V20c0 1 0 1 1 1z"/>' +
    '<path d="M15 21c3 0 7-1 7-8V5c0-1.25-.757-2.017-2-2h-4c-1.25 0-2 .75-2 1.972V11c0 1.25.75 2 2 2h.75c0 2.25.25 4-2.75 4v3c0 1 0 1 1 1z"/>',
  warning:
    '<path d="m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3Z"/><path d="M12 9v4"/><path d="M12 17h.01"/>',
  tip: '<path d="M8.5 14.5A2.5 2.5 0 0 0 11 12c0-1.38-.5-2-1-3-1.072-2.143-.224-4.054 2-6 .5 2.5 2 4.9 4 6.5 2 1.6 3 3.5 3 5.5a7 7 0 1 1-14 0c0-1.153.433-2.294 1-3a2.5 2.5 0 0 0 2.5 2.5z"/>',
  success: '<path d="M20 6 9 17l-5-5"/>',
};
const CHEVRON = '<path d="m6 9 6 6 6-6"/>';
// Obsidian's default light theme: each callout type's colour and icon.
const CALLOUT = {
  note: ["8, 109, 221", "note"], info: ["8, 109, 221", "info"], todo: ["8, 109, 221", "info"],
  abstract: ["0, 191, 188", "note"], summary: ["0, 191, 188", "note"], tip: ["0, 191, 188", "tip"],
  success: ["8, 185, 78", "success"], done: ["8, 185, 78", "success"],
  question: ["236, 117, 0", "info"], warning: ["236, 117, 0", "warning"],
  failure: ["233, 49, 71", "warning"], danger: ["233, 49, 71", "warning"],
  bug: ["233, 49, 71", "warning"], example: ["120, 82, 238", "note"],
  quote: ["158, 158, 158", "quote"], cite: ["158, 158, 158", "quote"],
};

export function svgIcon(body, cls) {
  return `<svg class="${cls}" xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;
}

const CALLOUT_HEAD = /^\[!([A-Za-z-]+)\]([+-]?)[ \t]*([^\n]*)\n?/;

/** Turns `> [!type]± Title` blockquotes into Obsidian's callout markup. */
function callouts(md) {
  md.core.ruler.after("block", "obsidian_callouts", (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i];
      if (open.type !== "blockquote_open") continue;
      const para = tokens[i + 1];
      const inline = tokens[i + 2];
      if (!para || para.type !== "paragraph_open" || inline.type !== "inline") continue;
      const head = CALLOUT_HEAD.exec(inline.content);
      if (!head) continue;
      const [, kind, fold, title] = head;
      let close = i + 1;
      while (!(tokens[close].type === "blockquote_close" && tokens[close].level === open.level)) close++;
      open.type = "callout_open";
      open.meta = { kind: kind.toLowerCase(), fold };
      tokens[close].type = "callout_close";
      const titleOpen = new state.Token("callout_title_open", "", 0);
      titleOpen.meta = open.meta;
      const titleInline = new state.Token("inline", "", 0);
      titleInline.content = title || kind[0].toUpperCase() + kind.slice(1).toLowerCase();
      titleInline.children = [];
      titleInline.map = inline.map;
      const titleClose = new state.Token("callout_title_close", "", 0);
      titleClose.meta = open.meta;
      const rest = inline.content.slice(head[0].length);
      if (rest.trim()) {
        inline.content = rest;
        tokens.splice(i + 1, 0, titleOpen, titleInline, titleClose);
      } else {
        tokens.splice(i + 1, 3, titleOpen, titleInline, titleClose);
      }
    }
  });
  md.renderer.rules.callout_open = (tokens, idx) => {
    const { kind, fold } = tokens[idx].meta;
    const [rgb] = CALLOUT[kind] || CALLOUT.note;
    const cls = fold ? ` is-collapsible${fold === "-" ? " is-collapsed" : ""}` : "";
    return `<div class="callout${cls}" data-callout="${kind}" style="--callout-color: ${rgb}">\n`;
  };
  md.renderer.rules.callout_title_open = (tokens, idx) => {
    const [, icon] = CALLOUT[tokens[idx].meta.kind] || CALLOUT.note;
    return `<div class="callout-title"><div class="callout-icon">${svgIcon(ICON[icon], "svg-icon")}</div><div class="callout-title-inner">`;
  };
  md.renderer.rules.callout_title_close = (tokens, idx) => {
    const fold = tokens[idx].meta.fold;
    const chevron = fold ? `<div class="callout-fold">${svgIcon(CHEVRON, "svg-icon")}</div>` : "";
    return `</div>${chevron}</div>\n<div class="callout-content">\n`;
  };
  md.renderer.rules.callout_close = () => "</div></div>\n";
}

/** `[[path|alias]]` (also `[[path\|alias]]` inside tables) as an internal link. */
function wikiLinks(md, resolves) {
  md.inline.ruler.before("escape", "wikilink", (state, silent) => {
    const src = state.src;
    const start = state.pos;
    if (src.charCodeAt(start) !== 0x5b || src.charCodeAt(start + 1) !== 0x5b) return false;
    const end = src.indexOf("]]", start + 2);
    if (end < 0) return false;
    const body = src.slice(start + 2, end);
    if (body.includes("\n") || body.includes("[")) return false;
    if (!silent) {
      const bar = body.search(/\\?\|/);
      const target = bar < 0 ? body : body.slice(0, bar);
      const alias = bar < 0 ? null : body.slice(bar + (body[bar] === "\\" ? 2 : 1));
      const path = target.split("#")[0];
      const shown = alias ?? path.split("/").pop();
      const open = state.push("link_open", "a", 1);
      open.attrs = [["href", path], ["class", resolves(path) ? "internal-link" : "internal-link is-unresolved"]];
      state.push("text", "", 0).content = shown;
      state.push("link_close", "a", -1);
    }
    state.pos = end + 2;
    return true;
  });
}

/** External links get Obsidian's class (and its little arrow icon in CSS). */
function externalLinks(md) {
  const base = md.renderer.rules.link_open || ((t, i, o, e, s) => s.renderToken(t, i, o));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = tokens[idx].attrGet("href") || "";
    if (/^(https?|mailto):/.test(href)) tokens[idx].attrJoin("class", "external-link");
    return base(tokens, idx, options, env, self);
  };
}

function mermaidFences(md) {
  const fence = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    if (token.info.trim() === "mermaid") {
      return `<div class="mermaid">${md.utils.escapeHtml(token.content)}</div>\n`;
    }
    return fence(tokens, idx, options, env, self);
  };
}

/** Obsidian hides a trailing ` ^block-id` in reading view. */
export function hideBlockIds(text) {
  let inFence = false;
  return text
    .split("\n")
    .map((line) => {
      if (/^\s*```/.test(line)) inFence = !inFence;
      return inFence ? line : line.replace(/\s\^[A-Za-z0-9-]+$/, "");
    })
    .join("\n");
}

/** Splits `---` front matter from the body: [properties as [key, value] pairs, body]. */
export function splitFrontMatter(text) {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) return [[], text];
  const props = m[1].split("\n").filter(Boolean).map((line) => {
    const at = line.indexOf(":");
    return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
  });
  return [props, text.slice(m[0].length)];
}

export function makeMarkdown(resolves = () => true) {
  const md = new MarkdownIt({ html: false, linkify: false, breaks: true });
  md.use(callouts).use(wikiLinks, resolves).use(externalLinks).use(mermaidFences);
  md.use(taskLists, { enabled: false, label: false });
  return md;
}
