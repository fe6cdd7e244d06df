import * as assert from 'assert';
import MarkdownIt from 'markdown-it';
import * as fc from 'fast-check';
import { check } from '../../server/src/core/checker';
import { encodeLocalPath, exportHtml, foresightPlugin, LOCAL_IMAGE_SCHEME, localPath, mapLocalImages, renderReport } from '../../server/src/features/render';
import { joinLines } from '../support/helpers';
import { parseConfig } from '../../server/src/core/config/config';

describe('report renderer (preview and export)', () => {
  it('numbers endnotes in reading order with links both ways', () => {
    const { body } = renderReport(joinLines('First[^b], then[^a], again[^b].', '', '[^a]: Alpha. https://e.org/a', '[^b]: Beta. https://e.org/b'));
    assert.match(body, /First<sup class="fs-ref"><a href="#fn-1" id="fnref-1-1" data-footnote-ref>1<\/a><\/sup>/);
    assert.match(body, /then<sup class="fs-ref"><a href="#fn-2" id="fnref-2-1" data-footnote-ref>2<\/a><\/sup>/);
    assert.match(body, /again<sup class="fs-ref"><a href="#fn-1" id="fnref-1-2"/);
    const notes = body.slice(body.indexOf('<section class="fs-endnotes"'));
    assert.match(
      notes,
      /<li id="fn-1" data-line="3">Beta\. <a href="https:\/\/e\.org\/b">https:\/\/e\.org\/b<\/a> <a href="#fnref-1-1"[^>]*>↩<sup>1<\/sup><\/a> <a href="#fnref-1-2"/,
    );
    assert.match(notes, /<li id="fn-2" data-line="2">Alpha\./);
    assert.ok(!body.includes('[^a]:'), 'definitions are not body text');
  });

  it('renders MkDocs admonitions as Python-Markdown does when they are on, as GFM otherwise', () => {
    const text = joinLines(
      '!!! example "A survey"',
      '',
      '    The survey found that tides rise.[^1]',
      '',
      '???+ tip',
      '    Open <b>now</b>.',
      '',
      'After.',
      '',
      '[^1]: Harbour Board, 2021.',
    );
    const on = renderReport(text, { config: parseConfig('markdown: {admonitions: true}').config }).body;
    assert.match(
      on,
      /<div class="admonition example">\n<p class="admonition-title">A survey<\/p>\n<p data-line="2">The survey found that tides rise\.<sup class="fs-ref"><a href="#fn-1"/,
    );
    assert.match(
      on,
      /<details class="tip" open><summary>Tip<\/summary>\n<p data-line="5">Open &lt;b&gt;now&lt;\/b&gt;\.<\/p>\n<\/details>\n<p data-line="7">After\.<\/p>/,
    );
    const off = renderReport(text).body;
    assert.match(off, /<pre><code>The survey found that tides rise\.\[\^1\]/);
    assert.ok(!off.includes('admonition'));
  });

  it('marks problems in place: undefined notes, notes without source, missing sections, uncited notes', () => {
    const text = joinLines(
      '---',
      'title: T',
      'template: force-of-change',
      '---',
      '# T',
      '',
      '## What is it?',
      '',
      'Claim[^1] and[^9].',
      '',
      '[^1]: Ortiz, L. "Cities Open Trade Offices." *The Globe and Mail*. 2 May 2014.',
      '[^2]: Never cited. https://e.org',
    );
    const { body } = renderReport(text);
    assert.match(body, /<sup class="fs-ref fs-problem" title="Footnote \[\^9\] has no definition">\[\^9\]<\/sup>/);
    assert.match(
      body,
      /2 May 2014\.(<\/p>)? <span class="fs-problem fs-badge" title="cites an online source \(it names Globe and Mail\) but gives no link">no source<\/span>/,
    );
    assert.match(body, /<div class="fs-missing" data-line="\d+" role="note">Missing section: <strong>Why is it important\?<\/strong><\/div>/);
    assert.match(body, /Not cited in the text<\/h3><ul class="fs-uncited"><li data-line="11"><code>\[\^2\]<\/code>/);
    assert.ok(!renderReport(text, { problems: false }).body.includes('fs-problem'));
  });

  it('leaves code alone, renders a header from the front matter and puts source lines on blocks', () => {
    const text = joinLines(
      '---',
      'title: Water',
      'organisation: [OECD, UNDP]',
      'date: 2026-11-27',
      'horizon: 2040',
      'steep: [environmental, Political]',
      '---',
      '',
      'Code `[^1]` stays.',
      '',
      '[^1]: Unused. https://e.org',
    );
    const { body, title } = renderReport(text);
    assert.strictEqual(title, 'Water');
    assert.match(
      body,
      /<header class="fs-header" data-line="0">.*<h1>Water<\/h1><p class="fs-meta"><span class="fs-org">OECD, UNDP<\/span> · <time>2026-11-27<\/time> · <span class="fs-horizon">Horizon: 2040<\/span><\/p><p class="fs-steep"><span class="fs-tag fs-steep-environmental">environmental<\/span> <span class="fs-tag fs-steep-political">Political<\/span><\/p><\/header>/,
    );
    assert.match(body, /<p data-line="8">Code <code>\[\^1\]<\/code> stays\.<\/p>/);
  });

  it('shows front matter written as site generators write it: authors as mappings, a date with its kinds, nothing as [object Object]', () => {
    const text = joinLines(
      '---',
      'title: Water',
      'authors:',
      '  - name: Ada',
      '  - Grace',
      '  - { team: [a, b] }',
      'date:',
      '  created: 2025-02-03',
      '  updated: 2025-03-01',
      'horizon: { from: 2030, to: 2040 }',
      '---',
      '',
      'Text.',
    );
    const { body } = renderReport(text);
    assert.doesNotMatch(body, /object Object/);
    assert.match(body, /<span class="fs-authors">Ada, Grace<\/span> · <time>2025-02-03<\/time> · <span class="fs-horizon">Horizon: 2030<\/span>/);
    // names in parts read as written: given name first
    const parts = joinLines(
      '---',
      'template: signal',
      'authors:',
      '- last: Reyes',
      '  first: Ada',
      '  email: ada@example.org',
      '- { given: Ben, family: Lund }',
      '---',
      '',
      'Text.',
    );
    assert.match(renderReport(parts).body, /<span class="fs-authors">Ada Reyes, Ben Lund<\/span>/);
    const group = joinLines(
      '---',
      'template: signal',
      'authors:',
      '- consortium:',
      '    name: The Harbour Initiative',
      '  institute: Tide Society',
      '---',
      '',
      'Text.',
    );
    assert.match(renderReport(group).body, /<span class="fs-authors">The Harbour Initiative<\/span>/);
    // an alias that names itself is shown as nothing, and does not loop
    const loop = joinLines('---', 'template: signal', 'authors:', '- &a', '  consortium: *a', '---', '', 'Text.');
    assert.doesNotMatch(renderReport(loop).body, /object Object/);
  });

  it('escapes everything from the report: no script, no handlers, no javascript: links, no remote images', () => {
    const text = joinLines(
      '<script>alert(1)</script>',
      '',
      '<img src=x onerror="alert(2)">',
      '',
      '[click](javascript:alert(3)) and ![pic](https://evil.example/x.png)',
      '',
      '[^1]',
      '',
      '[^1]: <b onmouseover="alert(4)">x</b> https://e.org',
    );
    const { body } = renderReport(text);
    assert.ok(!/<script/i.test(body));
    assert.ok(!/<img[^>]*onerror/i.test(body) && !/<b onmouseover/.test(body));
    assert.ok(!/href="javascript:/i.test(body));
    assert.ok(!/<img[^>]*evil\.example/.test(body));
    assert.match(body, /\[remote image not loaded: pic\]/);
    assert.match(body, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });

  it("puts the endnotes under the report's own Notes heading instead of adding one", () => {
    const own = renderReport(joinLines('Text[^1].', '', '## Notes', '', '[^1]: S. https://e.org')).body;
    assert.strictEqual((own.match(/>Notes<\/h2>/g) ?? []).length, 1);
    assert.match(own, /<section class="fs-endnotes" data-footnotes><ol>/);
    const none = renderReport(joinLines('Text[^1].', '', '[^1]: S. https://e.org')).body;
    assert.match(none, /<section class="fs-endnotes" data-footnotes><h2 id="fs-notes">Notes<\/h2><ol>/);
  });

  it('exports a standalone document with no script and a strict CSP', () => {
    const html = exportHtml('# Title\n\nText[^1].\n\n[^1]: S. https://e.org\n');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline';">/);
    assert.ok(!/<script/i.test(html));
    assert.match(html, /<title>Title<\/title>/);
    assert.match(html, /<section class="fs-endnotes"/);
  });

  it("works as a markdown-it plugin for VS Code's own preview (footnotes, no problem marks)", () => {
    const md = new MarkdownIt().use(foresightPlugin, { problems: false });
    const html = md.render(joinLines('A[^x] and[^y].', '', '[^x]: Source. https://e.org'));
    assert.match(html, /A<sup class="fs-ref"><a href="#fn-1" id="fnref-1-1" data-footnote-ref>1<\/a><\/sup> and\[\^y\]\./);
    assert.match(html, /<li id="fn-1" data-line="2">Source\. https:\/\/e\.org <a href="#fnref-1-1"/);
    assert.ok(!html.includes('fs-problem'));
  });

  it('a malformed percent-escape in a local link or image names no file and throws nothing', () => {
    assert.strictEqual(localPath('%C0'), undefined);
    assert.strictEqual(localPath('img/a%20b.png'), 'img/a b.png');
    assert.strictEqual(localPath('https://e.org/x.png'), undefined);
    const { body } = renderReport('![x](%C0)\n', { resolveImage: (src) => (localPath(src) === undefined ? undefined : 'ok') });
    assert.match(body, /fs-blocked/);
  });

  it('renders from a check it is given, without checking the text again (the server passes its analysis)', () => {
    const text = joinLines('# T', '', '## Entry', '', 'A claim[^1].', '', '[^1]: A source. https://e.org/1');
    const given = check(text, { templateOverride: 'force-of-change' });
    assert.match(
      renderReport(text, { result: given }).body,
      /Missing section: <strong>What is it\?<\/strong>/,
      'the given check (with a template) is the one rendered',
    );
    assert.doesNotMatch(renderReport(text).body, /Missing section/, 'checked here, the text has no template');
    assert.strictEqual(renderReport(text, { result: check(text) }).body, renderReport(text).body);
    const crlf = text.replace(/\n/g, '\r\n');
    assert.strictEqual(
      renderReport(crlf, { result: check(crlf) }).body,
      renderReport(crlf).body,
      'a check of other text (CRLF before markdown-it normalises it) is not used',
    );
  });

  it('writes a local image path for the extension with nothing HTML or a regular expression would need to escape, and reads it back', () => {
    fc.assert(
      fc.property(fc.fullUnicodeString(), (path) => {
        const encoded = encodeLocalPath(path);
        assert.match(encoded, /^[A-Za-z0-9\-_.~%]*$/);
        assert.strictEqual(decodeURIComponent(encoded), path);
      }),
      { numRuns: 2000 },
    );
  });

  it('points the local images of a body the server rendered at the addresses the extension gives them, escaped', () => {
    const { body } = renderReport('![Chart](<img/a b.png>) ![Web](https://e.org/x.png)\n', {
      resolveImage: (src) => {
        const local = localPath(src);
        return local === undefined ? undefined : LOCAL_IMAGE_SCHEME + encodeLocalPath(local);
      },
    });
    assert.match(body, /src="foresight-local:img%2Fa%20b\.png"/);
    const mapped = mapLocalImages(body, (local) => `https://webview/${local}?"&`);
    assert.match(mapped, /<img src="https:\/\/webview\/img\/a b\.png\?&quot;&amp;" alt="Chart">/);
    assert.ok(!mapped.includes(LOCAL_IMAGE_SCHEME));
    assert.strictEqual(
      mapLocalImages('<img src="foresight-local:https%3A%2F%2Fe.org%2Fx">', () => 'never'),
      '<img src="">',
      'a path with a scheme is not a local file',
    );
  });
});
