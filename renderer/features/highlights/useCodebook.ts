import { useEffect, useMemo, useState } from 'react';
import type { Code } from '../../../src/shared/schemas/code';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useDataVersion } from '../undo/dataVersion';
import { buildCodeIndex, type CodeIndex } from './codeIndex';

/** The codebook (codes.list) as an index by id, shortcut and path; reloaded when data changes. */
export function useCodebook(): { index: CodeIndex; error: string | null } {
  const client = useClient();
  const dataVersion = useDataVersion();
  const [codes, setCodes] = useState<Code[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    client
      .call('codes.list', {})
      .then((result) => {
        if (!current) return;
        setCodes(result.codes);
        setError(null);
      })
      .catch((e: unknown) => current && setError(errorMessage(e)));
    return () => {
      current = false;
    };
  }, [client, dataVersion]);

  const index = useMemo(() => buildCodeIndex(codes), [codes]);
  return { index, error };
}
