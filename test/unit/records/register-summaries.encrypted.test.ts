/** The register summaries tests, on an encrypted store. */
import { encryptStore } from './test-db.ts';

encryptStore();
await import('./register-summaries.test.ts');
