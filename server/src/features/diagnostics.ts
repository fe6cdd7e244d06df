import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { ruleDocUrl } from '../core/rules/rule';
import type { Problem, Severity } from '../core/types';
import type { Analysis } from './analysis';
import type { LineIndex } from './lineIndex';

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, info: 3, hint: 4 };

export function toDiagnostic(p: Problem, index: LineIndex): Diagnostic {
  return {
    range: index.range(p.start, p.end),
    severity: SEVERITY[p.severity],
    code: p.rule,
    codeDescription: { href: ruleDocUrl(p.rule) },
    source: 'foresight',
    message: p.message,
  };
}

export function diagnostics(a: Analysis): Diagnostic[] {
  const out = a.problems.map((p) => toDiagnostic(p, a.index));
  if (a.notice) out.unshift(noticeDiagnostic(a.notice));
  return out;
}

/** Extra diagnostics the server adds about the run itself (a too-large document, a failing rule). */
export function noticeDiagnostic(message: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, source: 'foresight', message };
}
