// The SCORM packages in a stand-in LMS: scorm-again (the run-time LMSs embed) provides the API
// in a page served over http, the package's launch file runs in a frame, a learner plays a
// quiz, and the test reads what the LMS received. A second launch, in a fresh browser (another
// computer) with what the LMS kept, resumes where the learner stopped. Without an API the
// package is the plain build. A misbehaving LMS never blocks the learner.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { launch, watchPage } from './browser.mjs';
import { DIST, startServer } from './helpers.mjs';
import { answerCurrent, kindOf, moveOn } from './quiz-driver.mjs';

const PACKAGES = { 1.2: 'scorm12', 2004: 'scorm2004' };
const QUIZ = '#/lessons/unsupported-claims/quiz';
const LESSON_IDS = ['unsupported-claims', 'authorship', 'counter-evidence', 'final-review'];
const TYPES = {
  1.2: ['choice', 'matching', 'sequencing', 'fill-in'],
  2004: ['choice', 'matching', 'sequencing', 'long-fill-in'],
};
const EL = {
  1.2: {
    id: 'cmi.core.student_id',
    name: 'cmi.core.student_name',
    status: 'cmi.core.lesson_status',
    raw: 'cmi.core.score.raw',
    response: 'student_response',
  },
  2004: {
    id: 'cmi.learner_id',
    name: 'cmi.learner_name',
    status: 'cmi.completion_status',
    raw: 'cmi.score.raw',
    response: 'learner_response',
  },
};

let site;
let server;
const browsers = [];

before(async () => {
  site = mkdtempSync(join(tmpdir(), 'scorm-lms-'));
  for (const dir of Object.values(PACKAGES)) {
    const zip = join(DIST, `${dir}.zip`);
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
      mkdirSync(dirname(join(site, dir, name)), { recursive: true });
      writeFileSync(join(site, dir, name), bytes);
    }
  }
  mkdirSync(join(site, 'lms'));
  for (const f of ['scorm12.min.js', 'scorm2004.min.js']) {
    copyFileSync(join('node_modules/scorm-again/dist', f), join(site, 'lms', f));
  }
  copyFileSync('tests/e2e/scorm-lms.html', join(site, 'index.html'));
  server = await startServer(site);
});

after(async () => {
  for (const b of browsers) await b.close();
  await server?.stop();
  rmSync(site, { recursive: true, force: true });
});

/** A fresh browser: a computer that has never seen the module. */
async function computer() {
  const b = await launch();
  browsers.push(b);
  return b;
}

/**
 * Opens the stand-in LMS and the package in its frame. Returns the page, the frame, a driver
 * for quiz-driver.mjs (which expects a page), the problems seen and the [lms] log lines.
 */
async function openInLms(browser, version, { data = {}, faults = [], route = '' } = {}) {
  const page = await browser.context.newPage();
  const problems = watchPage(page);
  const logs = [];
  page.on('console', (m) => {
    if (m.text().includes('[lms]')) logs.push(m.text());
  });
  await page.goto(server.url);
  await page.evaluate((options) => window.launch(options), { version, data, faults, route });
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  const driver = {
    locator: (s) => frame.locator(s),
    evaluate: (fn, arg) => frame.evaluate(fn, arg),
    keyboard: page.keyboard,
  };
  return { page, frame, driver, problems, logs };
}

const learner = (version) => ({
  [EL[version].id]: 'student-42',
  [EL[version].name]: version === '1.2' ? 'Doe, Jane' : 'Jane Doe',
});

/** Answers `count` questions (or all, when count is Infinity); true when results are shown. */
async function answer(frame, driver, count) {
  for (let i = 0; i < count; i++) {
    await frame.locator('.question-heading').waitFor();
    await answerCurrent(driver, 'mouse');
    await frame.locator('.feedback').first().waitFor();
    if (!(await moveOn(driver, 'mouse'))) {
      await frame.getByRole('heading', { level: 1, name: /^Results/ }).waitFor();
      return true;
    }
  }
  return false;
}

const cmi = (page) => page.evaluate(() => window.lms.getFlattenedCMI());
const calls = (page) => page.evaluate(() => window.calls.map((c) => c[0]));

/** The interactions in the LMS, in order, as objects. */
function interactionsOf(data) {
  const out = [];
  for (const [key, value] of Object.entries(data)) {
    const m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(key);
    if (m) (out[Number(m[1])] ??= {})[m[2]] = value;
  }
  return out;
}

