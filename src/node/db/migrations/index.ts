import type { Migration } from '../migration';
import { migration0001 } from './0001-articles';
import { migration0002 } from './0002-annotation';
import { migration0003 } from './0003-search';
import { migration0004 } from './0004-history';
import { migration0005 } from './0005-evidence';
import { migration0006 } from './0006-suggestions';
import { migration0007 } from './0007-tag-actors-incidents';
import { migration0008 } from './0008-undoable-corrections';
import { migration0009 } from './0009-redactions-memo-visibility';
import { migration0010 } from './0010-stemmed-search';
import { migration0011 } from './0011-library-indexes';

/** Every migration, in order. Append only: a released migration is never edited. */
export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010, migration0011];
