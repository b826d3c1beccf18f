// How the widget reads a story JSON's values into the story's types (src/model/js.rs):
// every kind of value JSON.parse can give, in every field type, with the message each
// wrong one gets. The expected messages are those of the serde-wasm-bindgen reader the
// hand-written one replaced (recorded from that build), so the swap changed no message.
// RECORD=1 prints the observed results instead of checking them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, report, TEST_TIMEOUT } from './helpers.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const LOADER = '/www/dramatis.js';

const CASES = [
  '{"quotes": 5}',
  '{"quotes": null}',
  '{"quotes": {}}',
  '{"quotes": {"a": 1}}',
  '{"quotes": [5]}',
  '{"quotes": ["q"]}',
  '{"quotes": [{"paragraph": 1.5}]}',
  '{"quotes": [{"paragraph": -1}]}',
  '{"quotes": [{"paragraph": 5000000000}]}',
  '{"quotes": [{"paragraph": 1e300}]}',
  '{"quotes": [{"paragraph": "two"}]}',
  '{"quotes": [{"paragraph": null}]}',
  '{"quotes": [{"text": 1e-7}]}',
  '{"quotes": [{"text": 1.5e-7}]}',
  '{"quotes": [{"text": -0}]}',
  '{"quotes": [{"text": 0}]}',
  '{"quotes": [{"text": 1e999}]}',
  '{"quotes": [{"text": -1e999}]}',
  '{"quotes": [{"text": 12345678901234567890}]}',
  '{"quotes": [{"text": 1e21}]}',
  '{"quotes": [{"text": 0.1}]}',
  '{"quotes": [{"text": -123.456e5}]}',
  '{"quotes": [{"text": 5e-324}]}',
  '{"quotes": [{"text": 1.7976931348623157e308}]}',
  '{"quotes": [{"text": true}]}',
  '{"quotes": [{"text": null}]}',
  '{"quotes": [{"text": [1, "a"]}]}',
  '{"quotes": [{"text": {"a": "b\\"c"}}]}',
  '{"quotes": [{"text": "x", "id": 3}]}',
  '{"quotes": [{"context": "é\\n\\u0007\\u200b\\\\"}]}',
  '{"quotes": [{"context": 1, "text": 2}]}',
  '{"quotes": [{"kind": "xx"}]}',
  '{"quotes": [{"kind": 3}]}',
  '{"quotes": [{"kind": null}]}',
  '{"quotes": [{"kind": false}]}',
  '{"quotes": [{"kind": {"term": 1}}]}',
  '{"quotes": [{"kind": {"a": 1, "b": 2}}]}',
  '{"quotes": [{"kind": []}]}',
  '{"quotes": [{"kind": ["term"]}]}',
  '{"quotes": [{"start": 1.5}]}',
  '{"quotes": [{"end": "3"}]}',
  '{"quotes": [{"speaker": 7}]}',
  '{"quotes": [{"evidence": []}]}',
  '{"quotes": [{"origin": {}}]}',
  '{"actors": [{"kind": "robot"}]}',
  '{"actors": [{"kind": "Person"}]}',
  '{"actors": [{"id": "a", "name": "A", "aliases": [1]}]}',
  '{"actors": [{"id": "a", "name": "A", "aliases": null}]}',
  '{"actors": [{"id": "a", "name": "A", "merged": {}}]}',
  '{"actors": [{"id": "a", "name": "A", "merged": 2}]}',
  '{"actors": [{"id": "a", "name": "A", "role": 2, "parent": 3}]}',
  '{"actors": [[]]}',
  '{"actors": [null]}',
  '{"actors": 3}',
  '{"strings": 5}',
  '{"strings": null}',
  '{"strings": {"a": 1}}',
  '{"strings": ["ab"]}',
  '{"strings": [[1, "b"]]}',
  '{"strings": "x"}',
  '{"article": 5}',
  '{"article": {"title": 5}}',
  '{"article": {"url": [], "title": 1}}',
  '{"version": 1}',
  '{"version": ["1"]}',
  '{"relations": [{"source": "a", "target": "b", "kind": "x", "evidence": {"paragraph": "2"}}]}',
  '{"relations": [{"evidence": 5}]}',
  '{"relations": [{"evidence": {"sentence": 5}}]}',
  '{"relations": [7]}',
  '{"relations": [{"kind": null}]}',
  '{"paragraphs": [1]}',
  '{"paragraphs": null}',
  '{"paragraphs": {"a": "b"}}',
  '{"diagnostics": [{"paragraph": "x"}]}',
  '{"diagnostics": [{"message": 1}]}',
  '{"diagnostics": [{"paragraph": -2}]}',
  '5',
  '"story"',
  'null',
  '[]',
  '[{"id": "x"}]',
  // Valid stories: the widget's text after each shows what was read.
  '{"version": "1", "article": {"title": "T", "byline": null}, "strings": {"status_quotes": "N"}, "actors": [{"id": "a", "name": "Ana Lopez", "kind": "state", "aliases": ["AL"], "role": null, "parent": null}, {"id": "b", "name": "Bo", "kind": {"media": null}, "parent": "a", "merged": ["c"]}], "quotes": [{"id": "q1", "text": "We are ready", "kind": "term", "speaker": null, "paragraph": 0, "context": "c", "start": null, "end": 3, "unknown": 1}, {"id": "q2", "text": "Go", "speaker": "b", "paragraph": 2, "context": "Go now.", "start": 0, "end": 2, "evidence": "e", "origin": "curated"}], "relations": [{"source": "a", "target": "b", "kind": "leads", "evidence": {"paragraph": 1, "sentence": "S."}}, {"source": "b", "target": "a", "kind": "criticizes", "evidence": null}], "paragraphs": ["P0", "P1"], "diagnostics": [{"paragraph": null, "message": "m"}], "extra": [1, 2]}',
  '{"strings": [["title", "Who"]], "actors": [{"id": "z", "name": "Zed", "kind": "group"}], "quotes": [{"id": "q", "text": "Hi", "speaker": "z", "paragraph": -0}]}',
];

