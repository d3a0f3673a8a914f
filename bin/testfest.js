#!/usr/bin/env node
// The `testfest` command. TypeScript sources run through tsx's CommonJS hook, so no build step is
// needed between `npm ci` and `npx testfest run`. main() is called explicitly: under npx, argv[1] is
// the node_modules/.bin link, not this file, so cli/main.ts cannot tell it was started as a command.
// `testfest targets | head` closes stdout early: that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
require('tsx/cjs');
const { main } = require('../cli/main.ts');
main(process.argv).then((code) => {
  process.exitCode = code;
});
