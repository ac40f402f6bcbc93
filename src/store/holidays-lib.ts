// date-holidays on its own, for country-holidays.ts to load with import() when a year is missing (an entry of
// the build: see scripts/build.mjs, so that add's one-file bundle can leave it out).
export { default as Holidays } from 'date-holidays';
