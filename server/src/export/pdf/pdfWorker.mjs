// Entry of a PDF worker thread. The server runs TypeScript through tsx, whose loader does not reach worker
// threads started from it (nor from vitest): register it for this thread, then load the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./pdfWorker.ts');
