#!/usr/bin/env node
// The @vscode/test-electron suite: runs test/integration/suite.cjs inside a real VS Code's
// extension host. These machines cannot download VS Code, so it runs only when one is given:
//   VSCODE_EXECUTABLE=/path/to/code npm run test:integration
// Without it the suite says it was skipped (the code-server suite, npm run test:e2e, is the
// end-to-end gate that always runs here).
import { runTests } from '@vscode/test-electron';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const exe = process.env.VSCODE_EXECUTABLE;
if (!exe) {
  console.log('integration suite skipped: set VSCODE_EXECUTABLE to a VS Code to run it');
  console.log('0 passed, 0 failed');
  process.exit(0);
}
try {
  await runTests({
    vscodeExecutablePath: exe,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'test', 'integration', 'suite.cjs'),
    launchArgs: [join(root, 'examples'), '--disable-extensions'],
  });
  console.log('1 passed, 0 failed');
} catch (e) {
  console.error(e);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
