import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/errorMessage';

export interface ReportData<T> {
  data: T | null;
  loading: boolean;
  error: string | null;
}

/**
 * Runs `load` whenever `key` changes (the report's parameters and the data version) and keeps the
 * last answer on screen while the next one comes, so the table does not jump. A null key loads nothing.
 */
export function useReportData<T>(key: string | null, load: () => Promise<T>): ReportData<T> {
  const [state, setState] = useState<ReportData<T>>({ data: null, loading: key !== null, error: null });
  const latestLoad = useRef(load);
  useEffect(() => {
    latestLoad.current = load;
  });
  useEffect(() => {
    if (key === null) {
      setState({ data: null, loading: false, error: null });
      return;
    }
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    latestLoad
      .current()
      .then((data) => current && setState({ data, loading: false, error: null }))
      .catch((error: unknown) => current && setState({ data: null, loading: false, error: errorMessage(error) }));
    return () => {
      current = false;
    };
  }, [key]);
  return state;
}
