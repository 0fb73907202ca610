import './searchHelp.css';

const rows: { example: string; meaning: string }[] = [
  { example: 'Alawite civilians', meaning: 'every word, in any of its forms (kill finds killed, killings; قتلى finds والقتلى), anywhere in the record' },
  { example: '"killed"', meaning: 'that word exactly, no other forms (or tick Exact words only)' },
  { example: '"security forces"', meaning: 'the exact phrase' },
  { example: 'loyal*', meaning: 'words that start with “loyal”' },
  { example: 'killed -Latakia', meaning: 'leave out records with “Latakia”' },
  { example: 'Druze OR Christians', meaning: 'either word' },
];

/** What to type: shown while the search box is empty. */
export function SearchHelp() {
  return (
    <div className="search-help">
      <p className="search-help-lead">
        Search every article, highlight, memo and case. Type in the box at the top (<kbd>/</kbd> gets you there); results come as you type.
      </p>
      <table className="search-help-table">
        <caption className="visually-hidden">Search syntax</caption>
        <tbody>
          {rows.map((row) => (
            <tr key={row.example}>
              <th scope="row">
                <code>{row.example}</code>
              </th>
              <td>{row.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="search-help-note">
        Capitals, accents and Arabic diacritics do not matter: <bdi lang="ar">الشرع</bdi> finds <bdi lang="ar">الشَّرع</bdi>. Names find their other spellings (al-Sharaa, al Shara, Sharaa) and, for a registered actor, its other names.
      </p>
    </div>
  );
}
