// Takes a screenshot of the Sino-Soviet-DPRK triangle of 1951 in Neo4j Browser.
//
// Needs a running `alliance-graph serve` (take.sh starts one) and Debian's Chromium; drives the
// browser with playwright-core. Settings (environment):
//   ALLIANCE_GRAPH_HTTP_PORT  the embedded Neo4j's HTTP port, with Browser at /browser/ (7474)
//   ALLIANCE_GRAPH_BOLT_PORT  its Bolt port (7687)
//   CHROMIUM                  the browser binary (/usr/bin/chromium)
//   SCREENSHOT_OUT            the PNG to write (docs/triangle-1951.png in this repository)
//   SCREENSHOT_STYLE          the GraSS style sheet to apply (style.grass beside this script)
//   SCREENSHOT_WIDTH          the viewport width in CSS pixels (1400)
//   SCREENSHOT_HEIGHT         the viewport height in CSS pixels (900)
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const httpPort = process.env.ALLIANCE_GRAPH_HTTP_PORT || '7474';
const boltPort = process.env.ALLIANCE_GRAPH_BOLT_PORT || '7687';
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const out = path.resolve(process.env.SCREENSHOT_OUT || path.join(here, '..', 'triangle-1951.png'));
const stylePath = path.resolve(process.env.SCREENSHOT_STYLE || path.join(here, 'style.grass'));
const width = Number(process.env.SCREENSHOT_WIDTH || 1400);
const height = Number(process.env.SCREENSHOT_HEIGHT || 900);

const boltUrl = `bolt://127.0.0.1:${boltPort}`;
const browserUrl = `http://127.0.0.1:${httpPort}/browser/?connectURL=${encodeURIComponent(boltUrl)}`;

const ACTORS = ['dprk', 'ussr', 'prc'];
const QUERY =
  'MATCH (a:Actor)-[t:TIE {year: 1951}]->(b:Actor) ' +
  "WHERE a.id IN ['dprk','ussr','prc'] AND b.id IN ['dprk','ussr','prc'] " +
  'RETURN a, t, b';

// The flags keep Chromium from reaching out to the network (closed here) and from hanging on it.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function log(message) {
  console.log(`[take-triangle] ${message}`);
}

// The GraSS parser of Browser ignores whitespace outside the braces and trims values, so the sheet
// is sent as one line (a newline in the editor would switch it to multi-line mode). The sheet
// must hold no comments and its captions must use single quotes, as that parser knows no others.
function readStyle() {
  return fs.readFileSync(stylePath, 'utf8').replace(/\s*\n\s*/g, ' ').trim();
}

async function connect(page) {
  await page.goto(browserUrl, { waitUntil: 'load' });
  // Browser shows its connect form first and may then connect by itself, since the embedded server
  // has no authentication; when it does not, choose "No authentication" and connect.
  const connected = page.getByText('Connected to Neo4j');
  const form = page.getByTestId('connect');
  const authType = page.locator('select').filter({
    has: page.locator('option', { hasText: 'No authentication' }),
  });
  const deadline = Date.now() + 60_000;
  let formSeenAt = 0;
  let submitted = false;
  while (!(await connected.first().isVisible())) {
    if (Date.now() > deadline) throw new Error(`Browser did not connect to ${boltUrl}`);
    if (!submitted && (await form.isVisible())) {
      formSeenAt ||= Date.now();
      if (Date.now() - formSeenAt > 3_000) {
        log('connect form shown: choosing "No authentication"');
        try {
          if (await authType.count()) await authType.selectOption({ label: 'No authentication' }, { timeout: 2_000 });
          await form.click({ timeout: 2_000 });
          submitted = true;
        } catch (error) {
          log(`the connect form went away (${error.message.split('\n')[0]})`);
        }
      }
    }
    await page.waitForTimeout(250);
  }
  log(`connected to ${boltUrl}`);
}

// Closes the notice on product usage that Browser shows above the frames, for a clean picture.
async function closeUsageNotice(page) {
  const notice = page.getByText('we collect information on product usage').locator('xpath=..');
  if (await notice.count()) {
    await notice.locator(':scope > span').last().click({ timeout: 2_000 }).catch(() => {});
    if (await notice.count()) log('could not close the notice on product usage');
  }
}

