import { useState } from 'react';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { downloadText } from '../../lib/download';

const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** "Save original…": the imported bytes, unchanged; their SHA-256 is checked again here before saving. */
export function SaveOriginalButton({ articleId }: { articleId: string }) {
  const client = useClient();
  const [problem, setProblem] = useState<string | null>(null);
  async function save() {
    setProblem(null);
    try {
      const o = await client.call('articles.original', { id: articleId });
      const bytes = Uint8Array.from(atob(o.dataBase64), (c) => c.charCodeAt(0));
      if (hex(await crypto.subtle.digest('SHA-256', bytes)) !== o.sha256) throw new Error('the bytes do not match the SHA-256 of the original; nothing was saved');
      downloadText(o.fileName, o.mediaType, bytes);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }
  return (
    <>
      <button type="button" className="btn btn-small" onClick={() => void save()}>
        Save original…
      </button>
      {problem && (
        <p className="field-error" role="alert">
          The original was not saved: {problem}
        </p>
      )}
    </>
  );
}
