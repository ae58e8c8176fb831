/**
 * The validation stage answering later: an element whose `select` returns a Promise, as a
 * select that loads a validator with `import()` would. Its answer takes the same path as a
 * load's: the loading state meanwhile, and only while its source and pick are still current.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as template } from 'lit';
import { property } from 'lit/decorators.js';
import { DataSourceController, type Selection } from '../../src/core/data-source.js';
import type { LedeErrorEvent, LedeLoadEvent } from '../../src/core/events.js';
import { LedeElement } from '../../src/core/lede-element.js';
import { errorMessage } from '../../src/core/messages.js';
import { selectBlock } from '../../src/core/select-block.js';
import { STAT } from '../../src/model/block-shapes.js';
import type { StatBlock } from '../../src/model/types.js';
import { captureWarnings, recordEvents } from '../helpers/events.js';
import { fakeFetchInEachTest } from '../helpers/fake-fetch-hooks.js';

/** One call of `select`: the document it was given, and how the test answers it. */
interface Asked {
  document: unknown;
  index: number | undefined;
  answer(selection: Selection<StatBlock>): void;
  reject(error: Error): void;
}

/** A stat element whose `select` answers only when the test says so. */
class LedeLaterSelect extends LedeElement {
  @property({ attribute: false }) stat?: unknown;
  @property({ type: Number }) index?: number;

  /** Every selection asked for, oldest first. */
  readonly asked: Asked[] = [];

  private readonly data = new DataSourceController<StatBlock>(this, {
    property: () => this.stat,
    attributes: () => undefined,
    select: (document) => {
      const index = this.index;
      return new Promise<Selection<StatBlock>>((answer, reject) => {
        this.asked.push({ document, index, answer, reject });
      });
    },
    message: errorMessage,
    pick: () => String(this.index ?? ''),
  });

  override render() {
    return this.renderStates(this.data.state, {
      loading: () => template`<p part="loading" aria-busy="true">Loading</p>`,
      ready: (stat) => template`<p part="value">${stat.value}</p>`,
    });
  }
}
customElements.define('lede-later-select', LedeLaterSelect);

const shown = (el: LedeLaterSelect, part: string) =>
  el.shadowRoot!.querySelector(`[part=${part}]`)?.textContent?.trim();

/** Answers `asked` as the real selection of a stat block would. */
const answerAsSelected = (asked: Asked) =>
  asked.answer(selectBlock<StatBlock>(asked.document, STAT, { index: asked.index }));

const story = (...values: number[]) => ({
  headline: 'Figures',
  body: values.map((value) => ({ type: 'stat', value })),
});