// Types a command into Browser's main editor and runs it; waits for its frame to appear.
async function run(page, command) {
  const frames = page.getByTestId('frame');
  const before = await frames.count();
  const editor = page.getByTestId('activeEditor');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(command);
  // The editor shows only the lines in view, and the cursor's end of a long command: compare
  // that end (it would show brackets the editor closed by itself).
  const typed = (await editor.locator('.view-lines').innerText()).replace(/\s+/g, ' ').trim();
  const end = command.replace(/\s+/g, ' ').trim().slice(-40);
  if (!typed.endsWith(end)) {
    throw new Error(`the editor holds "${typed}", not the command "${command}"`);
  }
  await page.getByTestId('editor-Run').click();
  if (!command.startsWith(':clear')) {
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="frame"]').length > n,
      before,
      { timeout: 30_000 },
    );
  }
}

// Waits until the force layout of the visualization has come to rest.
async function waitForLayout(page, svg) {
  let last = '';
  for (let i = 0; i < 60; i++) {
    const now = await svg.evaluate((el) =>
      [...el.querySelectorAll('g.node')]
        .map((g) => g.getAttribute('transform'))
        .join('|'),
    );
    if (now === last) return;
    last = now;
    await page.waitForTimeout(500);
  }
  log('layout still moving after 30 s; taking the picture anyway');
}

async function main() {
  if (!fs.existsSync(executablePath)) {
    throw new Error(`no browser at ${executablePath} (apt-get install chromium, or set CHROMIUM)`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-graph-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: ARGS,
    viewport: { width, height },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  try {
    await connect(page);

    // "Connect result nodes" (on by default) would add every TIE of every year between the three
    // actors (about 200) to the picture: the screenshot shows what the query returns, nothing more.
    await run(page, ':config autoComplete: false');
    await run(page, `:style ${readStyle()}`);
    await run(page, ':clear');
    await closeUsageNotice(page);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="frame"]').length === 0);

    log(`query: ${QUERY}`);
    await run(page, QUERY);
    const frame = page.getByTestId('frame').first();
    const svg = frame.locator('svg').filter({ has: page.locator('g.node') }).first();
    await page.waitForFunction(
      () => {
        const svgs = [...document.querySelectorAll('[data-testid="frame"] svg')];
        return svgs.some(
          (s) => s.querySelectorAll('g.node').length === 3 && s.querySelectorAll('g.relationship').length === 3,
        );
      },
      null,
      { timeout: 60_000 },
    );
    await waitForLayout(page, svg);

    // Check that the picture shows what it should: three actors and three labelled ties.
    const nodeCaptions = await svg.locator('g.node text').allTextContents();
    const relCaptions = await svg.locator('g.relationship text').allTextContents();
    log(`nodes: ${nodeCaptions.join(', ')}; relationships: ${relCaptions.join(', ')}`);
    for (const short of ['DPRK', 'PRC', 'USSR']) {
      if (!nodeCaptions.some((c) => c.trim() === short)) {
        throw new Error(`no node captioned ${short}: the style was not applied (${nodeCaptions.join(', ')})`);
      }
    }
    if (relCaptions.filter((c) => c.trim() && c.trim() !== 'TIE').length !== 3) {
      throw new Error(`the relationships are not captioned with their status: ${relCaptions.join(', ')}`);
    }

    fs.mkdirSync(path.dirname(out), { recursive: true });
    // The whole window, from the top down to the result frame: Browser's editor and the frame.
    const box = await frame.boundingBox();
    const clipHeight = Math.min(height, Math.ceil(box.y + box.height + 12));
    await page.screenshot({ path: out, clip: { x: 0, y: 0, width, height: clipHeight } });
    log(`wrote ${out} (${ACTORS.join(', ')}, 1951)`);
  } catch (error) {
    // What the browser showed when it failed, to see why.
    const failed = path.join(os.tmpdir(), 'take-triangle-failed.png');
    await page.screenshot({ path: failed }).catch(() => {});
    log(`the page at the failure: ${failed}`);
    throw error;
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`[take-triangle] ${error.stack || error}`);
  process.exit(1);
});
