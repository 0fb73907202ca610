import type { RefObject } from 'react';
import { fileInputAccept } from './importRules';

/** The one hidden file chooser; "Import files…" buttons and the palette click it. */
export function ImportFileInput({ inputRef, onFiles }: { inputRef: RefObject<HTMLInputElement | null>; onFiles: (files: File[]) => void }) {
  return (
    <input
      ref={inputRef}
      type="file"
      multiple
      accept={fileInputAccept}
      className="visually-hidden"
      tabIndex={-1}
      aria-hidden="true"
      data-testid="import-file-input"
      onChange={(event) => {
        const files = Array.from(event.target.files ?? []);
        // Clear it so choosing the same file again still fires a change.
        event.target.value = '';
        onFiles(files);
      }}
    />
  );
}
