import './missingToken.css';

/**
 * Browser mode, opened without the launch token (a new tab, a bookmark, a typed address): the
 * page holds no data and cannot call the API, so it says how to get in.
 */
export function MissingToken() {
  return (
    <main className="missing-token" aria-labelledby="missing-token-title">
      <div className="missing-token-card">
        <h1 id="missing-token-title" className="missing-token-title">
          Open Fieldnotes with the address it printed
        </h1>
        <p>
          This tab has no access token, so it cannot show your workspace. When browser mode starts, it prints an address
          in the terminal that begins with <span className="mono">http://127.0.0.1:</span> and ends with{' '}
          <span className="mono">?token=…</span>. Open that address; the tab keeps working after a reload.
        </p>
        <p className="missing-token-hint">
          Each start of Fieldnotes makes a new token, so an address from an earlier start no longer works.
        </p>
      </div>
    </main>
  );
}
