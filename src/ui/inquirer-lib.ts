// @inquirer/prompts on its own, for prompts.ts to load with import() when a prompt is needed (an entry of the
// build: see scripts/build.mjs, so that add's one-file bundle can leave it out).
export { confirm, input, select } from '@inquirer/prompts';
