module.exports = { default: {
  paths: ['features/psa/**/*.feature'],
  requireModule: ['tsx/cjs'],
  require: ['steps/support/world.ts', 'steps/support/hooks.ts', 'steps/psa*/**/*.steps.ts'],
  worldParameters: { target: process.env.T || 'reference', timing: 'fast', workDir: require('node:os').tmpdir() },
  format: ['summary'],
}};