describe('data source: a select that answers later', () => {
  it('shows the loading state until the selection arrives, then renders it and fires lede-load once', async () => {
    const el = await fixture<LedeLaterSelect>(
      html`<lede-later-select .stat=${{ type: 'stat', value: 5, note: 'x' }}></lede-later-select>`,
    );
    const events = recordEvents(el, 'lede-load', 'lede-error');
    expect(shown(el, 'loading')).to.equal('Loading');
    expect(el.asked).to.have.length(1);
    const loaded = oneEvent(el, 'lede-load') as Promise<LedeLoadEvent>;
    answerAsSelected(el.asked[0]!);
    const event = await loaded;
    await el.updateComplete;
    expect(shown(el, 'value')).to.equal('5');
    expect(event.detail.source).to.equal('property');
    expect(event.detail.warnings.map((warning) => warning.path)).to.deep.equal(['note']);
    expect(events).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('drops a selection whose source changed while it was on its way', async () => {
    const el = await fixture<LedeLaterSelect>(
      html`<lede-later-select .stat=${{ type: 'stat', value: 1 }}></lede-later-select>`,
    );
    const events = recordEvents(el, 'lede-load', 'lede-error');
    el.stat = { type: 'stat', value: 2 };
    await el.updateComplete;
    const [first, second] = el.asked;
    const loaded = oneEvent(el, 'lede-load');
    answerAsSelected(second!);
    await loaded;
    answerAsSelected(first!);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(shown(el, 'value')).to.equal('2');
    expect(events).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('selects again for a new pick from the document it has, dropping the answer for the old pick', async () => {
    const el = await fixture<LedeLaterSelect>(
      html`<lede-later-select .stat=${story(10, 20, 30)}></lede-later-select>`,
    );
    el.index = 1;
    await el.updateComplete;
    expect(el.asked.map((asked) => asked.index)).to.deep.equal([undefined, 1]);
    expect(el.asked[1]!.document).to.equal(el.asked[0]!.document);
    const loaded = oneEvent(el, 'lede-load');
    answerAsSelected(el.asked[1]!);
    await loaded;
    answerAsSelected(el.asked[0]!);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(shown(el, 'value')).to.equal('20');
    el.index = 2;
    await el.updateComplete;
    expect(shown(el, 'loading')).to.equal('Loading');
    answerAsSelected(el.asked[2]!);
    await oneEvent(el, 'lede-load');
    await el.updateComplete;
    expect(shown(el, 'value')).to.equal('30');
    await expect(el).to.be.accessible();
  });

  it('shows a later refusal as an error, with one lede-error event and one console warning', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<LedeLaterSelect>(
        html`<lede-later-select .stat=${story(1)} index="3"></lede-later-select>`,
      );
      const failed = oneEvent(el, 'lede-error') as Promise<LedeErrorEvent>;
      answerAsSelected(el.asked[0]!);
      const event = await failed;
      await el.updateComplete;
      expect(event.detail.cause).to.equal('not-found');
      expect(event.detail.problems).to.deep.equal([
        { path: 'body', message: 'no "stat" block with number 4' },
      ]);
      expect(shown(el, 'error')).to.equal('This part of the story was not found.');
      expect(warnings.messages).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      warnings.stop();
    }
  });

  it('fails a selection that rejects as one that throws: invalid data, with its message', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<LedeLaterSelect>(
        html`<lede-later-select .stat=${{ type: 'stat', value: 1 }}></lede-later-select>`,
      );
      const failed = oneEvent(el, 'lede-error') as Promise<LedeErrorEvent>;
      el.asked[0]!.reject(new Error('the validator could not be loaded'));
      const event = await failed;
      await el.updateComplete;
      expect(event.detail.cause).to.equal('invalid');
      expect(event.detail.problems).to.deep.equal([
        { path: '', message: 'the validator could not be loaded' },
      ]);
      expect(shown(el, 'error')).to.equal('The story’s data is incomplete or malformed.');
      await expect(el).to.be.accessible();
    } finally {
      warnings.stop();
    }
  });

  it('drops a selection under way when the element leaves the page, and selects again when it returns', async () => {
    const el = await fixture<LedeLaterSelect>(
      html`<lede-later-select .stat=${{ type: 'stat', value: 7 }}></lede-later-select>`,
    );
    const events = recordEvents(el, 'lede-load', 'lede-error');
    const parent = el.parentNode!;
    el.remove();
    answerAsSelected(el.asked[0]!);
    await new Promise((resolve) => setTimeout(resolve));
    expect(events).to.have.length(0);
    parent.appendChild(el);
    await el.updateComplete;
    expect(el.asked).to.have.length(2);
    const loaded = oneEvent(el, 'lede-load');
    answerAsSelected(el.asked[1]!);
    await loaded;
    await el.updateComplete;
    expect(shown(el, 'value')).to.equal('7');
    await expect(el).to.be.accessible();
  });
});

describe('data source: a select that answers later, for a src', () => {
  const { fake, warnings } = fakeFetchInEachTest({ captureWarnings: true });

  it('names the src in a later refusal, as in one given at once', async () => {
    const el = await fixture<LedeLaterSelect>(
      html`<lede-later-select src="/figures.json" index="5"></lede-later-select>`,
    );
    (await fake.waitForRequests(1))[0]!.respond(JSON.stringify(story(1, 2)));
    await waitUntil(() => el.asked.length > 0, 'the document is selected from');
    const failed = oneEvent(el, 'lede-error') as Promise<LedeErrorEvent>;
    answerAsSelected(el.asked[0]!);
    const event = await failed;
    expect(event.detail).to.include({ cause: 'not-found', src: '/figures.json' });
    expect(warnings.messages).to.have.length(1);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
