/**
 * cucumber-js profiles. `testfest run` builds its own options through the cucumber API (adding the
 * report formats under the run folder); these profiles are for running cucumber-js directly while
 * developing steps: `npx cucumber-js -p default --tags @psa-c001`.
 */
const common = {
  paths: ['features/**/*.feature'],
  requireModule: ['tsx/cjs'],
  require: ['steps/support/world.ts', 'steps/support/hooks.ts', 'steps/**/*.steps.ts'],
  worldParameters: { target: 'reference', timing: 'fast', workDir: require('node:os').tmpdir() },
  format: ['progress'],
};

module.exports = {
  default: common,
  lwm2m: { ...common, paths: ['features/lwm2m/**/*.feature'] },
  psa: { ...common, paths: ['features/psa/**/*.feature'] },
  broken: { ...common, worldParameters: { ...common.worldParameters, target: 'broken' } },
};
