import type { Link, LinkableType } from '../../../src/shared/schemas/evidence';
import { useClient } from '../../api/ClientContext';
import { useLiveQuery } from '../actors/useLiveQuery';
import { describeRecord } from './linkTargets';

export interface ShownLink {
  link: Link;
  /** This record is the link's subject ("this incident corroborates …"), else its object. */
  outgoing: boolean;
  otherType: LinkableType;
  otherId: string;
  otherLabel: string;
}

/** The links of one record, either way round, each with a label for the record at the other end. */
export function useLinks(type: LinkableType, id: string) {
  const client = useClient();
  return useLiveQuery<ShownLink[]>(`links|${type}|${id}`, async () => {
    const { links } = await client.call('links.list', { type, id });
    return Promise.all(
      links.map(async (link) => {
        const outgoing = link.fromType === type && link.fromId === id;
        const otherType = outgoing ? link.toType : link.fromType;
        const otherId = outgoing ? link.toId : link.fromId;
        const otherLabel = await describeRecord(client, otherType, otherId).catch(() => 'a record no longer in the workspace');
        return { link, outgoing, otherType, otherId, otherLabel };
      }),
    );
  });
}
