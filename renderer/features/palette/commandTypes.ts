export interface Command {
  id: string;
  label: string;
  /** Other words that should find it ("upload", "add"). */
  keywords?: string;
  /** A shortcut to show next to it, for example ["Ctrl", "K"]. */
  shortcut?: string[];
  disabled?: boolean;
  run: () => void;
}

/** Commands whose label or keywords contain every typed word, in their original order. */
export function filterCommands(commands: Command[], query: string): Command[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return commands;
  return commands.filter((command) => {
    const haystack = `${command.label} ${command.keywords ?? ''}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
