/**
 * ListSelection: which rows of the article list are checked for a batch
 * action (export), apart from the one article that is open. Toggling sets the
 * anchor a Shift range extends from, as in a file manager.
 */
export class ListSelection {
  private readonly checked = new Set<string>();
  private anchor: string | null = null;

  get size(): number {
    return this.checked.size;
  }

  has(id: string): boolean {
    return this.checked.has(id);
  }

  /** The checked ids, in the order of `rows` (the list as shown). */
  idsIn(rows: readonly string[]): string[] {
    return rows.filter((id) => this.checked.has(id));
  }

  toggle(id: string): void {
    if (!this.checked.delete(id)) this.checked.add(id);
    this.anchor = id;
  }

  /** Checks every row from the anchor (or `fallbackAnchor`, or the first row) to `id`. */
  extendTo(id: string, rows: readonly string[], fallbackAnchor: string | null): void {
    const from = rows.indexOf(this.anchor ?? fallbackAnchor ?? rows[0] ?? id);
    const to = rows.indexOf(id);
    if (to === -1) return;
    const start = from === -1 ? to : Math.min(from, to);
    const end = from === -1 ? to : Math.max(from, to);
    for (const row of rows.slice(start, end + 1)) this.checked.add(row);
    this.anchor ??= rows[from] ?? id;
  }

  checkAll(rows: readonly string[]): void {
    rows.forEach((id) => this.checked.add(id));
  }

  clear(): void {
    this.checked.clear();
    this.anchor = null;
  }

  /** Forgets rows no longer shown (after a search or a delete); true when that changed the selection. */
  retain(rows: readonly string[]): boolean {
    const shown = new Set(rows);
    const before = this.checked.size;
    for (const id of [...this.checked]) if (!shown.has(id)) this.checked.delete(id);
    if (this.anchor && !shown.has(this.anchor)) this.anchor = null;
    return this.checked.size !== before;
  }
}
