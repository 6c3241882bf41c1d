// tsc emits the JavaScript and the imported JSON; the placeholder image is copied beside it.
import { cpSync } from 'node:fs';

cpSync('src/assets', 'dist/src/assets', { recursive: true });
