#!/usr/bin/env node
/*
 * Builds the project's N-API addons with node-gyp against the headers of the node that runs this
 * script (<prefix>/include/node, which carries openssl/), so that nothing is downloaded: node-gyp
 * without --nodedir fetches headers from the network. Run by `npm install` / `npm ci`.
 *
 *   node scripts/build-native.js            every addon
 *   node scripts/build-native.js dtls       one of them (dtls, psa)
 */
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const ADDONS = {
  /** DTLS 1.2 server and client (targets/reference/transport/dtls). */
  dtls: path.join(ROOT, 'targets/reference/transport/dtls/native'),
  /** ECDSA over a precomputed digest for psa_sign_hash (targets/reference/psa/crypto/native). */
  psa: path.join(ROOT, 'targets/reference/psa/crypto/native'),
};

const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!(name in ADDONS)) {
    console.error(`build-native: unknown addon "${name}" (known: ${Object.keys(ADDONS).join(', ')})`);
    process.exit(2);
  }
}

const prefix = path.dirname(path.dirname(process.execPath));
const nodedir = process.env.npm_config_nodedir || (existsSync(path.join(prefix, 'include', 'node', 'node_api.h')) ? prefix : undefined);
const nodeGyp = [process.env.npm_config_node_gyp, path.join(prefix, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')].find(
  (p) => p && existsSync(p),
);
if (!nodeGyp) {
  console.error('build-native: node-gyp not found (it ships with npm); the DTLS transport and native ECDSA will be unavailable');
  process.exit(1);
}
for (const name of wanted.length ? wanted : Object.keys(ADDONS)) {
  const args = [nodeGyp, 'rebuild', '--directory', ADDONS[name]];
  if (nodedir) args.push(`--nodedir=${nodedir}`);
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build-native: the ${name} addon did not build (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
}
