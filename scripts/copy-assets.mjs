// tsc emits the JavaScript; the placeholder image and the locale files are copied beside it.
import { cpSync } from 'node:fs';

cpSync('src/assets', 'dist/src/assets', { recursive: true });
cpSync('locales', 'dist/locales', { recursive: true });
