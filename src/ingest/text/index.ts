// Plain-text reader: see read.ts.
export { readText } from './read.js';
