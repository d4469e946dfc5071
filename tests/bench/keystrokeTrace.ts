/**
 * Where a keystroke's time goes (issue 9), not a bench: the editorView bench's page (the served
 * app, the 40,000-word report, the caret in a paragraph in the middle), then KEYS keystrokes under
 * a CDP trace (rendering events on the page's main thread) and a CDP CPU profile (JavaScript by
 * function). Prints the self time per keystroke of the top trace events and of the top functions.
 * `node tests/bench/keystrokeTrace.ts` after `npm run build:renderer`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { SourceMapConsumer } from 'source-map-js';
import { generateReport } from '../fixtures/generators/report.ts';
import { benchPage, caretInMiddle, openEditor, reportDocument, withAppAndBrowser } from './browserSetup.ts';

const KEYS = 30;


interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Self time (ms) by event name of the complete events on the renderer's main thread. */
function selfTimes(events: TraceEvent[]): Map<string, number> {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const own = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  const add = (name: string, us: number) => self.set(name, (self.get(name) ?? 0) + us / 1000);
  for (const e of own) {
    while (stack.length > 0 && stack[stack.length - 1].end <= e.ts) stack.pop();
    if (stack.length > 0) add(stack[stack.length - 1].name, -e.dur!);
    add(e.name, e.dur!);
    stack.push({ end: e.ts + e.dur!, name: e.name });
  }
  return self;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

const ASSETS = new URL('../../dist/renderer/assets/', import.meta.url);
const bundle = readdirSync(ASSETS).find((f) => /^index-.*\.js\.map$/.test(f))!;
const sourceMap = new SourceMapConsumer(JSON.parse(readFileSync(new URL(bundle, ASSETS), 'utf8')));

/** The original function and file of a bundle position, through the build's source map. */
function original(f: ProfileNode['callFrame']): { fn: string; file: string } {
  if (!f.url.includes('/assets/index-')) return { fn: f.functionName || '(native)', file: f.url ? 'other' : '(native)' };
  const at = sourceMap.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
  const file = (at.source ?? '?').replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
  return { fn: `${at.name ?? f.functionName} ${file}:${at.line}`, file: file.startsWith('@') ? file.split('/').slice(0, 2).join('/') : file.split('/')[0] === 'renderer' || file.split('/')[0] === 'shared' ? file : file.split('/')[0] };
}

/** Self time (ms) of a CDP CPU profile by original function and by package (or our own file). */
function functionTimes(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const fns = new Map<string, number>();
  const files = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const { fn, file } = original(byId.get(id)!.callFrame);
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    fns.set(fn, (fns.get(fn) ?? 0) + ms);
    files.set(file, (files.get(file) ?? 0) + ms);
  });
  return { fns, files };
}

/** A top-level task of the renderer's main thread, with the events that ran inside it. */
interface MainTask {
  e: TraceEvent;
  kids: TraceEvent[];
}

/** The renderer main thread's complete events grouped into its top-level tasks, in time order. */
function mainThreadTasks(events: TraceEvent[]): MainTask[] {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')!;
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tops: MainTask[] = [];
  for (const e of own) {
    const last = tops[tops.length - 1];
    if (last && e.ts < last.e.ts + last.e.dur!) last.kids.push(e);
    else tops.push({ e, kids: [] });
  }
  return tops;
}

/** Whether a task dispatched a keydown: the keystroke's own task. */
const holdsKeydown = (t: MainTask) => t.kids.some((k) => k.name === 'EventDispatch' && (k as { args?: { data?: { type?: string } } }).args?.data?.type === 'keydown');

