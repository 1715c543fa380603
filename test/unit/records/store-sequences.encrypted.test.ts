/** The store-sequences tests, on an encrypted store. */
import { encryptStore } from './test-db.ts';

encryptStore();
await import('./store-sequences.test.ts');
