export { readMarkdown } from './read-markdown.js';
export { normalizeMarkdown, type NormalizedMarkdown, type Rewrite } from './normalize.js';
export { LineMap, type LineOrigin, type SourcePoint } from './line-map.js';
