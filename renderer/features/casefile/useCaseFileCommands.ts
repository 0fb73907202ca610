import { useMemo } from 'react';
import type { Command } from '../palette/commandTypes';
import { openVerifyDialog } from './verifyStore';

/** The palette's "Verify a case file…" (export a case file from the Export dialog). */
export function useCaseFileCommands(): Command[] {
  return useMemo(() => [{ id: 'casefile-verify', label: 'Verify a case file…', keywords: 'verify check case file bag bagit zip manifest sha256 integrity tampered', run: openVerifyDialog }], []);
}
