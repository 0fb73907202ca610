import type { ActorType } from '../../../src/shared/schemas/actor';
import { ACTOR_TYPES, actorTypeLabel } from './actorWords';

interface ActorListToolbarProps {
  filter: string;
  type: ActorType | '';
  onFilterChange: (filter: string) => void;
  onTypeChange: (type: ActorType | '') => void;
}

/** Narrows the actor list by words of a name or alias, and by type. Escape clears the words. */
export function ActorListToolbar({ filter, type, onFilterChange, onTypeChange }: ActorListToolbarProps) {
  return (
    <div className="record-list-toolbar" role="group" aria-label="Filter actors">
      <label className="visually-hidden" htmlFor="actor-filter">
        Filter actors by name or alias
      </label>
      <input
        id="actor-filter"
        className="input"
        type="search"
        dir="auto"
        autoComplete="off"
        spellCheck={false}
        placeholder="Filter names"
        maxLength={500}
        value={filter}
        onChange={(e) => onFilterChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && filter) {
            e.preventDefault();
            onFilterChange('');
          }
        }}
      />
      <label className="visually-hidden" htmlFor="actor-type-filter">
        Show actors of type
      </label>
      <select id="actor-type-filter" className="input" value={type} onChange={(e) => onTypeChange(e.target.value as ActorType | '')}>
        <option value="">All types</option>
        {ACTOR_TYPES.map((t) => (
          <option key={t} value={t}>
            {actorTypeLabel[t]}
          </option>
        ))}
      </select>
    </div>
  );
}
