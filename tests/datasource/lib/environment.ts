/**
 * Grafana's packages need a browser: the end-to-end tests of the data source run under jsdom (see the
 * docblock of each test file) with create-plugin's jsdom set-up. PGlite locates its WebAssembly files
 * from document.baseURI when a document exists, so the base URL points at its package folder.
 */
import path from 'path';
import { Blob as NodeBlob } from 'buffer';
import { pathToFileURL } from 'url';

import '../../../.config/jest-setup';

const base = document.createElement('base');
base.href = pathToFileURL(path.dirname(require.resolve('@electric-sql/pglite')) + '/').href;
document.head.appendChild(base);

// jsdom's Blob has no arrayBuffer(); PGlite reads COPY data through it (the loads of the fixture)
Object.assign(globalThis, { Blob: NodeBlob });
