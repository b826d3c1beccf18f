// A publisher's TypeScript using the hand-written declarations (www/dramatis.d.ts).
// Compiled with `tsc --noEmit --strict` by tests/e2e/package.test.mjs. The
// `@ts-expect-error` lines are misuses the declarations must reject: if a type became
// too loose (say `any`), the directive itself would be reported as unused and fail.
import { mount, type DramatisHandle, type SelectDetail, type Story } from '../../www/dramatis.js';

const story: Story = {
  version: '1',
  article: { title: 'Talks', byline: null, published: null, url: null },
  quotes: [{ id: 'q1', text: 'We are ready,', kind: 'speech', speaker: 'a', paragraph: 0, context: '' }],
  actors: [{ id: 'a', name: 'Ana Lopez', aliases: [], kind: 'person', role: null, parent: null }],
  relations: [],
};

export async function embed(el: HTMLElement): Promise<DramatisHandle> {
  const handle = await mount(el, { article: '#story', story, view: 'cards', loading: 'lazy', deepLinks: true, timeoutMs: 5000 });
  const ok: boolean = handle.select('a');
  handle.select(null);
  handle.update(story);
  handle.update(JSON.stringify(story));
  const quotes: number | undefined = handle.stats?.quotes;
  void ok; void quotes;
  el.addEventListener('dramatis:select', (e) => {
    const d: SelectDetail = e.detail;
    if (d.type === 'quote') { const p: number = d.paragraph; void p; }
  });
  document.querySelector('dramatis-widget')?.refresh();
  // @ts-expect-error: select takes an actor id, not a number
  handle.select(42);
  // @ts-expect-error: view is cards | tree | both
  await mount(el, { view: 'grid' });
  // @ts-expect-error: a quote's kind is speech | term
  handle.update({ ...story, quotes: [{ ...story.quotes[0], kind: 'speach' }] });
  return handle;
}
