// chalk on its own, for color.ts to load with import() when there may be colour (an entry of the build: see
// scripts/build.mjs, so that the one-file morning list can leave it out).
export { default as chalk } from 'chalk';
