// "Look at it": Playwright drives the workbench as a user would — opens an example report, waits for
// the squiggles, hovers a wrong figure and a right one, opens the Problems panel — saves PNG screenshots
// under screenshots/ and checks the hover text, the status item and the Problems entries through the DOM.
import fs from 'node:fs';
import path from 'node:path';
import {
  outDir,
  screenshotDir,
  startCodeServer,
  launchChromium,
  workbenchUrl,
  makeWorkspace,
  installExtension,
  installKoreanStub,
} from './lib.mjs';

const SCENES = {
  en: {
    report: 'report-en.md',
    wrong: '$600 billion',
    wrongHover: /500 billion/,
    wrongProblem: /500 billion/,
    right: '$500 billion',
    rightHover: /supported/,
    status: /Stargate sources: (\d+)/,
  },
  ko: {
    report: 'report-ko.md',
    wrong: '6000억 달러',
    wrongHover: /5000억/,
    wrongProblem: /5000억/,
    right: '5000억 달러',
    rightHover: /출처 일치/,
    status: /스타게이트 출처: (\d+)/,
  },
};

// Limits that hold on a busy 2-core machine. Each wait polls the state that matters (a DOM element, a
// text) and returns as soon as it holds; only a failure takes the whole limit.
/** The workbench and its first view to come up (code-server, the extension host, a first index). */
const WORKBENCH_MS = 120_000;
/** A UI reaction: a file opening, the squiggles of the first check, a hover, a panel. */
const UI_MS = 90_000;
/** One try of an action whose effect is awaited and, failing that, the action made again. */
const TRY_MS = 15_000;

/**
 * Repeats `attempt` (an action and a wait for its effect, each at most TRY_MS) until it succeeds or `ms`
 * pass: while the workbench is still loading, a click or a key press can be swallowed.
 */