test('story JSON: every value type in every field reads as before, with the same messages', { timeout: TEST_TIMEOUT }, async () => {
  const { context, page, pageErrors, consoleErrors } = await openPage(browser, '/tests/e2e/pages/api.html');
  try {
    await page.evaluate(async (loader) => {
      const { mount } = await import(loader);
      window.__handle = await mount(document.getElementById('app'), { article: 'none', view: 'both', theme: 'light' });
    }, LOADER);
    const got = [];
    for (const json of CASES) {
      const r = await page.evaluate((j) => {
        try { window.__handle.update(j); return { ok: true }; } catch (e) { return { error: String(e.message) }; }
      }, json);
      if (r.ok) {
        await page.waitForTimeout(50);
        r.text = await page.evaluate(() => document.getElementById('app').shadowRoot.textContent);
      }
      got.push(r.error ?? `ok: ${r.text}`);
    }
    if (process.env.RECORD) {
      console.log(JSON.stringify(got, null, 2));
      return;
    }
    for (let i = 0; i < CASES.length; i++) assert.equal(got[i], EXPECTED[i], CASES[i]);
    report('story-read', { pageErrors, consoleErrors });
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

const EXPECTED = [
  "dramatis: the story is not valid:\n- quotes: Reflect.get called on non-object",
  "dramatis: the story is not valid:\n- quotes: Reflect.get called on non-object",
  "dramatis: the story is not valid:\n- quotes: invalid type: JsValue(Object({})), expected a sequence",
  "dramatis: the story is not valid:\n- quotes.a: invalid type: JsValue(Object({\"a\":1})), expected a sequence",
  "dramatis: the story is not valid:\n- quotes[0]: invalid type: floating point `5.0`, expected struct Quote",
  "dramatis: the story is not valid:\n- quotes[0]: invalid type: string \"q\", expected struct Quote",
  "dramatis: the story is not valid:\n- quotes[0].paragraph: invalid type: floating point `1.5`, expected usize",
  "dramatis: the story is not valid:\n- quotes[0].paragraph: invalid type: floating point `-1.0`, expected usize",
  "dramatis: the story is not valid:\n- quotes[0].paragraph: invalid value: integer `5000000000`, expected usize",
  "dramatis: the story is not valid:\n- quotes[0].paragraph: invalid type: floating point `1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.0`, expected usize",
  "dramatis: the story is not valid:\n- quotes[0].paragraph: invalid type: string \"two\", expected usize",
  "dramatis: the story is not valid:\n- quotes[0].paragraph: invalid type: unit value, expected usize",
  "dramatis: the story is not valid:\n- quotes[0].text: invalid type: floating point `0.0000001`, expected a string",
  "dramatis: the story is not valid:\n- quotes[0].text: invalid type: floating point `0.00000015`, expected a string",
  "dramatis: the story is not valid:\n- quotes[0].text: invalid type: floating point `-0.0`, expected a string",
  "dramatis: the story is not valid:\n- quotes[0].text: invalid type: floating point `0.0`, expected a string",
  "dramatis: the story is not valid:\n- quotes[0].text: invalid type: floating point `inf`, expected a string",
  "dramatis: the story is not valid:\n- quotes[0].text: invalid type: floating point `-inf`, expected a string",
  "dramatis: the story is not valid:\n- quotes[0].text: invalid type: floating point `12345678901234567000.0`, expected a string",
  "dramatis: the story is not valid:\n- quotes[0].text: invalid type: floating point `1000000000000000000000.0`, expected a string",
  "dramatis: the story is not valid:\n- quotes[0].text: invalid type: floating point `0.1`, expected a string",
  "dramatis: the story is not valid:\n- quotes[0].text: invalid type: floating point `-12345600.0`, expected a string",
  "dramatis: the story is not valid:\n- quotes[0].text: invalid type: floating point `0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005`, expected a string",
  "dramatis: the story is not valid:\n- quotes[0].text: invalid type: floating point `179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.0`, expected a string",
  "dramatis: the story is not valid:\n- quotes[0].text: invalid type: boolean `true`, expected a string",
  "dramatis: the story is not valid:\n- quotes[0].text: invalid type: unit value, expected a string",
  "dramatis: the story is not valid:\n- quotes[0].text: invalid type: JsValue([1, \"a\"]), expected a string",
  "dramatis: the story is not valid:\n- quotes[0].text: invalid type: JsValue(Object({\"a\":\"b\\\"c\"})), expected a string",
  "dramatis: the story is not valid:\n- quotes[0].id: invalid type: floating point `3.0`, expected a string",
  "ok: “Who said what1 quote · found automatically in this articleThe article could not be foundthis page has no <article> or <main> element; set the widget's article attribute to a CSS selectorSearch quotesClear allAllQuotesKey terms1 quote · 0 key termsWho is whoNo actors were found in this article.QuotesUnattributed, paragraph 1“”?Unattributedspeaker not named▸ContextCopy citationé\n\u0007​\\Quotes and roles are extracted by software and may contain mistakes; the article is the authority.",
  "dramatis: the story is not valid:\n- quotes[0].context: invalid type: floating point `1.0`, expected a string",
  "dramatis: the story is not valid:\n- quotes[0].kind: unknown variant `xx`, expected `speech` or `term`",
  "dramatis: the story is not valid:\n- quotes[0].kind: invalid type: floating point `3.0`, expected enum QuoteKind",
  "dramatis: the story is not valid:\n- quotes[0].kind: invalid type: unit value, expected enum QuoteKind",
  "dramatis: the story is not valid:\n- quotes[0].kind: invalid type: boolean `false`, expected enum QuoteKind",
  "dramatis: the story is not valid:\n- quotes[0].kind: invalid type: floating point `1.0`, expected unit",
  "dramatis: the story is not valid:\n- quotes[0].kind: invalid length 2, expected 1",
  "dramatis: the story is not valid:\n- quotes[0].kind: invalid length 0, expected 1",
  "dramatis: the story is not valid:\n- quotes[0].kind: unknown variant `0`, expected `speech` or `term`",
  "dramatis: the story is not valid:\n- quotes[0].start: invalid type: floating point `1.5`, expected usize",
  "dramatis: the story is not valid:\n- quotes[0].end: invalid type: string \"3\", expected usize",
  "dramatis: the story is not valid:\n- quotes[0].speaker: invalid type: floating point `7.0`, expected a string",
  "dramatis: the story is not valid:\n- quotes[0].evidence: invalid type: JsValue([]), expected a string",
  "dramatis: the story is not valid:\n- quotes[0].origin: invalid type: JsValue(Object({})), expected a string",
  "dramatis: the story is not valid:\n- actors[0].kind: unknown variant `robot`, expected one of `person`, `organization`, `state`, `group`, `media`",
  "dramatis: the story is not valid:\n- actors[0].kind: unknown variant `Person`, expected one of `person`, `organization`, `state`, `group`, `media`",
  "dramatis: the story is not valid:\n- actors[0].aliases: invalid type: floating point `1.0`, expected a string",
  "dramatis: the story is not valid:\n- actors[0].aliases: Reflect.get called on non-object",
  "dramatis: the story is not valid:\n- actors[0].merged: invalid type: JsValue(Object({})), expected a sequence",
  "dramatis: the story is not valid:\n- actors[0].merged: Reflect.get called on non-object",
  "dramatis: the story is not valid:\n- actors[0].role: invalid type: floating point `2.0`, expected a string",
  "dramatis: the story is not valid:\n- actors[0].id: is empty",
  "dramatis: the story is not valid:\n- actors[0]: invalid type: unit value, expected struct Actor",
  "dramatis: the story is not valid:\n- actors: Reflect.get called on non-object",
  "dramatis: the story is not valid:\n- Reflect.get called on non-object",
  "dramatis: the story is not valid:\n- Reflect.get called on non-object",
  "dramatis: the story is not valid:\n- invalid type: floating point `1.0`, expected a string",
  "ok: “Who said what0 quotes · found automatically in this articleThe article could not be foundthis page has no <article> or <main> element; set the widget's article attribute to a CSS selectorSearch quotesClear allAllQuotesKey terms0 quotes · 0 key termsWho is whoNo actors were found in this article.QuotesNo quotes foundDramatis found no quoted speech in this article. Key terms and actors, if any, are listed below.Quotes and roles are extracted by software and may contain mistakes; the article is the authority.",
  "dramatis: the story is not valid:\n- invalid type: floating point `1.0`, expected a string",
  "dramatis: the story is not valid:\n- Reflect.get called on non-object",
  "dramatis: the story is not valid:\n- article: invalid type: floating point `5.0`, expected struct ArticleMeta",
  "dramatis: the story is not valid:\n- article.title: invalid type: floating point `5.0`, expected a string",
  "dramatis: the story is not valid:\n- article.url: invalid type: JsValue([]), expected a string",
  "dramatis: the story is not valid:\n- version: invalid type: floating point `1.0`, expected a string",
  "dramatis: the story is not valid:\n- version: invalid type: JsValue([\"1\"]), expected a string",
  "dramatis: the story is not valid:\n- relations[0].evidence: invalid type: string \"2\", expected usize",
  "dramatis: the story is not valid:\n- relations[0].evidence: invalid type: floating point `5.0`, expected struct Evidence",
  "dramatis: the story is not valid:\n- relations[0].evidence: invalid type: floating point `5.0`, expected a string",
  "dramatis: the story is not valid:\n- relations[0]: invalid type: floating point `7.0`, expected struct Relation",
  "dramatis: the story is not valid:\n- relations[0].kind: invalid type: unit value, expected a string",
  "dramatis: the story is not valid:\n- paragraphs[0]: invalid type: floating point `1.0`, expected a string",
  "dramatis: the story is not valid:\n- paragraphs: Reflect.get called on non-object",
  "dramatis: the story is not valid:\n- paragraphs.a: invalid type: JsValue(Object({\"a\":\"b\"})), expected a sequence",
  "dramatis: the story is not valid:\n- diagnostics[0].paragraph: invalid type: string \"x\", expected usize",
  "dramatis: the story is not valid:\n- diagnostics[0].message: invalid type: floating point `1.0`, expected a string",
  "dramatis: the story is not valid:\n- diagnostics[0].paragraph: invalid type: floating point `-2.0`, expected usize",
  "dramatis: the story is not valid:\n- expected a JSON object with quotes, actors and relations",
  "dramatis: the story is not valid:\n- expected a JSON object with quotes, actors and relations",
  "dramatis: the story is not valid:\n- expected a JSON object with quotes, actors and relations",
  "ok: “Who said what0 quotes · found automatically in this articleThe article could not be foundthis page has no <article> or <main> element; set the widget's article attribute to a CSS selectorSearch quotesClear allAllQuotesKey terms0 quotes · 0 key termsWho is whoNo actors were found in this article.QuotesNo quotes foundDramatis found no quoted speech in this article. Key terms and actors, if any, are listed below.Quotes and roles are extracted by software and may contain mistakes; the article is the authority.",
  "ok: “Who said what0 quotes · found automatically in this articleThe article could not be foundthis page has no <article> or <main> element; set the widget's article attribute to a CSS selectorSearch quotesClear allAllQuotesKey terms0 quotes · 0 key termsWho is whoNo actors were found in this article.QuotesNo quotes foundDramatis found no quoted speech in this article. Key terms and actors, if any, are listed below.Quotes and roles are extracted by software and may contain mistakes; the article is the authority.",
  "ok: “Who said what1 quote · 1 speaker · 2 actors · checked by the editorsThe article could not be foundthis page has no <article> or <main> element; set the widget's article attribute to a CSS selectorSearch quotesClear allAllQuotesKey termsBo, 1 quote1 quote · 1 key termWho is whoOutlineDiagram▸ALAna Lopezstate, 0 quotesBOBomedia, 1 quoteQuotesBo, paragraph 3“Go”BOBomedia▸ContextCopy citationGo now.Key terms‘We are ready’Quotes and roles are extracted by software and may contain mistakes; the article is the authority.",
  "ok: “Who said what1 quote · 1 speaker · 1 actor · found automatically in this articleThe article could not be foundthis page has no <article> or <main> element; set the widget's article attribute to a CSS selectorSearch quotesClear allAllQuotesKey termsZed, 1 quote1 quote · 0 key termsWho is whoOutlineDiagramZEZedgroup, 1 quoteQuotesZed, paragraph 1“Hi”ZEZedgroupCopy citationQuotes and roles are extracted by software and may contain mistakes; the article is the authority.",
];