/** Closes the module as an LMS does when the learner leaves: the frame goes away. */
async function leave(page) {
  await page.evaluate(() => document.querySelector('iframe').remove());
  await page.waitForFunction(() =>
    window.calls.some((c) => c[0] === 'LMSFinish' || c[0] === 'Terminate'),
  );
}

/** What an LMS gives back on the next launch: what it stored, minus what is per session. */
function kept(data) {
  return Object.fromEntries(
    Object.entries(data).filter(
      ([k, v]) =>
        typeof v === 'string' &&
        v !== '' &&
        !/(_children|_count|session_time|total_time|\.entry|\.exit)$/.test(k) &&
        !/^cmi\.(core\.)?(credit|lesson_mode|mode)$/.test(k),
    ),
  );
}

for (const version of ['1.2', '2004']) {
  test(`SCORM ${version}: the LMS receives status, score, objectives and interactions, and a second launch resumes`, async () => {
    const el = EL[version];
    // First computer: four answers, then the learner leaves.
    const first = await openInLms(await computer(), version, {
      data: learner(version),
      route: QUIZ,
    });
    const name = version === '1.2' ? 'Doe, Jane' : 'Jane Doe';
    await first.frame.getByRole('button', { name: 'Start the quiz' }).click();
    await answer(first.frame, first.driver, 4);
    await first.frame.locator('.question-heading').waitFor();
    const where = await first.frame.locator('.question-heading').textContent();
    // How many questions the quiz has comes from the page, so adding items needs no edit here.
    const total = Number(where.match(/^Question 5 of (\d+)/)?.[1]);
    assert.ok(total >= 10, where);
    await leave(first.page);
    const saved = await cmi(first.page);

    assert.equal(saved[el.status], 'incomplete');
    assert.equal(saved[el.raw], '', 'no score before a quiz is finished');
    assert.deepEqual(
      LESSON_IDS.map((_, n) => saved[`cmi.objectives.${n}.id`]),
      LESSON_IDS,
      'one objective per lesson, with the lesson id',
    );
    const suspend = saved['cmi.suspend_data'];
    assert.ok(suspend.length > 50 && suspend.length <= (version === '1.2' ? 4096 : 64000));
    const sent = interactionsOf(saved);
    assert.ok(sent.length >= 4, `${sent.length} interactions`);
    const firsts = sent.filter((i) => !/-try\d+$/.test(i.id));
    assert.equal(firsts.length, 4, 'each question answered has one first-try interaction');
    assert.equal(new Set(sent.map((i) => i.id)).size, sent.length, 'interaction ids are unique');
    for (const i of sent) {
      assert.ok(TYPES[version].includes(i.type), `type ${i.type}`);
      assert.equal(i['objectives.0.id'], 'unsupported-claims');
      assert.match(i.result, /^(correct|wrong|incorrect|0\.\d+)$/);
      assert.ok(i[el.response], `a learner response for ${i.id}`);
      if (version === '1.2') {
        assert.match(i.time, /^\d\d:\d\d:\d\d$/);
        assert.match(i.latency, /^\d\d:\d\d:\d\d$/);
        if (i.type !== 'fill-in') assert.match(i.student_response, /^[a-z0-9.,]+$/);
      } else {
        assert.match(i.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d\dZ$/);
        assert.match(i.latency, /^PT\d+H\d+M\d+S$/);
      }
    }
    assert.deepEqual(first.problems, []);

    // Another computer: the LMS hands back what it kept; the attempt goes on where it stopped.
    const second = await openInLms(await computer(), version, {
      data: { ...kept(saved), [version === '1.2' ? 'cmi.core.entry' : 'cmi.entry']: 'resume' },
      route: QUIZ,
    });
    await second.frame.locator('.question-heading').waitFor();
    assert.equal(await second.frame.locator('.question-heading').textContent(), where);
    assert.match(
      await second.frame.locator('.quiz-progress label').textContent(),
      new RegExp(`4 of ${total}`),
    );
    assert.ok(await answer(second.frame, second.driver, 40), 'the quiz can be finished');
    const percent = (await second.frame.locator('.score-number').textContent()).replace('%', '');
    const after = await cmi(second.page);

    assert.equal(after[el.status], 'incomplete', 'three quizzes are still to do');
    assert.equal(
      Object.keys(after).filter((k) => /^cmi\.objectives\.\d+\.id$/.test(k)).length,
      4,
      'objectives kept their places',
    );
    // The LMS gets the exact score (one decimal); the learner sees it as a whole number,
    // rounded down.
    const exact = Number(after['cmi.objectives.0.score.raw']);
    assert.equal(Math.floor(exact), Number(percent));
    const success = exact >= 80 ? 'passed' : 'failed';
    assert.equal(
      after[version === '1.2' ? 'cmi.objectives.0.status' : 'cmi.objectives.0.success_status'],
      success,
    );
    assert.equal(after[el.raw], String(Math.round((exact / 4) * 10) / 10));
    if (version === '2004') {
      assert.equal(
        Number(after['cmi.score.scaled']),
        Math.round(Number(after[el.raw]) * 10) / 1000,
      );
      assert.equal(after['cmi.success_status'], 'unknown', 'not reported before all are done');
    }
    const all = interactionsOf(after);
    assert.equal(new Set(all.map((i) => i.id)).size, all.length, 'nothing written twice');
    assert.equal(all.filter((i) => !/-try\d+$/.test(i.id)).length, total);
    // The learner's name came from the LMS, and the footer says where progress goes.
    assert.equal(await second.frame.locator('.learner-name').textContent(), name);
    assert.match(await second.frame.locator('.site-footer').textContent(), /sent to your LMS/);
    assert.deepEqual(second.problems, []);
  });
}

