/** Plain types shared by the core, the CLI and the language server. */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

/** A text edit on offsets of the document. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by `--fix` and `source.fixAll.foresight`. */
  safe: boolean;
  /** Whether the fix is the preferred quick fix for its problem. */
  preferred?: boolean;
}

export interface Problem {
  rule: string;
  severity: Severity;
  message: string;
  /** Offsets in the document text. */
  start: number;
  end: number;
  fixes?: Fix[];
}

export interface Template {
  name: string;
  description?: string;
  sections: string[];
  optional: string[];
  aliases: Record<string, string[]>;
  metadata: string[];
  purpose: Record<string, string>;
  /** Per language (`fr`): each section's name in it, and its purpose (README, "Bilingual reports"). */
  languages: Record<string, { names: Record<string, string>; purpose: Record<string, string> }>;
}