/** Per keystroke, the main thread's top-level tasks over 0.2 ms with their largest self-time children. */
function timeline(events: TraceEvent[], keys: number): string {
  const tops = mainThreadTasks(events);
  const lines: string[] = [];
  const start = tops.findIndex(holdsKeydown);
  let seen = 0;
  for (let i = Math.max(start, 0); i < tops.length && seen <= keys; i++) {
    const t = tops[i];
    const isKey = holdsKeydown(t);
    if (isKey) seen++;
    if (seen > keys) break;
    if (t.e.dur! < 200) continue;
    const named = t.kids.filter((k) => k.dur! > 150 && k.name !== 'RunTask').slice(0, 8).map((k) => `${k.name}${(k as { args?: { data?: { type?: string; functionName?: string } } }).args?.data?.type ? `(${(k as { args?: { data?: { type?: string } } }).args!.data!.type})` : ''} ${(k.dur! / 1000).toFixed(2)}`);
    lines.push(`${isKey ? 'KEY ' : '    '}+${((t.e.ts - tops[Math.max(start, 0)].e.ts) / 1000).toFixed(1)} ms  ${t.e.name} ${(t.e.dur! / 1000).toFixed(2)} ms: ${named.join(', ')}`);
  }
  return lines.join('\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * Medians over the keystrokes of the task holding the keydown, the wait from its end to the frame
 * (Chromium draws at the display's next frame), and the frame's task. The bench's figure is about
 * their sum; once the key task ends before the next frame is due, the wait takes up what the task
 * saves, so work is judged by the two tasks (docs/architecture.md, typing, second round).
 */
function keystrokePhases(events: TraceEvent[]): string {
  const tops = mainThreadTasks(events);
  const keyTask: number[] = [];
  const wait: number[] = [];
  const frameTask: number[] = [];
  tops.forEach((t, i) => {
    if (!holdsKeydown(t)) return;
    const frame = tops.slice(i + 1).find((f) => holdsKeydown(f) || f.kids.some((k) => k.name === 'WebFrameWidgetImpl::BeginMainFrame'));
    if (!frame || holdsKeydown(frame)) return;
    keyTask.push(t.e.dur! / 1000);
    wait.push((frame.e.ts - t.e.ts - t.e.dur!) / 1000);
    frameTask.push(frame.e.dur! / 1000);
  });
  return `key task ${median(keyTask).toFixed(2)} ms, wait for the frame ${median(wait).toFixed(2)} ms, frame task ${median(frameTask).toFixed(2)} ms (medians of ${keyTask.length} keystrokes)`;
}

const top = (m: Map<string, number>, n: number, per: number) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / per).toFixed(2).padStart(7)} ms  ${k}`).join('\n');

/** Types KEYS characters, each after the page has painted the previous one. */
async function typeKeys(page: Page): Promise<void> {
  for (let k = 0; k < KEYS; k++) {
    await page.keyboard.press(k % 5 === 4 ? 'Space' : 'a');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30))));
  }
}

async function profiled(cdp: CDPSession, page: Page) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await typeKeys(page);
  const { profile } = await cdp.send('Profiler.stop');
  return functionTimes(profile as never);
}

await withAppAndBrowser(async (app, browser) => {
  const blocks = generateReport({ words: 40_000, seed: 1 });
  const doc = await reportDocument(app, [blocks]);
  const page = await benchPage(app, browser);
  await openEditor(page, doc, blocks.length);
  await page.waitForTimeout(1000);
  // EXTRA_CSS: a style sheet put into the page before typing, to try a change without a build.
  if (process.env.EXTRA_CSS) await page.addStyleTag({ content: process.env.EXTRA_CSS });
  await caretInMiddle(page);
  await typeKeys(page);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute'] });
  await typeKeys(page);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  if (process.env.TRACE_FILE) (await import('node:fs')).writeFileSync(process.env.TRACE_FILE, JSON.stringify(trace));
  console.log(`Timeline of the first keystrokes:\n${timeline(trace.traceEvents, 3)}\n`);
  console.log(`${keystrokePhases(trace.traceEvents)}\n`);
  console.log(`Trace, self time per keystroke on the main thread (${KEYS} keys, each followed by an idle frame):\n${top(selfTimes(trace.traceEvents), 25, KEYS)}`);
  const cdp = await page.context().newCDPSession(page);
  const { fns, files } = await profiled(cdp, page);
  console.log(`\nCPU profile, self time per keystroke by package or file:\n${top(files, 25, KEYS)}`);
  console.log(`\nCPU profile, self time per keystroke by function:\n${top(fns, 40, KEYS)}`);
  await cdp.detach();
});
