// The web page's scripts are served from a fixed list: a served module importing one that is not on
// it loads in Node but breaks the page in the browser. The server refuses to start instead.
import { describe, expect, it } from 'vitest';
import { pageAssets, unservedImports } from '../src/serve/page-assets.js';

describe('the page modules', () => {
  it('finds imports outside the served list: relative ones resolved, bare ones as they are', () => {
    const body = "import { pushTo } from '../../util/multimap.js';\nimport { el } from './dom.js';\nexport { x } from './words.js';\nimport 'chalk';\n";
    expect(unservedImports('serve/page/render.js', body, ['serve/page/dom.js', 'serve/page/words.js'])).toEqual(['util/multimap.js', 'chalk']);
  });

  it('serves every module the served modules import', () => {
    const assets = pageAssets();
    expect([...assets.keys()].filter((k) => k.startsWith('js/')).length).toBeGreaterThan(3);
  });
});
