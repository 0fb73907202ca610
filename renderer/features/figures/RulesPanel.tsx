/** How the reconciliation treats figures, in the words the researcher needs to trust (or challenge) it. */
export function RulesPanel() {
  return (
    <section className="recon-panel rules-panel" aria-labelledby="rules-heading">
      <h3 id="rules-heading" className="recon-panel-title">
        How figures are reconciled
      </h3>
      <ul className="rules-list">
        <li>
          <b>Every figure is a claim</b> of one reporter, with its own wording, date and way of counting. A cell shows the reporter’s latest figure by
          as-of date; its earlier figures are its timeline.
        </li>
        <li>
          <b>Figures from different reporters are never added together.</b> Columns are compared side by side, never summed.
        </li>
        <li>
          <b>A reporter’s figures are summed only</b> for the same outcome, the same as-of date and mutually exclusive groups (civilians, security forces,
          fighters, other). Children, women, medical workers and journalists are counted among civilians and are never added to them.
        </li>
        <li>
          <b>A breakdown that exceeds the reporter’s total is flagged</b>, and so is a total below a complete breakdown. The qualifier decides: 745 + 125 +
          148 = 1,018 is consistent with “over 1,000” (no upper bound), but not with an exact 1,000.
        </li>
        <li>
          <b>Approximate figures</b> (“about”, “dozens”) raise a <i>check</i> rather than an <i>inconsistency</i>: read the sources again.
        </li>
      </ul>
    </section>
  );
}
