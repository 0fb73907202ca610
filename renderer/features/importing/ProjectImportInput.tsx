import type { RefObject } from 'react';
import type { ProjectImportReport } from '../../../src/shared/schemas/project-import';
import { errorMessage } from '../../api/errorMessage';
import { plural } from '../../lib/format';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { useMutate } from '../undo/useMutate';
import { fileToBase64 } from './bytesToBase64';

/** The report in a notice: what came in, then what could not, in the core's own sentences. */
export function projectNotice(r: ProjectImportReport): { title: string; detail: string } {
  const toReview = r.review + r.orphaned;
  const title = `Imported “${r.project}”: ${plural(r.articles, 'source')}, ${plural(r.highlights, 'coding')} placed${toReview ? `, ${toReview} in the review list` : ''}.`;
  const shown = r.problems.slice(0, 6);
  const more = r.problems.length - shown.length;
  const detail = r.problems.length ? `Not brought in: ${shown.join(' ')}${more > 0 ? ` (and ${more} more)` : ''}` : `${plural(r.codesCreated, 'code')} added, ${plural(r.cases, 'case')}, ${plural(r.memos, 'memo')}; nothing was left out.`;
  return { title, detail };
}

/** The hidden chooser of "Import a REFI-QDA project…" (palette): the bytes go to projects.import as base64, as files do. */
export function ProjectImportInput({ inputRef, onImported }: { inputRef: RefObject<HTMLInputElement | null>; onImported: () => void }) {
  const mutate = useMutate();
  const { notify } = useNotices();
  const run = async (file: File) => {
    try {
      const report = await mutate('projects.import', { fileName: file.name, dataBase64: await fileToBase64(file) });
      notify({ tone: report.problems.length ? 'warning' : 'success', ...projectNotice(report) });
      onImported();
    } catch (error) {
      notify({ tone: 'error', title: `“${file.name}” was not imported.`, detail: `${errorMessage(error)}` });
    }
  };
  return (
    <input
      ref={inputRef}
      type="file"
      accept=".qdpx"
      className="visually-hidden"
      tabIndex={-1}
      aria-hidden="true"
      data-testid="project-import-input"
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = '';
        if (file) void run(file);
      }}
    />
  );
}
