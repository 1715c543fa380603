/** The store tests, on an encrypted store. */
import { encryptStore } from './test-db.ts';

encryptStore();
await import('./store.test.ts');