test('under an LMS the LMS learner is the default; switching learners and downloading results still work', async () => {
  const { frame, page, problems } = await openInLms(await computer(), '1.2', {
    data: learner('1.2'),
    route: '#/progress',
  });
  const header = frame.locator('.learner-name');
  await frame.locator('.learner-panel').waitFor();
  assert.equal(await header.textContent(), 'Doe, Jane');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: 'Download my results' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^results-.*Jane.*\.json$/);
  // "Not you? Switch": the LMS learner is the only one here (the untouched "Learner 1" of a
  // first visit is gone); another learner can be added and the LMS learner chosen again.
  await frame.getByRole('link', { name: 'Not you? Switch' }).click();
  const choices = frame.locator('.learner-choices button');
  await choices.first().waitFor();
  assert.deepEqual(await choices.allTextContents(), ['Continue as Doe, Jane']);
  await frame.getByLabel('Your name').fill('Sam');
  await frame.getByRole('button', { name: 'Start as a new learner' }).click();
  await frame.locator('.learner-panel').waitFor();
  assert.equal(await header.textContent(), 'Sam');
  await frame.getByRole('link', { name: 'Not you? Switch' }).click();
  await frame.getByRole('button', { name: 'I am Doe, Jane' }).click();
  await frame.locator('.learner-panel').waitFor();
  assert.equal(await header.textContent(), 'Doe, Jane');
  assert.deepEqual(problems, []);
});

test('without an LMS the package is the plain build, and the adapter does not run', async () => {
  const plain = readFileSync(join(DIST, 'index.html'));
  for (const dir of Object.values(PACKAGES)) {
    assert.ok(readFileSync(join(site, dir, 'index.html')).equals(plain), `${dir}: same file`);
  }
  const b = await computer();
  // In a frame of a page with no API (the page counts the look-ups)…
  const page = await b.context.newPage();
  const problems = watchPage(page);
  const lines = [];
  page.on('console', (m) => lines.push(m.text()));
  await page.goto(server.url);
  await page.evaluate((route) => window.launchWithoutApi(route), QUIZ);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await frame.getByRole('button', { name: 'Start the quiz' }).click();
  await frame.locator('.question-heading').waitFor();
  assert.ok((await page.evaluate(() => window.apiLookups)) > 0, 'the API was looked for');
  assert.equal(await frame.evaluate(() => document.documentElement.dataset.lms), undefined);
  assert.match(await frame.locator('.site-footer').textContent(), /nothing is sent anywhere/);
  // …and double-clicked from the unzipped folder.
  const local = await b.context.newPage();
  const localProblems = watchPage(local);
  local.on('console', (m) => lines.push(m.text()));
  await local.goto(`${pathToFileURL(join(site, 'scorm2004', 'index.html')).href}${QUIZ}`);
  await local.getByRole('button', { name: 'Start the quiz' }).click();
  await local.locator('.question-heading').waitFor();
  assert.equal(await local.evaluate(() => document.documentElement.dataset.lms), undefined);
  assert.deepEqual(
    lines.filter((l) => l.includes('[lms]')),
    [],
  );
  assert.deepEqual([...problems, ...localProblems], []);
});

