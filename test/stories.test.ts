/**
 * Every story is a test. Each story in stories/ is rendered the way Storybook renders it (args,
 * render, decorators, loaders), in the light, dark and tabloid themes and right-to-left, and must:
 * render without an exception or console error (test/support/setup.ts fails the test on any; a
 * story may show a fallback, so our own one-line content warnings are allowed, no other warning),
 * show no leaked "undefined"/"NaN"/"Invalid Date"/"[object Object]", and pass axe-core's
 * WCAG 2.0–2.2 A and AA rules. A new story file is picked up without anyone writing a test:
 * test/support/stories-plugin.mjs lists stories/ for us.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import sinon from 'sinon';
import {
  axeViolations,
  badText,
  imagesSettled,
  loadStoryFiles,
  nextTask,
  settle,
  useTheme,
} from './support/quality.js';

interface Mode {
  name: string;
  theme: string;
  dir: 'ltr' | 'rtl';
}
const modes: Mode[] = [
  { name: 'light', theme: 'light', dir: 'ltr' },
  { name: 'dark', theme: 'dark', dir: 'ltr' },
  { name: 'tabloid', theme: 'tabloid', dir: 'ltr' },
  { name: 'rtl', theme: 'light', dir: 'rtl' },
];

const files = await loadStoryFiles();

describe('stories', () => {
  let container: HTMLElement;
  let warn: sinon.SinonStub;

  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
    container = document.createElement('div');
    container.className = 'story-root';
    document.body.append(container);
  });

  afterEach(async () => {
    warn.restore();
    container.remove();
    fixtureCleanup();
    document.documentElement.removeAttribute('dir');
    await useTheme(null);
  });

  it('finds the story files in stories/', () => {
    // Guards the harness itself: a broken plugin must not turn into a silently empty suite.
    const count = files.reduce((n, f) => n + f.stories.length, 0);
    expect(files.length + count, 'story files and stories found').to.be.greaterThan(0);
  });

  for (const file of files) {
    describe(`${file.title} (${file.file})`, () => {
      if (file.error) {
        it('imports', () => {
          throw file.error;
        });
        return;
      }
      it('has at least one story', () => {
        expect(file.stories.length).to.be.greaterThan(0);
      });
      for (const story of file.stories) {
        for (const mode of modes) {
          it(`${story.name} · ${mode.name}`, async () => {
            await useTheme(mode.theme);
            // A story written in a right-to-left language sets its own direction and keeps it.
            document.documentElement.dir = String(story.parameters.direction ?? mode.dir);
            await story.renderInto(container, { theme: mode.theme, direction: mode.dir });
            await imagesSettled(container);
            await nextTask();
            await settle(container);

            expect(container.childNodes.length, 'the story rendered something').to.be.greaterThan(0);
            const problems = [
              ...warn.args
                .map((args) => args.map(String).join(' '))
                .filter((text) => !text.startsWith('news-elements:'))
                .map((text) => `warning: ${text}`),
              ...badText(container).map((text) => `leaked value on screen: ${text}`),
              ...(await axeViolations(container)).map((v) => `axe: ${v}`),
            ];
            expect(problems.join('\n\n'), `problems in ${mode.name}`).to.equal('');
          });
        }
      }
    });
  }
});
