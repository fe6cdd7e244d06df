/**
 * Which files are Markdown reports: `.md` and `.markdown` (Jekyll's sites
 * often use it), and Quarto's `.qmd` and R Markdown's `.Rmd` (any case). Their code cells are fenced code blocks, so
 * they are read as Markdown with nothing else to learn. One definition for
 * the CLI's folder walk, the server's workspace and file watchers, and the
 * extension (README, "Quarto and R Markdown").
 */
export const REPORT_EXTENSIONS = ['md', 'markdown', 'qmd', 'Rmd'] as const;

/** The glob the server asks the client to watch and the extension selects documents by: any case, as file names are read. */
export const REPORT_GLOB = `**/*.{${REPORT_EXTENSIONS.map(anyCase).join(',')}}`;

/** `md` as the glob `[mM][dD]` (LSP and VS Code globs have no case-insensitive flag). */
function anyCase(extension: string): string {
  return [...extension.toLowerCase()].map((c) => `[${c}${c.toUpperCase()}]`).join('');
}

const reReportFile = /\.(?:md|markdown|qmd|rmd)$/i;

export function isReportFileName(name: string): boolean {
  return reReportFile.test(name);
}

/** VS Code language ids of reports: Markdown, and Quarto's and R Markdown's when their extensions are installed. */
export const REPORT_LANGUAGES = ['markdown', 'quarto', 'rmd'] as const;

/** Whether an editor document is a report: by its language id, or by its file name when no extension claims it. */
export function isReportDocument(languageId: string, fileName: string): boolean {
  return (REPORT_LANGUAGES as readonly string[]).includes(languageId) || isReportFileName(fileName);
}
