#!/usr/bin/env node
/*
 * Builds the DTLS addon with node-gyp against the headers of the node that runs this script
 * (<prefix>/include/node, which carries openssl/), so that nothing is downloaded: node-gyp
 * without --nodedir fetches headers from the network. Run by `npm install` / `npm ci`.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const prefix = path.dirname(path.dirname(process.execPath));
const nodedir = process.env.npm_config_nodedir || (existsSync(path.join(prefix, 'include', 'node', 'node_api.h')) ? prefix : undefined);
const candidates = [
  process.env.npm_config_node_gyp,
  path.join(prefix, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
].filter((p) => p && existsSync(p));
if (candidates.length === 0) {
  console.error('dtls addon: node-gyp not found (it ships with npm); the DTLS transport will be unavailable');
  process.exit(1);
}
const args = [candidates[0], 'rebuild', '--directory', __dirname];
if (nodedir) args.push(`--nodedir=${nodedir}`);
const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
