// Checks a bulletin page (nieuwslezer --html) in headless Chromium: it loads, its captions
// track loads its cues, its audio loads, every story link is reached with Tab and Enter on
// one seeks the player, the focus is visible, and axe-core finds no serious or critical
// violation (light and dark colour scheme).
//   node check_page.mjs ROOT PAGE      # PAGE relative to ROOT, served from 127.0.0.1
// Exits 0 when every check passes, 1 naming each failure (a missing browser included).
// Chromium is driven over its DevTools pipe (--remote-debugging-pipe), so nothing but
// axe-core comes from npm (scripts/install-test-tools puts it in node_modules here).

import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

const kTimeoutMs = 25000;
const [root, pageName] = process.argv.slice(2);
const failures = [];
const fail = (message) => failures.push(message);

function die(message) {
  console.error(`html.browser: ${message}`);
  process.exit(1);
}

if (!root || !pageName) die("usage: node check_page.mjs ROOT PAGE");
const chromium = process.env.CHROMIUM || "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  die(`no Chromium at ${chromium}: install it (bash scripts/install-deps --tests) or set CHROMIUM`);
}
let axeSource;
try {
  axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
} catch {
  die("axe-core is not installed in tests/a11y/node_modules: run bash scripts/install-test-tools");
}

// A file server on the loopback interface, with byte ranges so the player can seek.
const kTypes = {
  ".html": "text/html; charset=utf-8", ".vtt": "text/vtt; charset=utf-8", ".wav": "audio/wav",
  ".mp3": "audio/mpeg", ".ogg": "audio/ogg", ".opus": "audio/ogg", ".flac": "audio/flac",
};
function serve(request, response) {
  const file = path.join(root, decodeURIComponent(new URL(request.url, "http://x").pathname));
  if (!file.startsWith(path.resolve(root) + path.sep) || !fs.existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  const size = fs.statSync(file).size;
  const headers = { "Content-Type": kTypes[path.extname(file)] || "application/octet-stream",
                    "Accept-Ranges": "bytes" };
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range || "");
  if (!range) {
    response.writeHead(200, { ...headers, "Content-Length": size });
    fs.createReadStream(file).pipe(response);
    return;
  }
  const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
  const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
  response.writeHead(206, { ...headers, "Content-Length": end - start + 1,
                            "Content-Range": `bytes ${start}-${end}/${size}` });
  fs.createReadStream(file, { start, end }).pipe(response);
}

// The DevTools protocol over fds 3 (to Chromium) and 4 (from it): JSON messages ended by NUL.
class DevTools {
  constructor(child) {
    this.child = child;
    this.next = 1;
    this.pending = new Map();
    this.waiters = [];
    let buffer = "";
    child.stdio[4].on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (let end = buffer.indexOf("\0"); end >= 0; end = buffer.indexOf("\0")) {
        this.receive(JSON.parse(buffer.slice(0, end)));
        buffer = buffer.slice(end + 1);
      }
    });
  }
  receive(message) {
    if (message.id && this.pending.has(message.id)) {
      const { resolve, reject } = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) reject(new Error(JSON.stringify(message.error)));
      else resolve(message.result);
      return;
    }
    this.waiters = this.waiters.filter((waiter) => !waiter(message));
  }
  send(method, params = {}, sessionId = undefined) {
    const id = this.next++;
    this.child.stdio[3].write(JSON.stringify({ id, method, params, sessionId }) + "\0");
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }
  event(method) {
    return new Promise((resolve) => this.waiters.push((message) => {
      if (message.method !== method) return false;
      resolve(message.params);
      return true;
    }));
  }
}

