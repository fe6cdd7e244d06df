import * as assert from 'assert';
import { parseBibtex } from '../../server/src/core/bib/bibtex';
import type { BibliographyLoader } from '../../server/src/core/bib/scope';
import { check } from '../../server/src/core/checker';
import { renderReport } from '../../server/src/features/render';

const BIB = [
  '@book{tavares2016, title = {Paradiplomacy}, author = {Tavares, Rodrigo}, publisher = {Oxford University Press}, year = {2016}}',
  '@article{acuto2013, title = {City Leadership}, author = {Acuto, Michele and Rayner, Steve}, journal = {Global Governance}, year = {2013}, doi = {10.1163/x}}',
].join('\n');
const loader: BibliographyLoader = { defaults: [], load: (name) => ({ path: `/lib/${name}`, bibliography: parseBibtex(BIB) }) };

function render(text: string, problems = true): string {
  return renderReport(text, { result: check(text, { bibliographies: loader }), problems }).body;
}

describe('citations in the preview and export', () => {
  it('renders citations author-date, linked to a References list of the entries cited', () => {
    const body = render('---\nbibliography: refs.bib\n---\n\nCities act [see @tavares2016, p. 3; -@acuto2013] and @acuto2013 [ch. 2] agrees.\n');
    assert.match(
      body,
      /Cities act \(see <a class="fs-cite" href="#ref-tavares2016">Tavares 2016<\/a>, p\. 3; <a class="fs-cite" href="#ref-acuto2013">2013<\/a>\) and Acuto and Rayner \(<a class="fs-cite" href="#ref-acuto2013">2013<\/a>, ch\. 2\) agrees\./,
    );
    const refs = body.slice(body.indexOf('<section class="fs-references">'));
    assert.match(refs, /<h2 id="fs-references">References<\/h2>/);
    assert.ok(refs.indexOf('id="ref-acuto2013"') < refs.indexOf('id="ref-tavares2016"'), 'sorted by author');
    assert.match(refs, /Acuto, Rayner \(2013\)\. “City leadership”\. <em>Global Governance<\/em>\. <a href="https:\/\/doi.org\/10.1163\/x">/);
  });

  it('marks a key no bibliography has, as other problems are marked, and keeps it as written when problems are off', () => {
    const text = '---\nbibliography: refs.bib\n---\n\nAs [@nobody] says.\n';
    assert.match(render(text), /As \(<span class="fs-problem" title="@nobody is in no bibliography in scope">@nobody\?<\/span>\) says\./);
    assert.match(render(text, false), /As \(@nobody\) says\./);
  });

  it('renders citations inside notes, and a citation written over two lines, keeping line numbers', () => {
    const text = '---\nbibliography: refs.bib\n---\n\nA claim[^1] and [@tavares2016;\n@acuto2013].\n\nNext paragraph.\n\n[^1]: As argued by @tavares2016.\n';
    const body = render(text);
    assert.match(
      body,
      /and \(<a class="fs-cite" href="#ref-tavares2016">Tavares 2016<\/a>;\s*<a class="fs-cite" href="#ref-acuto2013">Acuto and Rayner 2013<\/a>\)\./,
    );
    assert.match(body, /<p data-line="7">Next paragraph\.<\/p>/);
    assert.match(body, /<li id="fn-1" data-line="9">As argued by Tavares \(<a class="fs-cite" href="#ref-tavares2016">2016<\/a>\)\./);
  });

  it('leaves @words alone in a report with no bibliography', () => {
    const body = render('Thanks to @octocat for [@this].\n');
    assert.match(body, /Thanks to @octocat for \[@this\]\./);
    assert.doesNotMatch(body, /fs-references/);
  });
});

describe('citations in the preview: where markdown-it reads them', () => {
  const head = '---\nbibliography: refs.bib\n---\n\n';
  it('renders the citations of a report written with CRLF line breaks', () => {
    const text = head.replace(/\n/g, '\r\n') + 'See [@tavares2016].\r\n';
    assert.match(render(text), /See \(<a class="fs-cite" href="#ref-tavares2016">Tavares 2016<\/a>\)\./);
  });

  it('keeps an enclosing link whole: a citation in its text is not a second link', () => {
    const body = render(head + 'A [see [@tavares2016]](https://x.org) and [link with @tavares2016](https://y.org).\n');
    assert.match(body, /<a href="https:\/\/x.org">see \(<span class="fs-cite">Tavares 2016<\/span>\)<\/a>/);
    assert.match(body, /<a href="https:\/\/y.org">link with Tavares \(<span class="fs-cite">2016<\/span>\)<\/a>/);
  });

  it('leaves no marker characters anywhere, image text included, and renders a citation across a block quote line', () => {
    const body = render(head + '![alt [@tavares2016]](i.png) and\n\n> quoted [@tavares2016;\n> @acuto2013] here\n');
    assert.doesNotMatch(body, /[\ue000-\uf8ff]/u);
    assert.match(
      body,
      /quoted \(<a class="fs-cite" href="#ref-tavares2016">Tavares 2016<\/a>;\s*<a class="fs-cite" href="#ref-acuto2013">Acuto and Rayner 2013<\/a>\) here/,
    );
  });
});
