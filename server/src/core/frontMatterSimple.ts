/**
 * Front matter of the simplest shape read without the YAML parser: one `key: value` per line, each value a plain
 * string, a quoted string with nothing to unescape, `true`/`false`, a small integer, or a flow list of plain
 * strings (`steep: [economic, political]`). Most reports' front matter is just that, and the parser costs a sixth
 * of checking a folder of short reports (BENCHMARKS.md, "Whole process"). Anything else (escapes, comments,
 * nesting, block scalars, other numbers, nulls, duplicate keys) is left to the parser: `undefined`. The fields are the ones the
 * parser gives, value and offsets alike (test/unit/frontMatterSimple.test.ts compares the two).
 */

export interface SimpleField {
  key: string;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
  value: string | string[] | boolean | number;
}

// YAML 1.2 core schema: a plain scalar these match is not a string.
const reNull = /^(?:~|[Nn]ull|NULL)?$/;
const reBool = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const reNumber = /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
const reKey = /^([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?$/;
/** A quoted string with nothing to unescape: no backslash or inner quote in `"…"`, no inner quote in `'…'`. */
const reQuoted = /^(?:"[^"\\]*"|'[^']*')$/;
/** Integers JavaScript holds exactly, written as YAML writes them back. */
const reSmallInt = /^(?:0|[1-9][0-9]{0,14})$/;
/** A plain scalar that is surely a string: no indicator first, no `: ` or ` #` inside, no brackets or braces, no tab. */
const rePlain = /^[^-?:,[\]{}#&*!|>'"%@`\s](?:[^:#[\]{}\t]|:(?! |$)|(?<! )#)*$/;

/** Characters YAML does not allow in a plain scalar or reads otherwise (controls, BOM, surrogates, Unicode line breaks). */
// eslint-disable-next-line no-control-regex -- the point is to find them
const reUnusual = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;

function plainString(s: string): boolean {
  return s.length > 0 && !reUnusual.test(s) && s === s.trimEnd() && rePlain.test(s) && !reNull.test(s) && !reBool.test(s) && !reNumber.test(s);
}

/** The fields, or undefined when the text is not of the simple shape (the YAML parser then reads it). */
export function readSimpleFields(yamlText: string, base: number): Map<string, SimpleField> | undefined {
  if (yamlText.includes('\r')) return undefined;
  const fields = new Map<string, SimpleField>();
  let lineStart = 0;
  while (lineStart <= yamlText.length) {
    let lineEnd = yamlText.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = yamlText.length;
    const line = yamlText.slice(lineStart, lineEnd);
    if (line !== '') {
      const m = reKey.exec(line);
      if (!m || m[2] === undefined || fields.has(m[1]) || reNull.test(m[1]) || reBool.test(m[1])) return undefined;
      const raw = m[2];
      const valueStart = lineStart + m[1].length + 2;
      let value: SimpleField['value'];
      if (reQuoted.test(raw) && !reUnusual.test(raw)) value = raw.slice(1, -1);
      else if (reBool.test(raw)) value = raw[0] === 't' || raw[0] === 'T';
      else if (reSmallInt.test(raw)) value = Number(raw);
      else if (raw.startsWith('[')) {
        if (!raw.endsWith(']')) return undefined;
        const inner = raw.slice(1, -1).trim();
        value = inner === '' ? [] : inner.split(',').map((item) => item.trim());
        if (!value.every((item) => plainString(item) && !item.includes(','))) return undefined;
      } else if (plainString(raw)) value = raw;
      else return undefined;
      const keyStart = base + lineStart;
      fields.set(m[1], { key: m[1], keyStart, keyEnd: keyStart + m[1].length, valueStart: base + valueStart, valueEnd: base + valueStart + raw.length, value });
    }
    lineStart = lineEnd + 1;
  }
  return fields;
}