async function retry(what, attempt, ms = UI_MS) {
  const until = Date.now() + ms;
  let last;
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (e) {
      last = e;
    }
    if (Date.now() > until)
      throw new Error(
        `${what}: not done after ${ms / 1000} s (${n} tries): ${String(last?.message ?? last).split('\n')[0]}`,
      );
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Polls `fn` until it returns a truthy value, or throws after `ms`. */
async function until(what, fn, ms) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end)
      throw new Error(`timed out after ${ms / 1000} s waiting for ${what}${last ? `: ${last.message ?? last}` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Center of the first occurrence of text in the visible editor lines, or null. */
async function locateText(page, text) {
  return page.evaluate((needle) => {
    const lines = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')];
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push([n, all.length]);
        all += n.nodeValue;
      }
      const at = all.replace(/\u00a0/g, ' ').indexOf(needle);
      if (at < 0) continue;
      const pos = (off) => {
        for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i][1] <= off) return [nodes[i][0], off - nodes[i][1]];
        return null;
      };
      const [sn, so] = pos(at + 1);
      const [en, eo] = pos(at + needle.length - 1);
      const range = document.createRange();
      range.setStart(sn, so);
      range.setEnd(en, eo);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, text);
}

/**
 * Hovers `text` until a hover whose text matches `want` shows (the server may still be checking, or the
 * hover first shows only the squiggle's diagnostic or "Loading…"); the mouse leaves and comes back between tries.
 */
async function hoverOn(page, text, want, shot) {
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /\S/ }).last();
  const p = await retry(`a hover on "${text}" matching ${want}`, async () => {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    const p = await locateText(page, text);
    if (!p) throw new Error(`"${text}" is not visible in the editor`);
    await page.mouse.move(p.x, p.y, { steps: 3 });
    await hover.waitFor({ state: 'visible', timeout: TRY_MS });
    await until(`hover text matching ${want}`, async () => want.test(await hover.innerText()), TRY_MS);
    return p;
  });
  await page.waitForTimeout(300); // let it finish rendering (markdown, resize)
  const box = await hover.boundingBox();
  await page.screenshot({ path: shot });
  if (box) {
    // A small picture of just the hover and the figure under it (for the README).
    const x0 = Math.max(0, Math.min(box.x, p.x - 80) - 12),
      y0 = Math.max(0, Math.min(box.y, p.y - 12) - 12);
    const x1 = Math.min(1280, Math.max(box.x + box.width, p.x + 80) + 12),
      y1 = Math.min(800, Math.max(box.y + box.height, p.y + 12) + 12);
    await page.screenshot({
      path: shot.replace(/\.png$/, '-clip.png'),
      clip: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 },
    });
  }
  return { text: await hover.innerText(), box };
}

async function scene(lang, { installed, devPath, step }) {
  const s = SCENES[lang];
  const checks = [];
  const check = async (title, fn) => {
    const t0 = Date.now();
    try {
      await fn();
      checks.push({ title: `${lang}: ${title}`, state: 'passed', durationMs: Date.now() - t0 });
    } catch (e) {
      checks.push({
        title: `${lang}: ${title}`,
        state: 'failed',
        durationMs: Date.now() - t0,
        error: String(e.message ?? e).slice(0, 2000),
      });
    }
  };
  const scratch = path.join(outDir, `look-${lang}`);
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { recursive: true });
  const userData = path.join(scratch, 'user-data');
  const extensionsDir = path.join(scratch, 'extensions');
  if (installed?.vsix) installExtension(installed.vsix, userData, extensionsDir, scratch);
  if (lang === 'ko') {
    installKoreanStub(scratch, userData, extensionsDir);
  }
  const ws = makeWorkspace(path.join(scratch, 'workspace'));
  fs.mkdirSync(screenshotDir, { recursive: true });
  const shot = (name) => path.join(screenshotDir, `${lang}-${name}.png`);

  const server = await step(`look ${lang}: start code-server`, () =>
    startCodeServer({ scratch, userData, extensionsDir, folder: ws, locale: lang === 'ko' ? 'ko' : undefined }),
  );
  const browser = await step(`look ${lang}: start chromium`, () =>
    launchChromium(path.join(scratch, 'chromium-profile')),
  );
  try {
    await step(`look ${lang}: open ${s.report}, hover, Problems, screenshots`, async () => {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      const url = installed?.vsix
        ? workbenchUrl(server, ws, {})
        : workbenchUrl(server, ws, { extensionDevelopmentPath: devPath });
      await page.goto(url);
      await page.locator('.monaco-workbench').waitFor({ timeout: WORKBENCH_MS });
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: WORKBENCH_MS });

      // Open the report from the Explorer, as a user would; a click the loading workbench swallows is made again.
      await check(`open examples/${s.report} from the Explorer`, async () => {
        const folder = page.locator('.explorer-folders-view .monaco-list-row', { hasText: /^examples$/ }).first();
        const file = page.locator('.explorer-folders-view .monaco-list-row', { hasText: s.report }).first();
        // The report's text in an editor: not just any editor (a welcome page would do for '.view-lines').
        const opened = page
          .locator('.editor-instance .monaco-editor .view-lines', { hasText: s.wrong.split(' ')[0] })
          .first();
        await retry(`open ${s.report}`, async () => {
          if (!(await file.isVisible())) {
            if ((await folder.getAttribute('aria-expanded', { timeout: TRY_MS })) !== 'true')
              await folder.click({ timeout: TRY_MS });
            await file.waitFor({ timeout: TRY_MS });
          }
          await file.click({ timeout: TRY_MS });
          await opened.waitFor({ timeout: TRY_MS });
        });
      });

      await check('squiggles appear on the wrong figures', async () => {
        await page
          .locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning')
          .first()
          .waitFor({ timeout: UI_MS });
        await page.waitForTimeout(500);
        await page.screenshot({ path: shot('squiggles') });
        const n = await page.locator('.monaco-editor .squiggly-error').count();
        if (n < 1) throw new Error('no error squiggle');
      });

      await check('the status item shows the number of sources', async () => {
        const item = page.locator('footer .statusbar-item', { hasText: s.status }).first();
        await item.waitFor({ timeout: UI_MS });
        const text = await item.innerText();
        const n = Number((text.match(/(\d+)/) ?? [])[1]);
        if (!(n >= 5)) throw new Error(`status item says "${text}"`);
      });

      await check(`hover on the wrong figure ${s.wrong} says what the sources say`, async () => {
        const h = await hoverOn(page, s.wrong, s.wrongHover, shot('hover-wrong'));
        fs.writeFileSync(path.join(scratch, 'hover-wrong.txt'), h.text);
        if (h.box && (h.box.height > 500 || h.text.length > 1500))
          throw new Error(`hover is a wall of text (${Math.round(h.box.height)} px, ${h.text.length} chars)`);
      });

      await check(`hover on the right figure ${s.right} says it is supported`, async () => {
        const h = await hoverOn(page, s.right, s.rightHover, shot('hover-right'));
        fs.writeFileSync(path.join(scratch, 'hover-right.txt'), h.text);
      });

      await check('the Problems panel lists the findings', async () => {
        const panel = page.locator('.markers-panel');
        await retry('the Problems panel', async () => {
          await page.mouse.move(5, 5);
          await page.keyboard.press('Escape');
          if (!(await panel.isVisible())) await page.keyboard.press('Control+Shift+M');
          await panel.waitFor({ timeout: TRY_MS });
        });
        // The rows appear with the diagnostics; wait for the one the check is about.
        await until(
          'a figure-mismatch row in the Problems panel',
          async () =>
            (await panel.locator('.monaco-list-row').allInnerTexts()).some(
              (r) => /figure-mismatch/.test(r) && s.wrongProblem.test(r),
            ),
          UI_MS,
        );
        await page.waitForTimeout(300);
        await page.screenshot({ path: shot('problems') });
        await page
          .locator('.part.panel')
          .first()
          .screenshot({ path: shot('problems-clip') })
          .catch(() => {});
        const rows = await panel.locator('.monaco-list-row').allInnerTexts();
        fs.writeFileSync(path.join(scratch, 'problems.txt'), rows.join('\n----\n'));
        if (!rows.some((r) => /figure-mismatch/.test(r) && s.wrongProblem.test(r)))
          throw new Error(`Problems rows:\n${rows.join('\n')}`);
      });
    });
  } finally {
    await browser.close();
    await server.stop();
  }
  return checks;
}

export async function look(opts) {
  const checks = [];
  for (const lang of (process.env.XREF_EDITOR_LOOK ?? 'en,ko').split(',')) checks.push(...(await scene(lang, opts)));
  return { checks };
}
