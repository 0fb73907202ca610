import { useState } from 'react';
import type { LinkableType } from '../../../src/shared/schemas/evidence';
import { errorMessage } from '../../api/errorMessage';
import { plural } from '../../lib/format';
import { useMutate } from '../undo/useMutate';
import { AddLinkForm } from './AddLinkForm';
import { LinkItem } from './LinkItem';
import { useLinks, type ShownLink } from './useLinks';
import { ProblemAlert } from '../../ui/form/ProblemAlert';
import './links.css';

interface LinksPanelProps {
  type: LinkableType;
  id: string;
  /** How the record calls itself in sentences: "incident", "account". */
  selfName: string;
}

/** Links of a record to others: what corroborates it, what contradicts it, what relates to it. */
export function LinksPanel({ type, id, selfName }: LinksPanelProps) {
  const mutate = useMutate();
  const links = useLinks(type, id);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const shown = links.data ?? [];
  const headingId = `links-${type}-heading`;

  async function remove(item: ShownLink) {
    setBusy(true);
    setProblem(null);
    try {
      await mutate('links.delete', { id: item.link.id });
    } catch (error) {
      setProblem(`The link was not removed: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="record-section" aria-labelledby={headingId}>
      <div className="record-section-head">
        <h3 id={headingId} className="record-section-title">
          Links
        </h3>
        <span className="record-section-count">{links.loaded ? plural(shown.length, 'link') : ''}</span>
      </div>
      <ProblemAlert problem={links.error && `The links could not be read: ${links.error}`} />
      {links.loaded && shown.length === 0 && !links.error && <p className="record-form-status">Nothing linked yet: record what corroborates or contradicts this {selfName}.</p>}
      {shown.length > 0 && (
        <ul className="link-list" aria-labelledby={headingId}>
          {shown.map((item) => (
            <LinkItem key={item.link.id} shown={item} selfName={selfName} busy={busy} onRemove={(s) => void remove(s)} />
          ))}
        </ul>
      )}
      <ProblemAlert problem={problem} />
      <AddLinkForm type={type} id={id} selfName={selfName} />
    </section>
  );
}
