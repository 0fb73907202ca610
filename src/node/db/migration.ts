import type { Db } from './open';

/** One schema change. Each lives in its own numbered file under migrations/ and has its own test. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
