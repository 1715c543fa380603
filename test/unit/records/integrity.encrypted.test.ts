/** The integrity tests, on an encrypted store. */
import { encryptStore } from './test-db.ts';

encryptStore();
await import('./integrity.test.ts');
