import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../src/shared/api/contract';
import type { ExportFormatId } from '../../../src/shared/api/methods/export';
import type { ExportProfile, ExportScope } from '../../../src/shared/schemas/export';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';

export type ExportPreview = MethodOutput<'export.preview'>;
export type ExportFormatInfo = MethodOutput<'export.formats'>['formats'][number];

/** What the chosen scope and profile hold and withhold, and the file name in the chosen format, read again whenever one changes. */
export function useExportPreview(scope: ExportScope | null, profile: ExportProfile, format: ExportFormatId | null) {
  const client = useClient();
  const [state, setState] = useState<{ preview: ExportPreview | null; error: string | null; loading: boolean }>({ preview: null, error: null, loading: false });
  const key = scope ? JSON.stringify(scope) : null;
  useEffect(() => {
    if (!key || !format) return;
    let current = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    client
      .call('export.preview', { scope: JSON.parse(key) as ExportScope, profile, format })
      .then((preview) => current && setState({ preview, error: null, loading: false }))
      .catch((error: unknown) => current && setState({ preview: null, error: errorMessage(error), loading: false }));
    return () => {
      current = false;
    };
  }, [client, key, profile, format]);
  return state;
}

/** The formats the core can write, read once per opening of the dialog. */
export function useExportFormats() {
  const client = useClient();
  const [formats, setFormats] = useState<ExportFormatInfo[]>([]);
  useEffect(() => {
    let current = true;
    client
      .call('export.formats', {})
      .then((r) => current && setFormats(r.formats))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [client]);
  return formats;
}