/** The LMS problem notices on screen. */
const notices = (frame) => frame.locator('.notice', { hasText: /LMS/ });

for (const [label, version, faults] of [
  ['every SetValue returns false', '1.2', [{ method: 'LMSSetValue', code: 101 }]],
  ['Commit throws', '2004', [{ method: 'Commit', throws: 'network down' }]],
  [
    'the LMS rejects an interaction type',
    '2004',
    [{ method: 'SetValue', element: '\\.type$', value: '^(matching|choice)$', code: 406 }],
  ],
]) {
  test(`SCORM ${version}, ${label}: one notice, the learner carries on, progress stays`, async () => {
    const { page, frame, driver, logs } = await openInLms(await computer(), version, {
      data: learner(version),
      faults,
      route: QUIZ,
    });
    await frame.getByRole('button', { name: 'Start the quiz' }).click();
    await answer(frame, driver, 5);
    await notices(frame).first().waitFor();
    assert.equal(await notices(frame).count(), 1);
    assert.match(await notices(frame).textContent(), /may not have reached your LMS/);
    // Each distinct error is logged once, however often it happens.
    assert.equal(new Set(logs).size, logs.length, logs.join('\n'));
    assert.ok(logs.length >= 1);
    // Progress is kept in this browser: a reload goes on with the same question.
    const heading = await frame.locator('.question-heading').textContent();
    await frame.evaluate(() => location.reload());
    await frame.locator('.question-heading').waitFor();
    assert.equal(await frame.locator('.question-heading').textContent(), heading);
    if (label !== 'every SetValue returns false') {
      const data = await cmi(page);
      assert.equal(data[EL[version].status], 'incomplete', 'what the LMS accepted got there');
    }
  });
}

test('SCORM 1.2, an Initialize that fails: one notice, nothing else is sent, the module works', async () => {
  const { page, frame, driver } = await openInLms(await computer(), '1.2', {
    data: learner('1.2'),
    faults: [{ method: 'LMSInitialize', code: 101 }],
    route: QUIZ,
  });
  await frame.getByRole('button', { name: 'Start the quiz' }).click();
  await answer(frame, driver, 2);
  assert.equal(await notices(frame).count(), 1);
  assert.deepEqual(await calls(page), ['LMSInitialize']);
});

test('SCORM 1.2, progress too long for suspend_data: one notice, the LMS keeps the last data that fitted', async () => {
  const { page, frame, driver, logs } = await openInLms(await computer(), '1.2', {
    data: learner('1.2'),
    route: QUIZ,
  });
  await frame.getByRole('button', { name: 'Start the quiz' }).click();
  // Answer until the written question, and write far more than 4,096 characters fit.
  for (let i = 0; i < 40; i++) {
    await frame.locator('.question-heading').waitFor();
    const card = frame.locator('.question-card').first();
    if ((await kindOf(card)) === 'short-answer') break;
    await answerCurrent(driver, 'mouse');
    await frame.locator('.feedback').first().waitFor();
    await moveOn(driver, 'mouse');
  }
  const before = (await cmi(page))['cmi.suspend_data'];
  assert.ok(before.length > 0);
  const card = frame.locator('.question-card').first();
  await card.locator('textarea').fill(noise(5000));
  await card.getByRole('button', { name: 'Compare with the rubric' }).click();
  await card.locator('.rubric-levels input[type=radio]').first().click();
  await card.getByRole('button', { name: 'Save my self-assessment' }).click();
  await notices(frame).first().waitFor();
  assert.equal(await notices(frame).count(), 1);
  assert.equal((await cmi(page))['cmi.suspend_data'], before);
  assert.ok(logs.some((l) => l.includes('longer than 4096')));
  // The learner goes on; the answer is kept in this browser. The question order is shuffled
  // per attempt, so the written question may be the last one: then "on" is the results.
  await frame.locator('.feedback').first().waitFor();
  const more = await moveOn(driver, 'mouse');
  await frame.locator(more ? '.question-heading' : '.score-number').waitFor();
});

/** Text a compressor cannot shrink much, seeded so the test repeats. */
function noise(length) {
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .';
  let n = 12345;
  let out = '';
  for (let i = 0; i < length; i++) {
    n = (Math.imul(n, 1664525) + 1013904223) >>> 0;
    out += chars[n >>> 26];
  }
  return out;
}