async function evaluate(devtools, session, expression) {
  const result = await devtools.send(
      "Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true }, session);
  if (result.exceptionDetails) {
    throw new Error(`in the page: ${JSON.stringify(result.exceptionDetails).slice(0, 500)}`);
  }
  return result.result.value;
}

const kTrackCheck = `(async () => {
  const track = document.querySelector("audio track");
  if (!track) return { missing: true };
  const text = track.track;
  if (text.mode === "disabled") text.mode = "hidden";
  for (let i = 0; i < 100 && track.readyState < 2; ++i) await new Promise((r) => setTimeout(r, 50));
  return { readyState: track.readyState, cues: text.cues ? text.cues.length : 0,
           first: text.cues && text.cues.length ? text.cues[0].text : "", kind: text.kind,
           language: text.language };
})()`;

const kAudioCheck = `(async () => {
  const audio = document.getElementById("player");
  for (let i = 0; i < 100 && audio.readyState < 1 && !audio.error; ++i) {
    await new Promise((r) => setTimeout(r, 50));
  }
  return { readyState: audio.readyState, duration: audio.duration,
           error: audio.error ? audio.error.code + " " + audio.error.message : "" };
})()`;

const kAxeRun = `axe.run(document, { resultTypes: ["violations"] }).then((results) =>
  results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) })))`;

async function pressKey(devtools, session, key, code, keyCode, text = undefined) {
  const key_event = { key, code, windowsVirtualKeyCode: keyCode };
  await devtools.send("Input.dispatchKeyEvent", { type: "keyDown", text, ...key_event }, session);
  await devtools.send("Input.dispatchKeyEvent", { type: "keyUp", ...key_event }, session);
}

// Tab through the page: every story link is reached, with a visible outline, and Enter on
// the last one makes the player seek to where that story starts.
async function checkKeyboard(devtools, session) {
  const links = await evaluate(devtools, session,
      `[...document.querySelectorAll("a[data-start]")].map((a) => a.getAttribute("href"))`);
  if (links.length === 0) fail("no story link (a[data-start]) on the page");
  const reached = new Set();
  let last = null;
  for (let i = 0; i < 40 && reached.size < links.length; ++i) {
    await pressKey(devtools, session, "Tab", "Tab", 9);
    const focus = await evaluate(devtools, session, `(() => {
      const e = document.activeElement, style = getComputedStyle(e);
      return { tag: e.tagName, href: e.getAttribute("href"), start: e.getAttribute("data-start"),
               outline: style.outlineStyle + " " + style.outlineWidth };
    })()`);
    if (focus.tag === "A" && focus.start !== null) {
      reached.add(focus.href);
      last = focus;
      if (focus.outline.startsWith("none") || focus.outline.endsWith(" 0px")) {
        fail(`the focused link ${focus.href} has no visible outline (${focus.outline})`);
      }
    }
  }
  if (reached.size !== links.length) {
    fail(`Tab reached ${reached.size} of the ${links.length} story links`);
  }
  if (!last) return;
  await pressKey(devtools, session, "Enter", "Enter", 13, "\r");
  const time = await evaluate(devtools, session, `(async () => {
    const audio = document.getElementById("player");
    for (let i = 0; i < 60 && audio && Math.abs(audio.currentTime - ${Number(last.start)}) > 0.5; ++i) {
      await new Promise((r) => setTimeout(r, 50));
    }
    if (!audio) return { now: null, url: location.href };
    audio.pause();
    return { now: audio.currentTime, url: location.href };
  })()`);
  if (time.now === null) {
    fail(`Enter on ${last.href} opened ${time.url} instead of seeking the player on the page`);
  } else if (Math.abs(time.now - Number(last.start)) > 0.5) {
    fail(`Enter on ${last.href} left the player at ${time.now} s, not ${last.start} s`);
  }
}

async function checkAxe(devtools, session, scheme) {
  await devtools.send("Emulation.setEmulatedMedia",
                      { features: [{ name: "prefers-color-scheme", value: scheme }] }, session);
  const violations = await evaluate(devtools, session, kAxeRun);
  for (const v of violations) {
    const line = `axe (${scheme}): ${v.impact} ${v.id}: ${v.help} at ${v.nodes.join(", ")}`;
    if (v.impact === "serious" || v.impact === "critical") fail(line);
    else console.log(`note: ${line}`);
  }
}

async function openPage(devtools, url, { scripts = true } = {}) {
  const { targetId } = await devtools.send("Target.createTarget", { url: "about:blank" });
  const { sessionId: session } =
      await devtools.send("Target.attachToTarget", { targetId, flatten: true });
  await devtools.send("Page.enable", {}, session);
  if (!scripts) await devtools.send("Emulation.setScriptExecutionDisabled", { value: true }, session);
  await navigate(devtools, session, url);
  return session;
}

async function navigate(devtools, session, url) {
  const loaded = devtools.event("Page.loadEventFired");
  const navigation = await devtools.send("Page.navigate", { url }, session);
  if (navigation.errorText) throw new Error(`${url} does not load: ${navigation.errorText}`);
  await loaded;
}

// Without scripts the transcript is there to read, and a story's link opens the audio in
// the browser's own player at the story's time (the media fragment #t=).
async function checkWithoutScripts(devtools, url) {
  const session = await openPage(devtools, url, { scripts: false });
  const { root } = await devtools.send("DOM.getDocument", {}, session);
  const headings = await devtools.send("DOM.querySelectorAll",
                                       { nodeId: root.nodeId, selector: "main section h2" }, session);
  const links = await devtools.send("DOM.querySelectorAll",
                                    { nodeId: root.nodeId, selector: "a[data-start]" }, session);
  if (headings.nodeIds.length === 0) fail("without scripts the page shows no story heading");
  if (links.nodeIds.length === 0) return fail("without scripts the page has no story link");
  const last = links.nodeIds[links.nodeIds.length - 1];
  const { attributes } = await devtools.send("DOM.getAttributes", { nodeId: last }, session);
  const href = attributes[attributes.indexOf("href") + 1];
  const start = Number(attributes[attributes.indexOf("data-start") + 1]);
  const player = await openPage(devtools, new URL(href, url).href);
  const time = await evaluate(devtools, player, `(async () => {
    const media = document.querySelector("video, audio");
    for (let i = 0; i < 100 && media && media.readyState < 1; ++i) {
      await new Promise((r) => setTimeout(r, 50));
    }
    return media ? media.currentTime : null;
  })()`);
  if (time === null || Math.abs(time - start) > 0.5) {
    fail(`the link ${href} opens the audio at ${time} s, not at the story's ${start} s`);
  }
}

async function checkPage(devtools, url) {
  const session = await openPage(devtools, url);
  const facts = await evaluate(devtools, session,
      `({ lang: document.documentElement.lang, title: document.title,
          h2: document.querySelectorAll("main section h2").length })`);
  if (facts.lang !== "nl") fail(`<html lang> is "${facts.lang}", not "nl"`);
  if (!facts.title) fail("the page has no title");
  if (facts.h2 === 0) fail("no story heading (<section><h2>) in <main>");
  const track = await evaluate(devtools, session, kTrackCheck);
  if (track.missing) fail("no <track> in the <audio>");
  else if (track.readyState !== 2 || track.cues === 0) {
    fail(`the captions track did not load its cues: readyState ${track.readyState}, ` +
         `${track.cues} cue(s)`);
  } else if (track.kind !== "captions" || track.language !== "nl") {
    fail(`the track is kind "${track.kind}", language "${track.language}"`);
  }
  const audio = await evaluate(devtools, session, kAudioCheck);
  if (audio.readyState < 1 || !(audio.duration > 0)) {
    fail(`the audio does not load: readyState ${audio.readyState} ${audio.error}`);
  }
  await evaluate(devtools, session, axeSource + "\n;true");
  for (const scheme of ["light", "dark"]) await checkAxe(devtools, session, scheme);
  await checkKeyboard(devtools, session);
  await checkWithoutScripts(devtools, url);
  console.log(`${url}: "${facts.title}", ${facts.h2} stories, ${track.cues} cues ` +
              `("${track.first}"), ${audio.duration.toFixed(1)} s of audio`);
}

const server = http.createServer(serve);
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "nieuwslezer-chromium-"));
const child = spawn(chromium, [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
  "--no-default-browser-check", "--mute-audio", "--autoplay-policy=no-user-gesture-required",
  "--remote-debugging-pipe", `--user-data-dir=${profile}`, "about:blank",
], { stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"], detached: true });
let browserLog = "";
child.stderr.on("data", (chunk) => { browserLog = (browserLog + chunk).slice(-4000); });
const finish = async (code) => {
  child.removeAllListeners("exit");
  if (child.exitCode === null && child.signalCode === null) {
    const ended = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGKILL");  // its helper processes too: its own group
    await ended;
  }
  server.close();
  fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  process.exit(code);
};
child.on("error", (error) => die(`cannot start ${chromium}: ${error.message}`));
child.on("exit", (code, signal) => {
  console.error(`html.browser: ${chromium} ended early (${code ?? signal})\n${browserLog}`);
  finish(1);
});
setTimeout(() => {
  console.error(`html.browser: no answer within ${kTimeoutMs / 1000} s\n${browserLog}`);
  finish(1);
}, kTimeoutMs).unref();

const url = `http://127.0.0.1:${server.address().port}/${pageName.split("/").map(encodeURIComponent).join("/")}`;
try {
  await checkPage(new DevTools(child), url);
} catch (error) {
  fail(error.message);
}
for (const failure of failures) console.error(`html.browser: ${failure}`);
finish(failures.length ? 1 : 0);
