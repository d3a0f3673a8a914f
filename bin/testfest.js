#!/usr/bin/env node
// The `testfest` command. TypeScript sources run through tsx's CommonJS hook, so no build step is
// needed between `npm ci` and `npx testfest run`.
require('tsx/cjs');
require('../cli/main.ts');
