// Loaded by mocha before the tests (.mocharc.json): they assert English messages unless they ask for another
// language, so the locale of the shell running them (LANG=fr_CA.UTF-8…) must not reach the CLI or server under test.
for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) delete process.env[name];
