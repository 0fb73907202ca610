import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../src/shared/api/contract';
import type { ExportProfile, ExportScope } from '../../../src/shared/schemas/export';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';

export type ExportPreview = MethodOutput<'export.preview'>;

/** What the chosen scope and profile hold and withhold, read again whenever either changes. */
export function useExportPreview(scope: ExportScope | null, profile: ExportProfile) {
  const client = useClient();
  const [state, setState] = useState<{ preview: ExportPreview | null; error: string | null; loading: boolean }>({ preview: null, error: null, loading: false });
  const key = scope ? JSON.stringify(scope) : null;
  useEffect(() => {
    if (!key) return;
    let current = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    client
      .call('export.preview', { scope: JSON.parse(key) as ExportScope, profile })
      .then((preview) => current && setState({ preview, error: null, loading: false }))
      .catch((error: unknown) => current && setState({ preview: null, error: errorMessage(error), loading: false }));
    return () => {
      current = false;
    };
  }, [client, key, profile]);
  return state;
}
