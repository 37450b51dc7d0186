// The diagrams drawn from lessons/case-study/ (the publication trail on "About this text", the
// timeline on the case-study page and in lessons): present, named and described, with their
// text alternative, and every word inside the drawing at every width and text size.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { fileUrl, waitForHeading } from './helpers.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/** Labels of SVG text that sticks out of its drawing (SVG text does not wrap by itself). */
function overflowing(figure) {
  return figure.locator('svg').evaluate((svg) => {
    const width = svg.getBoundingClientRect().width;
    return [...svg.querySelectorAll('text')]
      .filter((t) => {
        const box = t.getBBox();
        return box.width > 0 && (box.x < -1 || box.x + box.width > width + 1);
      })
      .map((t) => t.textContent);
  });
}

async function describedDrawing(figure) {
  const svg = figure.locator('svg');
  assert.equal(await svg.getAttribute('role'), 'img');
  const caption = await figure.locator('figcaption').innerText();
  const desc = await svg.locator('desc').textContent();
  assert.ok(caption.length > 20, `caption: ${caption}`);
  assert.ok(desc.length > 40, `description: ${desc}`);
  const named = await svg.evaluate(
    (el) => document.getElementById(el.getAttribute('aria-labelledby'))?.textContent ?? '',
  );
  assert.equal(named, caption);
  return { svg, desc };
}

for (const [width, size] of [
  [375, 'Normal'],
  [1280, 'Normal'],
  [320, 'Largest'],
]) {
  test(`the trail and the timeline at ${width} px, ${size} text: described, listed in words, nothing cut off`, async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(fileUrl('/case-study'));
    await waitForHeading(page);
    if (size !== 'Normal') {
      await page.getByRole('button', { name: 'Display' }).click();
      await page.getByRole('radio', { name: size, exact: true }).click();
      await page.getByRole('button', { name: 'Done' }).click();
    }

    // The publication trail, on the source card.
    const trail = page.locator('.source-card figure.trail-diagram');
    const { desc } = await describedDrawing(trail);
    for (const text of ['22 April 2025', 'May 2025', '3 June 2025', 'Pouia Tajali']) {
      assert.ok(desc.includes(text), `the trail's description lacks ${text}`);
    }
    const trailList = trail.locator('.trail-list > li');
    assert.equal(await trailList.count(), 3);
    await trail.getByText('The same in words, with the sources').click();
    assert.ok(await trailList.first().getByRole('link').first().isVisible());
    assert.deepEqual(await overflowing(trail), []);

    // The timeline, below the article: its list in words is open from the start.
    const timeline = page.locator('.timeline-section figure.timeline-chart');
    await describedDrawing(timeline);
    const dots = await timeline.locator('svg g.timeline-dot, svg g.timeline-dot-outline').count();
    const events = timeline.locator('.timeline-list li');
    assert.ok(dots >= 20, `${dots} events drawn`);
    assert.equal(await events.count(), dots, 'every dot is in the list, and only those');
    assert.ok(await events.first().isVisible(), 'the list is open');
    const first = events.filter({ hasText: /^1\. / });
    assert.match(await first.innerText(), /^1\. 1988: .* Confidence: high.* Sources: Amnesty/s);
    assert.deepEqual(await overflowing(timeline), []);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
}

test('a lesson shows only the timeline rows it names, its list closed behind a button', async () => {
  const page = await browser.context.newPage();
  await page.goto(fileUrl('/lessons/counter-evidence'));
  await waitForHeading(page);
  const timeline = page.locator('figure.timeline-chart');
  await describedDrawing(timeline);
  const lanes = await timeline.locator('.timeline-lane').allTextContents();
  assert.deepEqual(lanes, ['Iranian officials announce', 'The MEK and NCRI say']);
  assert.equal(await timeline.locator('.timeline-list li').first().isVisible(), false);
  await timeline.getByText('The events in words, with their sources').click();
  assert.ok(await timeline.locator('.timeline-list li').first().isVisible());
  await page.close();
});
